/**
 * The evidence an article describes for its own claims: the design of each study it reports
 * (animal, in vitro, observational, association, small or open-label, randomised controlled), with
 * the number of people and the duration written beside it. Rules compare what a sentence or a
 * headline says with it ("causes" over an observational study, "in patients" over a mouse study,
 * "lasting" over a six-week trial) and point `cause` at the sentence that describes it.
 *
 * The designs are the `weak-evidence` lexicon's `kind:` tags and the `strong-evidence` lexicon
 * (`rules/overstatement/evidence.yml`); the people are the `study-population` lexicon. The ledger
 * keeps what was read on `ClaimLedger.evidence` once a rule has asked (`evidenceOf`).
 */
import type {Knowledge} from './knowledge.js'
import type {Token} from './tokens.js'
import type {ClaimLedger, SentenceRecord, StudyDesign, StudyEvidence} from './types.js'

/** The lexicons this module reads. */
export const evidenceLexicons = ['weak-evidence', 'strong-evidence', 'study-population'] as const

const designOfKind: Record<string, StudyDesign> = {
  association: 'association',
  observational: 'observational',
  animal: 'animal',
  cell: 'in-vitro',
  preliminary: 'small-uncontrolled'
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12
}
const weeksPer: Record<string, number> = {
  day: 1 / 7, days: 1 / 7, week: 1, weeks: 1, month: 52 / 12, months: 52 / 12, year: 52, years: 52
}

/** A count written as digits ("1,200") or a word ("six"). */
function countOf(token: Token | undefined): number | undefined {
  if (!token || token.kind !== 'word') return undefined
  if (/^\d[\d,]*$/.test(token.norm)) return Number(token.norm.replace(/,/g, ''))
  return numberWords[token.norm]
}

/** Durations in the sentence ("for six weeks", "a 12-week trial", "over two years"), in weeks. */
function weeksIn(tokens: readonly Token[]): number[] {
  const found: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // "12-week", "six-month": one word with the unit joined by a hyphen.
    const joined = /^(\d+|[a-z]+)-(day|week|month|year)s?$/.exec(token.norm)
    if (joined) {
      const amount = /^\d+$/.test(joined[1]!) ? Number(joined[1]) : numberWords[joined[1]!]
      if (amount !== undefined) found.push(amount * weeksPer[`${joined[2]}s`]!)
      continue
    }
    const unit = weeksPer[token.norm]
    if (unit === undefined) continue
    const amount = countOf(tokens[index - 1])
    if (amount !== undefined) found.push(amount * unit)
  }
  return found
}

/** The number of people studied ("42 patients", "1,200 adults", "n = 30"). */
function sizeIn(tokens: readonly Token[], knowledge: Knowledge): number | undefined {
  for (const match of knowledge.lexiconIndex('study-population').search(tokens)) {
    // "42 adults", "42 depressed adults", "42 adults with depression".
    for (let back = match.from - 1; back >= Math.max(0, match.from - 3); back--) {
      const count = countOf(tokens[back])
      if (count !== undefined && count > 1) return count
      if (tokens[back]!.kind !== 'word') break
    }
  }
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (tokens[index]!.norm === 'n' && tokens[index + 1]!.text === '=') return countOf(tokens[index + 2])
  }
  return undefined
}

/** The studies described in one sentence. */
export function describeEvidence(record: SentenceRecord, tokens: readonly Token[], knowledge: Knowledge): StudyEvidence[] {
  const found: StudyEvidence[] = []
  const add = (design: StudyDesign, from: number, to: number): void => {
    if (found.some((evidence) => evidence.design === design)) return
    found.push({design, sentence: record.index, start: tokens[from]!.start, end: tokens[to]!.end, cue: record.text.slice(tokens[from]!.start - record.start, tokens[to]!.end - record.start)})
  }
  for (const match of knowledge.lexiconIndex('weak-evidence').search(tokens)) {
    const kind = match.values[0]!.tags.find((tag) => tag.startsWith('kind:'))?.slice(5) ?? 'association'
    const open = tokens.slice(match.from, match.to + 1).some((t) => /^open-label|uncontrolled|single-arm$/.test(t.norm))
    add(open ? 'open-label' : designOfKind[kind] ?? 'association', match.from, match.to)
  }
  for (const match of knowledge.lexiconIndex('strong-evidence').search(tokens)) add('randomised', match.from, match.to)
  if (found.length === 0) return found
  const size = sizeIn(tokens, knowledge)
  const weeks = weeksIn(tokens)
  for (const evidence of found) {
    if (size !== undefined) evidence.size = size
    if (weeks.length > 0) evidence.weeks = Math.max(...weeks)
  }
  return found
}

const read = new WeakMap<ClaimLedger, StudyEvidence[]>()

/**
 * The studies the article describes, sentence by sentence (`sentences` gives each ledger record
 * with its tokens); kept on `ledger.evidence`.
 */
export function evidenceOf(
  ledger: ClaimLedger,
  sentences: Iterable<{record: SentenceRecord; tokens: readonly Token[]}>,
  knowledge: Knowledge
): StudyEvidence[] {
  let evidence = read.get(ledger)
  if (!evidence) {
    evidence = []
    for (const {record, tokens} of sentences) {
      if (record.structure === 'reference' || record.structure === 'code') continue
      evidence.push(...describeEvidence(record, tokens, knowledge))
    }
    read.set(ledger, evidence)
    ledger.evidence = evidence
  }
  return evidence
}
