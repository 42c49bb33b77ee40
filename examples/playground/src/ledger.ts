/** The claim ledger as a table: one row per sentence, with its certainty, strength and claims. */
import type {ClaimReport, ClaimReportSentence} from 'claimlint'
import {h} from './dom.js'

const strengthLabels: Record<string, string> = {
  none: '—',
  correlational: 'correlational',
  conditional_causal: 'conditional causal',
  direct_causal: 'direct causal'
}

function claimsCell(sentence: ClaimReportSentence): HTMLElement {
  if (sentence.claims.length === 0) return h('td', {class: 'muted'}, '—')
  return h(
    'td',
    {},
    h(
      'ul',
      {class: 'claims'},
      ...sentence.claims.map((claim) =>
        h(
          'li',
          {class: claim.polarity === 'negated' ? 'negated' : undefined, title: `“${claim.text}” (${claim.assertion})`},
          h('strong', {}, claim.subject),
          h('span', {class: 'property'}, ` ${claim.property.replace(/-/g, ' ')}${claim.target ? ` · ${claim.target}` : ''} `),
          claim.polarity === 'negated' ? h('span', {class: 'not'}, 'not ') : null,
          h('span', {class: 'value'}, claim.value)
        )
      )
    )
  )
}

/** Fill `table` from the report; by default only sentences with claims or certainty cues. */
export function renderLedger(table: HTMLTableElement, report: ClaimReport | undefined, all: boolean, onPick: (start: number, end: number) => void): number {
  const sentences = (report?.sentences ?? []).filter((sentence) => all || sentence.claims.length > 0 || sentence.cues.length > 0)
  const head = h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'Sentence'), h('th', {}, 'Certainty'), h('th', {}, 'Strength'), h('th', {}, 'Claims')))
  const body = h('tbody', {})
  sentences.forEach((sentence, index) => {
    const row = h(
      'tr',
      {'data-start': sentence.start, 'data-end': sentence.end, tabindex: 0},
      h('td', {class: 'num'}, String(index + 1)),
      h('td', {class: sentence.heading ? 'sentence heading' : 'sentence'}, sentence.text),
      h('td', {}, h('span', {class: `pill cert-${sentence.certainty}`}, sentence.certainty), sentence.cues.length > 0 ? h('span', {class: 'cues'}, sentence.cues.join(', ')) : null),
      h('td', {class: `strength s-${sentence.strength}`}, strengthLabels[sentence.strength] ?? sentence.strength),
      claimsCell(sentence)
    )
    row.addEventListener('click', () => onPick(sentence.start, sentence.end))
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') onPick(sentence.start, sentence.end)
    })
    body.append(row)
  })
  if (sentences.length === 0) body.append(h('tr', {}, h('td', {colspan: 5, class: 'empty'}, report ? 'No claims found.' : 'Nothing checked yet.')))
  table.replaceChildren(head, body)
  return sentences.length
}
