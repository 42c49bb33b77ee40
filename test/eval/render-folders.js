/**
 * The docs/evaluation.md sections for the two folders of real articles: careful prose (messages per
 * 10,000 words, every message with its verdict) and the ketamine press releases (precision and
 * recall against the gold annotations, misses and false alarms).
 */
import {targets as carefulTargets} from './careful-prose.js'
import {compatible, releaseGroups} from './releases.js'

const r3 = (value) => (value === null || value === undefined ? '—' : String(Math.round(value * 1000) / 1000))
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ')

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n')
}

const met = (ok) => (ok ? 'met' : '**not met**')

/** Rows for the summary table. */
export function folderSummaryRows(s) {
  const rows = []
  if (s.careful) {
    for (const [group, target] of Object.entries(carefulTargets)) {
      const at = (part) => s.careful.rates[part].byGroup[group].per10k
      rows.push([`Careful prose (Wikipedia drugs), ${group} rules, warnings and errors per 10,000 words`, `≤ ${target}`, `${at('all')} (a ${at('half a')}, b ${at('half b')})`, met(Math.max(at('all'), at('half a'), at('half b')) <= target)])
    }
  }
  if (s.releases) {
    for (const group of releaseGroups) {
      const at = (part) => s.releases.groups[group.name][part]
      const pr = (part) => `${r3(at(part).precision)} / ${r3(at(part).recall)}`
      const wanted = [group.target.precision === undefined ? '' : `precision ≥ ${group.target.precision}`, group.target.recall === undefined ? '' : `recall ≥ ${group.target.recall}`].filter(Boolean).join(', ')
      const ok = ['all', 'half a', 'half b'].every((part) => (group.target.precision === undefined || (at(part).precision ?? 0) >= group.target.precision) && (group.target.recall === undefined || (at(part).recall ?? 0) >= group.target.recall))
      rows.push([`Ketamine releases, ${group.name} rules, precision / recall against the gold annotation`, wanted, `${pr('all')} (a ${pr('half a')}, b ${pr('half b')})`, met(ok)])
    }
  }
  return rows
}

/** The sections themselves. */
export function renderFolders(s) {
  const out = []
  if (s.careful) {
    const c = s.careful
    const all = c.rates.all
    out.push('', '## Careful prose: Wikipedia drug articles', '')
    out.push(
      `The ${all.files} articles of \`careful-prose/wikipedia-drugs/\` (${all.words.toLocaleString('en')} words, counted as \`wc -w\` counts them) linted as one folder with the default preset, as \`pnpm claimlint\` lints a folder (one \`lintCorpus\` run in path order, so the checks across files see every article; ${c.seconds} s of wall-clock time, which the load of the machine changes). ` +
        'This is careful, sourced prose, so nearly every message is a false alarm: the measure is warnings and errors per 10,000 words (information messages, for quoted or attributed speech, are listed but not counted). ' +
        'The halves split the articles by a hash of the file name; no rule has been tuned on either half yet. ' +
        'Rule groups: *contradiction, fact and time* is `claim-contradiction`, `claim-contradiction-across-files`, `claim-fact`, `citation` and `time-course`; *overstatement* is every rule of `retext-overstatement` (so `time-course` is in both); *fact and citation* is `claim-fact` and `citation`.',
      ''
    )
    out.push(
      table(
        ['rule group', 'target per 10k words', 'all', 'half a', 'half b', 'messages (all)', 'status'],
        Object.entries(carefulTargets).map(([group, target]) => {
          const at = (part) => c.rates[part].byGroup[group]
          return [group, `≤ ${target}`, at('all').per10k, at('half a').per10k, at('half b').per10k, at('all').count, met(Math.max(at('all').per10k, at('half a').per10k, at('half b').per10k) <= target)]
        })
      )
    )
    out.push('', 'By rule (warnings and errors):', '')
    out.push(table(['rule', 'messages', 'per 10k words', 'half a', 'half b'], Object.entries(all.byRule).map(([id, x]) => [id, x.count, x.per10k, c.rates['half a'].byRule[id]?.per10k ?? 0, c.rates['half b'].byRule[id]?.per10k ?? 0])))
    const tally = Object.entries(c.tally).map(([verdict, count]) => `${verdict} ${count}`).join(', ')
    out.push('', `Every message, with the verdict of \`test/eval/annotations/careful-prose-verdicts.yml\` (keyed by file, line and rule; judged by reading each message in its paragraph; a message with no verdict is *unjudged*): ${tally}${c.stale ? `; ${c.stale} verdicts match no message any more` : ''}.`, '')
    const causes = {}
    for (const message of c.messages) if (message.verdict === 'false alarm') causes[message.cause || 'other'] = (causes[message.cause || 'other'] ?? 0) + 1
    if (Object.keys(causes).length > 0) {
      out.push('Causes of the false alarms, from the verdicts:', '')
      out.push(table(['cause', 'messages'], Object.entries(causes).sort((a, b) => b[1] - a[1])))
      out.push('')
    }
    out.push(table(['file', 'line:column', 'rule', 'severity', 'flagged words', 'verdict', 'reason'], c.messages.map((m) => [m.file, `${m.line}:${m.column}`, m.ruleId, m.severity, m.actual ? `\`${m.actual}\`` : '', m.verdict, m.reason])))
  }
  if (s.releases) {
    const x = s.releases
    out.push('', '## Ketamine press releases against the gold annotation', '')
    out.push(
      `The ${x.files} releases of \`ketamine-press-releases/\` linted as one folder (${x.seconds} s), scored against the annotation made by reading them (\`test/eval/annotations/ketamine-releases-facts.yml\`: ${x.entries.facts} factual errors; \`…-overclaims.yml\`: ${x.entries.overclaims} overclaims; ${x.entries.traps} traps, places that look wrong and are not). ` +
        `Half a (${x.halves.a} releases) is for tuning, half b (${x.halves.b}) is held out, by a hash of the file name. ` +
        'A message matches an entry in the same file within one line whose kind fits the rule (below); a message is right when it matches one, unless `test/eval/annotations/release-verdicts.yml` judges it otherwise, and a contradiction message with no entry counts as false unless a verdict says it is right. ' +
        'Recall counts each entry found once, each message finding at most one entry. Only warnings and errors are scored. ' +
        'Most releases put a whole paragraph on one line, so a line match is coarse: a message on a line with an annotated error of a fitting kind counts as right even if it points at other words of that line.',
      ''
    )
    out.push(table(['rule', 'annotation kinds it can match'], Object.entries(compatible).map(([rule, kinds]) => [rule, kinds.join(', ')])))
    out.push('')
    out.push(
      table(
        ['rules', 'part', 'messages', 'right', 'precision', 'entries', 'found', 'recall', 'with information messages: precision / recall'],
        releaseGroups.flatMap((group) => Object.entries(x.groups[group.name]).map(([part, g]) => [group.name, part, g.messages, g.right, r3(g.precision), g.entries, g.found, r3(g.recall), `${r3(g.withInfo.precision)} / ${r3(g.withInfo.recall)}`]))
      )
    )
    out.push('', 'The last column counts the information messages (hype in quoted or attributed speech) too: the annotation counts an overclaim the release chose to quote, so a quoted hype word reported as information finds its entry there.')
    for (const group of releaseGroups) {
      const g = x.groups[group.name].all
      out.push('', `**${group.name}** (${group.rules.join(', ')}): recall by kind of entry (whole set):`, '')
      out.push(table(['kind', 'entries', 'found', 'recall'], Object.entries(g.byKind).sort((a, b) => b[1].entries - a[1].entries).map(([kind, k]) => [kind, k.entries, k.found, r3(k.found / k.entries)])))
    }
    const shown = new Set()
    for (const group of releaseGroups) {
      const g = x.groups[group.name].all
      if (g.falseAlarms.length > 0) {
        out.push('', `False alarms of the ${group.name} rules:`, '')
        out.push(table(['file', 'line:column', 'rule', 'flagged words', 'why'], g.falseAlarms.map((m) => [m.file, `${m.line}:${m.column}`, m.ruleId, m.actual ? `\`${m.actual}\`` : '', m.reason ?? (m.trap ? `trap: ${m.trap}` : 'no annotated error of a fitting kind on this line')])))
      }
      // The fact entries are the gold of two groups; list their misses once.
      const set = group.set
      if (shown.has(set)) continue
      shown.add(set)
      out.push('', `Misses of the ${group.name} rules (annotated ${set === 'facts' ? 'factual errors' : 'overclaims'} no fitting message found):`, '')
      out.push(table(['file', 'line', 'half', 'kind', ...(set === 'facts' ? ['fact'] : []), 'note'], g.misses.map((e) => [e.file, e.line, e.half, e.kind, ...(set === 'facts' ? [e.fact ?? ''] : []), e.note])))
    }
    if (x.info.length > 0) {
      out.push('', `Information messages (quoted or attributed speech; not scored): ${x.info.length}.`, '')
      out.push(table(['file', 'line:column', 'rule', 'flagged words'], x.info.map((m) => [m.file, `${m.line}:${m.column}`, m.ruleId, m.actual ? `\`${m.actual}\`` : ''])))
    }
  }
  return out
}
