import {packsOption, type OptionSpec, type Pack} from '@claimlint/core'

/** Options of both rules. */
export interface Options {
  /** Extra rule packs (validated with `readPack`), on top of the built-in ones. */
  packs?: readonly Pack[] | null | undefined
}

export const docsBase = 'https://github.com/claimlint/claimlint/blob/main/docs/rules/'
export const source = 'retext-claim-facts'

/** What each option takes (checked by the preset and the CLI). */
export const optionSpecs: Readonly<Record<keyof Options, OptionSpec>> = {packs: packsOption}
