/**
 * The claimlint processor: parse any format to nlcst, run the preset, and "compile" to the
 * unchanged document (claimlint never rewrites what it reads).
 */
import type {Pack} from '@claimlint/core'
import type {Corpus} from 'retext-claim-contradiction'
import retextPresetClaimlint, {type RuleConfig} from 'retext-preset-claimlint'
import {unified, type Processor} from 'unified'
import {createCache, type LintCache} from './cache.js'
import claimlintControl from './control.js'
import type {Format} from './format.js'
import claimlintParse from './parse.js'

export interface Options {
  /** `markdown`, `html` or `text`; inferred from the file's extension when not given. */
  format?: Format | null | undefined
  /** Severity and options per rule id, as in `.claimlintrc`. */
  rules?: Readonly<Record<string, RuleConfig>> | null | undefined
  /** Extra rule packs (validated `Pack` objects; see `readPackFile`). */
  packs?: readonly Pack[] | null | undefined
  /** Shared corpus, for checks across files. */
  corpus?: Corpus | null | undefined
  /** Largest file to lint, in bytes (default 5 MB; `0` for no limit). */
  maxSize?: number | null | undefined
  /** Phrases whose messages are dropped (`ignore` in `.claimlintrc`). */
  ignore?: readonly string[] | null | undefined
  /**
   * Kept between lints of the same documents (`createCache()`): re-linting an edited document
   * (text, Markdown or HTML) then analyses mostly the paragraphs the edit changed. Same messages; but
   * once a lint ends its tree belongs to the cache, and the document's next lint moves its nodes
   * in place, so keep a lint's messages and ledger, not its tree.
   */
  cache?: LintCache | null | undefined
}

/** A processor without a compiler would refuse `process`; this one returns the input untouched. */
function keepDocument(this: Processor) {
  this.compiler = (_tree, file) => String(file.value ?? '')
}

/** Create a claimlint processor. */
export function createProcessor(options?: Readonly<Options> | null) {
  return unified()
    .use(claimlintParse, {format: options?.format ?? undefined, maxSize: options?.maxSize ?? undefined, cache: options?.cache ?? sharedCache})
    .use(retextPresetClaimlint, {rules: options?.rules ?? undefined, packs: options?.packs ?? undefined, corpus: options?.corpus ?? undefined})
    .use(claimlintControl, {ignore: options?.ignore ?? undefined})
    .use(keepDocument as never)
}

/** The cache of processors made without one, once `shareCache` is called (see there). */
let sharedCache: LintCache | undefined

/**
 * From now on, processors created without a `cache` in this process share one. The language server
 * calls it at start: unified-language-server makes a processor per lint through `createProcessor()`
 * (its own, or a workspace's `claimlint`: a version without this function still works, uncached),
 * and each re-lint after a keystroke then redoes mostly the paragraphs the keystroke changed.
 */
export function shareCache(): void {
  sharedCache ??= createCache()
}
