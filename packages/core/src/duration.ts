/**
 * Units of time in seconds, shared by the pack compiler (`range: [1 hour, 1 day]`) and the
 * time-expression reader.
 */
export const unitSeconds: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
  year: 31_536_000
}

/** Singular unit for a unit word (`hours`, `hrs`, `wk`), or `undefined`. */
export function unitOf(word: string): string | undefined {
  const w = word.toLowerCase()
  const base = w.endsWith('s') && w.length > 2 ? w.slice(0, -1) : w
  // Own keys only: "constructor" is not a unit of time.
  if (Object.hasOwn(unitSeconds, base)) return base
  const short: Record<string, string> = {sec: 'second', min: 'minute', hr: 'hour', h: 'hour', wk: 'week', mo: 'month', yr: 'year'}
  return Object.hasOwn(short, base) ? short[base] : Object.hasOwn(short, w) ? short[w] : undefined
}

/** Parse `90 minutes`, `1 hour`, `0`, `2.5 days` into seconds; `undefined` when it is not a duration. */
export function parseDuration(input: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(input)
  if (!match) return undefined
  const amount = Number(match[1])
  if (!match[2]) return amount === 0 ? 0 : undefined
  const unit = unitOf(match[2])
  return unit === undefined ? undefined : amount * unitSeconds[unit]!
}
