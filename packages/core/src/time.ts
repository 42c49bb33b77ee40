/**
 * Time expressions as intervals in seconds: "immediate" ≈ seconds to minutes, "within hours",
 * "hours or days", "24 hours", "weeks-long". Two time claims conflict when their intervals
 * cannot overlap.
 */
import {unitOfLowercase, unitSeconds} from './duration.js'
import {spanText, type Token} from './tokens.js'
import type {Interval} from './types.js'

export interface TimeExpression {
  from: number
  to: number
  interval: Interval
  /** `onset` or `duration` when the words say which, else `undefined`. */
  kind: 'onset' | 'duration' | undefined
  /** A short label: `immediate`, `minutes`, `hours or days`, `24 hours`. */
  label: string
}

/** The span a bare plural unit stands for: "hours" is one hour up to a day. */
const bareUnit: Readonly<Record<string, Interval>> = {
  second: [1, 60],
  minute: [60, 3600],
  hour: [3600, 86_400],
  day: [86_400, 604_800],
  week: [604_800, 7_776_000],
  fortnight: [1_209_600, 7_776_000],
  month: [2_592_000, 31_536_000],
  year: [31_536_000, 315_360_000]
}

const immediate: Interval = [0, 600]
/** "By the next day", "overnight": within a day and a half. */
const nextDay: Interval = [0, 129_600]

const numbers: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fortyfive: 45, sixty: 60, ninety: 90
}

const vague = new Set(['few', 'several', 'some', 'many', 'couple'])
const immediateWords = new Set(['immediate', 'immediately', 'instant', 'instantly', 'instantaneous', 'instantaneously'])
const onsetLeads = new Set(['within', 'inside', 'under', 'in', 'after', 'by', 'early', 'soon', 'little', 'quickly', 'takes', 'take', 'took', 'taking', 'onset', 'begin', 'begins', 'starts', 'start'])
const durationLeads = new Set(['for', 'lasting', 'last', 'lasts', 'lasted', 'persist', 'persists', 'persisted', 'persisting', 'sustained', 'sustain', 'sustains', 'maintained', 'durable', 'duration'])
const joiners = new Set(['or', 'to', 'and'])

interface Unit {
  from: number
  to: number
  interval: Interval
  label: string
  numeric: boolean
}

/** Read the unit phrase ending at token `index` (`24 hours`, `a few days`, `hours`, `weeks-long`). */
function unitAt(tokens: readonly Token[], index: number): Unit | undefined {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return undefined
  let word = token.norm
  let unit = unitOfLowercase(word)
  // "weeks-long" (no unit word ends in "long").
  if (!unit && word.length > 4 && word.endsWith('long')) {
    word = word.slice(0, -4)
    unit = unitOfLowercase(word)
  }
  if (!unit) return undefined
  const previous = tokens[index - 1]
  const before = previous?.kind === 'word' ? previous.norm : undefined
  const amount = before === undefined ? undefined : /^\d+(\.\d+)?$/.test(before) ? Number(before) : numbers[before]
  const seconds = unitSeconds[unit]!
  if (amount !== undefined && !(before === 'a' || before === 'an')) {
    return {from: index - 1, to: index, interval: [0, amount * seconds], label: `${previous!.text} ${token.text}`, numeric: true}
  }
  if (before && vague.has(before)) {
    const from = tokens[index - 2]?.norm === 'a' ? index - 2 : index - 1
    return {from, to: index, interval: bareUnit[unit]!, label: `${before} ${token.text}`, numeric: false}
  }
  if (before === 'a' || before === 'an') {
    return {from: index - 1, to: index, interval: [0, seconds], label: `${previous!.text} ${token.text}`, numeric: true}
  }
  // A bare singular ("hour") without a number is not a time span we can place.
  if (!word.endsWith('s') && !token.norm.endsWith('long')) return undefined
  return {from: index, to: index, interval: bareUnit[unit]!, label: token.text, numeric: false}
}

/** Find every time expression in a token list. */
export function findTimes(tokens: readonly Token[]): TimeExpression[] {
  const found: TimeExpression[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    if (immediateWords.has(token.norm) || (token.norm === 'right' && tokens[index + 1]?.norm === 'away')) {
      const to = token.norm === 'right' ? index + 1 : index
      found.push({from: index, to, interval: immediate, kind: 'onset', label: token.text.toLowerCase()})
      index = to
      continue
    }
    // "by the next day", "by the following morning", "overnight": within about a day.
    if ((token.norm === 'next' || token.norm === 'following') && /^(day|morning)$/.test(tokens[index + 1]?.norm ?? '') && tokens[index - 1]?.norm === 'the') {
      found.push({from: index - 1, to: index + 1, interval: nextDay, kind: kindOf(tokens, index - 1, index + 1), label: `the ${token.text} ${tokens[index + 1]!.text}`})
      index++
      continue
    }
    if (token.norm === 'overnight') {
      found.push({from: index, to: index, interval: nextDay, kind: 'onset', label: token.text.toLowerCase()})
      continue
    }
    const unit = unitAt(tokens, index)
    if (!unit) continue
    let {from, to, interval, label} = unit
    // "hours or days", "minutes to hours", "weeks or even months": one expression, the union.
    let next = to + 1
    if (tokens[next] && joiners.has(tokens[next]!.norm)) {
      let look = next + 1
      if (tokens[look]?.norm === 'even' || tokens[look]?.norm === 'sometimes') look++
      for (let end = look; end <= look + 2 && end < tokens.length; end++) {
        const second = unitAt(tokens, end)
        if (second && second.from >= look) {
          interval = [Math.min(interval[0], second.interval[0]), Math.max(interval[1], second.interval[1])]
          label = `${label} ${tokens[next]!.text} ${spanText(tokens, look, second.to)}`
          to = second.to
          break
        }
      }
    }
    // "after a fortnight", "after about a month": the time is when it comes, not a bound on it.
    if (unit.numeric && interval[0] === 0 && afterLead(tokens, from)) interval = [interval[1] / 2, interval[1] * 1.5]
    found.push({from, to, interval, kind: kindOf(tokens, from, to), label})
    index = to
    next = to
  }
  return found
}

/** Is the time led by "after" ("after a month", "after about six weeks", "only after eight weeks")? */
function afterLead(tokens: readonly Token[], from: number): boolean {
  for (let index = from - 1; index >= Math.max(0, from - 3); index--) {
    const norm = tokens[index]!.norm
    if (norm === 'after') return true
    if (!/^(about|around|roughly|approximately|some|nearly|almost|only|just)$/.test(norm)) return false
  }
  return false
}

/** Decide from nearby words whether a time expression is an onset or a duration. */
function kindOf(tokens: readonly Token[], from: number, to: number): TimeExpression['kind'] {
  if (tokens[to]?.norm.endsWith('long') && tokens[to + 1]?.norm === 'onset') return 'onset'
  if (tokens[to + 1]?.norm === 'onset') return 'onset'
  for (let index = from - 1; index >= Math.max(0, from - 4); index--) {
    const token = tokens[index]!
    if (token.kind !== 'word') break
    if (durationLeads.has(token.norm)) return 'duration'
    if (onsetLeads.has(token.norm)) {
      // "up to N days" after "lasting" is a duration; "take weeks to work" is an onset.
      return 'onset'
    }
  }
  // "take weeks to show results": the lead is before a verb phrase.
  for (let index = from - 1; index >= Math.max(0, from - 6); index--) {
    const norm = tokens[index]?.norm
    if (norm === 'take' || norm === 'takes' || norm === 'took' || norm === 'taking') return 'onset'
    if (norm && durationLeads.has(norm)) return 'duration'
  }
  return undefined
}
