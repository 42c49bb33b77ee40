/**
 * One message per problem: when two rules flag the very same words (a contradiction that is also
 * against the fact sheet, an "instant" onset that is also a time-course overstatement), keep the
 * message of the rule listed first in the preset — it carries the other side and the fact — and
 * keep the stricter severity of the two.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A place as a string key; messages without a place are never merged. */
export function placeKey(message: VFileMessage): string | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  return `${start.offset ?? `${start.line}:${start.column}`}-${end.offset ?? `${end.line}:${end.column}`}`
}

/** Transformer factory: `priority` lists rule ids, most informative first. */
export function dedupe(priority: readonly string[]) {
  const rank = (message: VFileMessage): number => {
    const index = priority.indexOf(message.ruleId ?? '')
    return index === -1 ? priority.length : index
  }
  return function (_tree: Root, file: VFile): void {
    const kept = new Map<string, VFileMessage>()
    const drop = new Set<VFileMessage>()
    for (const message of file.messages) {
      const key = placeKey(message)
      if (key === undefined) continue
      const other = kept.get(key)
      if (!other) {
        kept.set(key, message)
        continue
      }
      const [winner, loser] = rank(message) < rank(other) ? [message, other] : [other, message]
      if (loser.fatal === true) winner.fatal = true
      drop.add(loser)
      kept.set(key, winner)
    }
    if (drop.size > 0) file.messages = file.messages.filter((message) => !drop.has(message))
  }
}
