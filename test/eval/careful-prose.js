/**
 * Careful prose: the Wikipedia drug articles of `careful-prose/wikipedia-drugs/`, linted as one
 * folder. Nearly every message there is a false alarm, so the measure is warnings and errors per
 * 10,000 words, by rule and by rule group, on the whole set and on two halves (hash of the file
 * name), and a list of every message with the verdict read from
 * `test/eval/annotations/careful-prose-verdicts.yml` (`unjudged` when it has none).
 */
import {groups, halfOf, staleVerdicts, verdictFor} from './folders.js'

/** Targets from the issues, per 10,000 words. */
export const targets = {
  'contradiction, fact and time': 0.2,
  overstatement: 0.3,
  'fact and citation': 0.1,
  'whole preset': 0.5
}

const per10k = (count, words) => (words === 0 ? 0 : Math.round((count / words) * 1e5) / 10)

/** Rates and the message list for a linted folder (see `lintFolder`). */
export function carefulProse(linted, verdicts) {
  const parts = {all: linted.files, 'half a': linted.files.filter((file) => halfOf(file.name) === 'a'), 'half b': linted.files.filter((file) => halfOf(file.name) === 'b')}
  const rates = {}
  for (const [part, files] of Object.entries(parts)) {
    const words = files.reduce((sum, file) => sum + file.words, 0)
    const counted = files.flatMap((file) => file.messages.filter((message) => !message.info))
    const byRule = {}
    for (const message of counted) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1
    const byGroup = {}
    for (const [group, ids] of Object.entries(groups)) {
      const count = counted.filter((message) => ids.includes(message.ruleId)).length
      byGroup[group] = {count, per10k: per10k(count, words)}
    }
    rates[part] = {
      files: files.length,
      words,
      messages: counted.length,
      info: files.reduce((sum, file) => sum + file.messages.filter((message) => message.info).length, 0),
      byRule: Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([id, count]) => [id, {count, per10k: per10k(count, words)}])),
      byGroup
    }
  }
  const messages = linted.files.flatMap((file) =>
    file.messages.map((message) => {
      const verdict = verdictFor(verdicts, file.name, message)
      return {
        file: file.name,
        half: halfOf(file.name),
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        severity: message.info ? 'info' : 'warning',
        actual: message.actual,
        verdict: verdict?.verdict ?? 'unjudged',
        cause: verdict?.cause ?? '',
        reason: verdict?.reason ?? ''
      }
    })
  )
  const tally = {}
  for (const message of messages) tally[message.verdict] = (tally[message.verdict] ?? 0) + 1
  // Verdicts no message matches any more (the message went away or moved to another line).
  const stale = staleVerdicts(verdicts, linted.files.flatMap((file) => file.messages.map((message) => ({file: file.name, message}))))
  return {seconds: Math.round(linted.seconds * 10) / 10, rates, messages, tally, stale}
}
