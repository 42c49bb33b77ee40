import {packsOption, type OptionSpec, type Pack} from '@claimlint/core'
import type {Corpus} from './corpus.js'

/** Options shared by both contradiction rules. */
export interface Options {
  /** Extra rule packs, on top of the built-in ones. */
  packs?: readonly Pack[] | null | undefined
  /** Cross-file rule: the corpus that collects every file of one run (made for you under unified-engine). */
  corpus?: Corpus | null | undefined
}

export const docsBase = 'https://github.com/claimlint/claimlint/blob/main/docs/rules/'
export const source = 'retext-claim-contradiction'

/** What each option takes (checked by the preset and the CLI). */
export const optionSpecs: Readonly<Record<keyof Options, OptionSpec>> = {
  packs: packsOption,
  corpus: {
    expected: 'a corpus made with `createCorpus()` (the CLI and `lintCorpus` make one for you)',
    check: (value) => typeof value === 'object' && value !== null && typeof (value as {add?: unknown}).add === 'function' && typeof (value as {judge?: unknown}).judge === 'function'
  }
}
