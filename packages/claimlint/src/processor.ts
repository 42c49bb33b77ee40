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
   * Kept between lints of the same documents (`createCache()`): re-linting an edited plain-text
   * document then parses and analyses only the paragraphs the edit changed. Same messages.
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
    .use(claimlintParse, {format: options?.format ?? undefined, maxSize: options?.maxSize ?? undefined, cache: options?.cache ?? undefined})
    .use(retextPresetClaimlint, {rules: options?.rules ?? undefined, packs: options?.packs ?? undefined, corpus: options?.corpus ?? undefined})
    .use(claimlintControl, {ignore: options?.ignore ?? undefined})
    .use(keepDocument as never)
}

let editorCache: LintCache | undefined

/**
 * The processor editors use (the language server asks for it by name): `createProcessor` with one
 * cache shared by every call in this process, so each re-lint after a keystroke redoes only the
 * paragraphs the keystroke changed.
 */
export function createEditorProcessor() {
  editorCache ??= createCache()
  return createProcessor({cache: editorCache})
}
