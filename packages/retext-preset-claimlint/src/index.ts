/**
 * retext-preset-claimlint: the recommended claimlint rules with their default severities.
 * Every rule is configured the same way in the plugin options, `.claimlintrc` and the API:
 * `{rules: {'rule-id': false | 'warn' | 'error' | ['warn', options]}}`; `packs` (extra rule
 * packs) is passed to every rule.
 */
import {fitMessage, inlineSpansOf, optionProblem, type OptionSpec, type Pack} from '@claimlint/core'
import type {VFile} from 'vfile'
import type {Root} from 'nlcst'
import {claimContradiction, claimContradictionAcrossFiles, optionSpecs as contradictionOptions, type Corpus} from 'retext-claim-contradiction'
import {optionSpecs as overstatementOptions, rules as overstatementRules} from 'retext-overstatement'
import {optionSpecs as factOptions, rules as factRules} from 'retext-claim-facts'
import retextClaimLedger from 'retext-claim-ledger'
import type {Plugin, Pluggable} from 'unified'
import {dedupe} from './dedupe.js'

export type Severity = boolean | 0 | 1 | 2 | 'off' | 'on' | 'warn' | 'error'
export type RuleConfig = Severity | [Severity, Record<string, unknown>?] | Record<string, unknown>

export interface Options {
  /** Severity and options per rule id. */
  rules?: Readonly<Record<string, RuleConfig>> | null | undefined
  /** Extra rule packs for every rule. */
  packs?: readonly Pack[] | null | undefined
  /** Shared corpus for checks across files (the API's `lintCorpus` sets it). */
  corpus?: Corpus | null | undefined
}

/** A rule of the preset: its id, plugin and default severity. */
export interface PresetRule {
  id: string
  plugin: Plugin<any[], Root>
  severity: Severity
  description: string
  /** The options the rule takes. */
  options: Readonly<Record<string, OptionSpec>>
}

/** The rules, in the order they run. */
export const presetRules: readonly PresetRule[] = [
  {id: 'claim-contradiction', plugin: claimContradiction as Plugin<any[], Root>, severity: 'warn', description: 'claims in one article that cannot both be true', options: contradictionOptions},
  {id: 'claim-contradiction-across-files', plugin: claimContradictionAcrossFiles as Plugin<any[], Root>, severity: 'warn', description: 'claims in different articles of one run that cannot both be true', options: contradictionOptions},
  ...overstatementRules.map((rule): PresetRule => ({id: rule.id, plugin: rule.plugin as Plugin<any[], Root>, severity: 'warn', description: rule.description, options: overstatementOptions})),
  ...factRules.map((rule): PresetRule => ({id: rule.id, plugin: rule.plugin as Plugin<any[], Root>, severity: 'warn', description: rule.description, options: factOptions}))
]

/** Ids of every rule the preset knows. */
export const ruleIds: readonly string[] = presetRules.map((rule) => rule.id)

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'boolean' || value === 0 || value === 1 || value === 2 || value === 'off' || value === 'on' || value === 'warn' || value === 'error'
}

/** Throw a message naming the rule, the option and what it takes when `options` do not fit `rule`. */
function checkOptions(rule: PresetRule, options: unknown): void {
  const problem = optionProblem(rule.id, rule.options, options)
  if (problem) throw new Error(`claimlint: ${problem}`)
}

/** The `[severity, options]` tuple for one rule, with the shared options merged in. */
export function ruleSetting(rule: PresetRule, config: RuleConfig | undefined, shared: Record<string, unknown>): [Severity, Record<string, unknown>] {
  if (config === undefined) return [rule.severity, shared]
  if (isSeverity(config)) return [config, shared]
  if (Array.isArray(config)) {
    if (!isSeverity(config[0])) throw new Error(`claimlint: rule \`${rule.id}\` has an invalid severity \`${String(config[0])}\`; use false, "warn" or "error"`)
    checkOptions(rule, config[1])
    return [config[0], {...shared, ...(config[1] ?? {})}]
  }
  if (typeof config === 'object' && config !== null) {
    checkOptions(rule, config)
    return [rule.severity, {...shared, ...config}]
  }
  throw new Error(`claimlint: rule \`${rule.id}\` has an invalid setting; use false, "warn", "error" or ["warn", {…}]`)
}

const retextPresetClaimlint: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  const rules = options?.rules ?? {}
  for (const id of Object.keys(rules)) {
    if (!ruleIds.includes(id)) throw new Error(`claimlint: unknown rule \`${id}\`; known rules: ${ruleIds.join(', ')}`)
  }
  const shared: Record<string, unknown> = {}
  if (options?.packs) shared.packs = options.packs
  if (options?.corpus) shared.corpus = options.corpus
  // Understand first (the claim ledger, on file.data), then judge: every rule reads that ledger.
  const plugins: Pluggable[] = [
    [retextClaimLedger, {packs: options?.packs}],
    ...presetRules.map((rule): Pluggable => [rule.plugin, ruleSetting(rule, rules[rule.id], shared)])
  ]
  this.use(plugins)
  const order = ruleIds
  this.use(function () {
    return dedupe(order)
  })
  // Suggested wordings fitted to the phrase they replace, once per message (see `fitMessage`).
  this.use(function () {
    return function (_tree: Root, file: VFile) {
      const inline = inlineSpansOf(file)
      for (const message of file.messages) fitMessage(file, message, file.data.claimLedger, inline)
    }
  })
}

export default retextPresetClaimlint
