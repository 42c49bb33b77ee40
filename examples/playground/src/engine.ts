/**
 * Lint in the browser: claimlint's own processor (parser, preset with the built-in packs, message
 * control) and its claim report, turned into plain data for the page.
 */
import {builtinPacks} from '@claimlint/packs'
import {createProcessor, toClaimReport, type ClaimReport, type Format} from 'claimlint'

export type {Format}
import {presetRules} from 'retext-preset-claimlint'

/** What a flag is about, for colour and the legend. */
export type Family = 'conflict' | 'fact' | 'overstatement' | 'citation'

/** The other side of a contradiction. */
export interface OtherSide {
  start: number
  end: number
  line: number
  message: string
  /** Set when the other side is in another document (never in the playground). */
  file: string | undefined
}

/** One message, with offsets into the text. */
export interface Flag {
  id: number
  ruleId: string
  family: Family
  reason: string
  actual: string | undefined
  expected: string[] | undefined
  note: string | undefined
  url: string | undefined
  error: boolean
  start: number
  end: number
  line: number
  other: OtherSide | undefined
}

export interface Result {
  flags: Flag[]
  report: ClaimReport | undefined
  millis: number
}

export const families: ReadonlyArray<{family: Family; label: string}> = [
  {family: 'conflict', label: 'contradiction'},
  {family: 'fact', label: 'against the facts'},
  {family: 'overstatement', label: 'overstatement'},
  {family: 'citation', label: 'citation'}
]

export function familyOf(ruleId: string): Family {
  if (ruleId.startsWith('claim-contradiction')) return 'conflict'
  if (ruleId === 'claim-fact') return 'fact'
  if (ruleId === 'citation') return 'citation'
  return 'overstatement'
}

export const rules = presetRules.map((rule) => ({id: rule.id, description: rule.description}))
export const packCount = builtinPacks.length
export const factCount = builtinPacks.reduce((sum, pack) => sum + (pack.facts?.length ?? 0), 0)

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** Offset of a point: its own, else from line and column. */
function offsetOf(lineStarts: number[], point: Point): number {
  if (typeof point.offset === 'number') return point.offset
  return (lineStarts[point.line - 1] ?? 0) + point.column - 1
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

interface Placed {
  place?: {start: Point; end: Point} | Point | undefined
}

function span(lineStarts: number[], message: Placed): {start: number; end: number; line: number} | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : place
  return {start: offsetOf(lineStarts, start), end: offsetOf(lineStarts, end), line: start.line}
}

/** A guess at the format of pasted text: HTML when it starts with a common block tag. */
export function guessFormat(text: string): Format {
  return /^\s*<(!doctype|html|head|body|article|main|section|div|p|h[1-6]|ul|ol)\b/i.test(text) ? 'html' : 'markdown'
}

const extensions: Record<Format, string> = {markdown: 'md', html: 'html', text: 'txt'}

/** Lint `text` read as `format`. */
export async function check(text: string, format: Format): Promise<Result> {
  const began = performance.now()
  const file = await createProcessor({format}).process({path: `article.${extensions[format]}`, value: text})
  const lineStarts = lineStartsOf(text)
  const flags: Flag[] = []
  for (const message of file.messages) {
    const where = span(lineStarts, message)
    if (!where) continue
    const cause = message.cause as (Placed & {reason?: string; file?: string}) | undefined
    const otherWhere = cause && typeof cause === 'object' ? span(lineStarts, cause) : undefined
    flags.push({
      id: flags.length,
      ruleId: message.ruleId ?? 'claimlint',
      family: familyOf(message.ruleId ?? ''),
      reason: message.reason,
      actual: message.actual,
      expected: message.expected,
      note: message.note,
      url: message.url,
      error: message.fatal === true,
      ...where,
      other: otherWhere ? {...otherWhere, message: cause?.reason ?? '', file: cause?.file && cause.file !== file.path ? cause.file : undefined} : undefined
    })
  }
  flags.sort((a, b) => a.start - b.start || b.end - a.end)
  flags.forEach((flag, index) => (flag.id = index))
  const ledger = file.data.claimLedger
  return {flags, report: ledger ? toClaimReport(ledger) : undefined, millis: performance.now() - began}
}
