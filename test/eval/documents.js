/**
 * Document-level tasks: run the overstatement rules over whole press releases (title, then body)
 * and count what they report, per rule.
 */
import {retext} from 'retext'
import retextOverstatement from 'retext-overstatement'

const processor = retext().use(retextOverstatement, {soft: true}).freeze()

/** Messages per rule id for one document. */
export function countsOf(text, includeQuoted = true) {
  const file = processor.processSync(text)
  const counts = {}
  for (const message of file.messages) {
    if (message.fatal === undefined && !includeQuoted) continue // quoted speech, reported as information
    counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
  }
  return {counts, messages: file.messages}
}

export function releaseText(release) {
  return `${release.title}\n\n${release.text}`
}
