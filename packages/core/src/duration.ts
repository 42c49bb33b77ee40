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
  fortnight: 1_209_600,
  month: 2_592_000,
  year: 31_536_000
}

/** Abbreviations of units of time. */
const shortUnits: Readonly<Record<string, string>> = {sec: 'second', min: 'minute', hr: 'hour', h: 'hour', wk: 'week', mo: 'month', yr: 'year'}

/**
 * Every unit word with its unit: each unit and abbreviation, bare and with a plural `s` (but not
 * `hs`: a word of two letters keeps its `s`). A table, not string surgery, because the
 * time-expression reader asks about every word of every sentence.
 */
const unitWords = new Map<string, string>()
for (const [word, unit] of [...Object.keys(unitSeconds).map((unit) => [unit, unit] as const), ...Object.entries(shortUnits)]) {
  unitWords.set(word, unit)
  if (word.length >= 2) unitWords.set(`${word}s`, unit)
}
/** No longer word is a unit (lowercasing never shortens a word). */
const longestUnitWord = Math.max(...[...unitWords.keys()].map((word) => word.length))

/** Singular unit for a unit word (`hours`, `hrs`, `wk`), or `undefined`. */
export function unitOf(word: string): string | undefined {
  if (word.length > longestUnitWord) return undefined
  return unitOfLowercase(word.toLowerCase())
}

/** `unitOf` for a word already in lower case, such as a token's `norm`: a single look-up. */
export function unitOfLowercase(word: string): string | undefined {
  return unitWords.get(word)
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
