/**
 * Rule options, described once so that every way of configuring a rule (plugin options,
 * `.claimlintrc`, the API) checks them alike and says what is expected. Each rule package describes
 * its options next to their type (`optionSpecs` in its `options.ts`).
 */

/** One option: what it must be, in words for the user, and the test. */
export interface OptionSpec {
  expected: string
  check(value: unknown): boolean
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Extra rule packs: checked pack objects (as `readPack` and `readPackFile` return). */
export const packsOption: OptionSpec = {
  expected: 'a list of rule packs read with `readPack` or `readPackFile` (in a configuration file, pack paths go in the top-level `packs` field)',
  check: (value) => Array.isArray(value) && value.every((pack) => isObject(pack) && typeof pack.name === 'string' && Array.isArray(pack.facts))
}

/** A list of non-empty strings. */
export const stringsOption: OptionSpec = {
  expected: 'a list of strings',
  check: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
}

/** `true` or `false`. */
export const booleanOption: OptionSpec = {expected: 'true or false', check: (value) => typeof value === 'boolean'}

/** One of `choices`. */
export function choiceOption(...choices: string[]): OptionSpec {
  return {expected: choices.map((choice) => JSON.stringify(choice)).join(' or '), check: (value) => choices.includes(value as string)}
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * The first problem with `options` for rule `ruleId`, or `undefined`: an option the rule does not
 * have, or a value it does not take. `null` and `undefined` values mean "the default".
 */
export function optionProblem(ruleId: string, specs: Readonly<Record<string, OptionSpec>>, options: unknown): string | undefined {
  if (options === undefined || options === null) return undefined
  if (!isObject(options)) return `rule \`${ruleId}\`: options must be an object, not ${show(options)}`
  const names = Object.keys(specs)
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(specs, name)) return `rule \`${ruleId}\` has no option \`${name}\`; its options: ${names.map((n) => `\`${n}\``).join(', ')}`
    if (value === undefined || value === null) continue
    const spec = specs[name]!
    if (!spec.check(value)) return `rule \`${ruleId}\`: option \`${name}\` must be ${spec.expected}, not ${show(value)}`
  }
  return undefined
}
