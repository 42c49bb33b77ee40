/**
 * The configuration file schema (`.claimlintrc*`, or the `claimlint` field of `package.json`):
 *
 *     {"rules": {"rule-id": false | "warn" | "error" | ["warn", {…}]},
 *      "packs": ["path/to/pack.yml"], "ignore": ["phrase", …], "maxSize": 5242880}
 *
 * `checkConfig` validates it and reads the packs (relative to the configuration file), throwing a
 * `ConfigError` that names the file, the field and the problem.
 */
import path from 'node:path'
import type {Pack} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import {optionProblem, type FactDef} from '@claimlint/core'
import {presetRules, ruleIds, type RuleConfig} from 'retext-preset-claimlint'
import {readPackFile} from '../read-pack.js'

/** A checked configuration, ready for the processor. */
export interface Config {
  rules: Record<string, RuleConfig>
  packs: Pack[]
  ignore: string[]
  /** Largest file to lint, in bytes (`0`: no limit). */
  maxSize: number | undefined
}

/** A problem in a configuration file. */
export class ConfigError extends Error {
  readonly file: string
  constructor(file: string, reason: string, options?: {cause?: unknown}) {
    super(`${file}: ${reason}`, options)
    this.name = 'ConfigError'
    this.file = file
  }
}

const fields = ['rules', 'packs', 'ignore', 'maxSize']
const severities = [false, true, 0, 1, 2, 'off', 'on', 'warn', 'error']

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A rule's options in a configuration file: packs are read from the top-level `packs` field only. */
function checkRuleOptions(id: string, options: unknown, fail: (reason: string) => never): void {
  if (isObject(options) && options.packs !== undefined) {
    fail(`rule \`${id}\`: option \`packs\` cannot be set per rule in a configuration file; list the pack paths in the top-level \`packs\` field (they apply to every rule)`)
  }
  if (isObject(options) && options.corpus !== undefined) fail(`rule \`${id}\`: option \`corpus\` cannot be set in a configuration file (the CLI makes one per run)`)
  const rule = presetRules.find((r) => r.id === id)
  const problem = rule && optionProblem(id, rule.options, options)
  if (problem) fail(problem)
}

function checkRule(id: string, value: unknown, fail: (reason: string) => never): RuleConfig {
  if (!ruleIds.includes(id)) fail(`unknown rule \`${id}\` in \`rules\`; known rules: ${ruleIds.join(', ')}`)
  const severityHint = 'use false, "warn", "error" or ["warn", {…options}]'
  if (severities.includes(value as never)) return value as RuleConfig
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2 || !severities.includes(value[0])) {
      fail(`rule \`${id}\` has an invalid setting ${show(value)}; ${severityHint}`)
    }
    if (value.length === 2 && !isObject(value[1])) fail(`rule \`${id}\`: options must be an object, not ${show(value[1])}`)
    checkRuleOptions(id, value[1], fail)
    return value as RuleConfig
  }
  if (isObject(value)) {
    checkRuleOptions(id, value, fail)
    return value
  }
  return fail(`rule \`${id}\` has an invalid setting ${show(value)}; ${severityHint}`)
}

function checkStrings(name: string, value: unknown, fail: (reason: string) => never): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail(`\`${name}\` must be a list of strings, not ${show(value)}`)
  value.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`\`${name}[${index}]\` must be a non-empty string, not ${show(item)}`)
  })
  return value as string[]
}

const reported = new Set<string>()

/** Say once per run which facts of the user's packs replace earlier (built-in) facts. */
function reportOverrides(overrides: ReadonlyArray<{fact: FactDef; replaced: FactDef}>): void {
  for (const {fact, replaced} of overrides) {
    const key = `${fact.origin.file}\u0000${fact.id}`
    if (reported.has(key)) continue
    reported.add(key)
    process.stderr.write(`claimlint: fact \`${fact.id}\` (${fact.origin.file}:${fact.origin.line}) overrides fact \`${replaced.id}\` (${replaced.origin.file}:${replaced.origin.line})\n`)
  }
}

/**
 * Check a raw configuration.
 *
 * @param raw The parsed file (or `package.json` field).
 * @param file Path of the configuration file, for messages and to resolve pack paths.
 */
export function checkConfig(raw: unknown, file: string): Config {
  const shown = path.relative(process.cwd(), file) || file
  const fail = (reason: string, cause?: unknown): never => {
    throw new ConfigError(shown, reason, cause === undefined ? undefined : {cause})
  }
  if (raw === null || raw === undefined) return {rules: {}, packs: [], ignore: [], maxSize: undefined}
  if (!isObject(raw)) return fail(`expected an object with ${fields.map((f) => `\`${f}\``).join(', ')}, not ${show(raw)}`)
  for (const key of Object.keys(raw)) {
    if (!fields.includes(key)) fail(`unknown field \`${key}\`; expected ${fields.map((f) => `\`${f}\``).join(', ')}`)
  }
  const rules: Record<string, RuleConfig> = {}
  if (raw.rules !== undefined && raw.rules !== null) {
    if (!isObject(raw.rules)) fail(`\`rules\` must be an object of rule ids, not ${show(raw.rules)}`)
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) rules[id] = checkRule(id, value, fail)
  }
  const packs: Pack[] = []
  checkStrings('packs', raw.packs, fail).forEach((entry, index) => {
    try {
      packs.push(readPackFile(entry, path.dirname(file)))
    } catch (error) {
      fail(`\`packs[${index}]\`: ${(error as Error).message}`, error)
    }
  })
  if (packs.length > 0) {
    let knowledge
    try {
      knowledge = knowledgeFor(packs)
    } catch (error) {
      fail(`the rule packs do not fit together with the built-in ones:\n${(error as Error).message}`, error)
    }
    reportOverrides(knowledge!.overrides)
  }
  const maxSize = raw.maxSize
  if (maxSize !== undefined && maxSize !== null && (typeof maxSize !== 'number' || !(maxSize >= 0))) {
    fail(`\`maxSize\` must be a number of bytes (0 for no limit), not ${show(maxSize)}`)
  }
  return {rules, packs, ignore: checkStrings('ignore', raw.ignore, fail), maxSize: typeof maxSize === 'number' ? maxSize : undefined}
}
