import type {Pack} from '@claimlint/core'
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
