import {booleanOption, choiceOption, packsOption, stringsOption, type OptionSpec, type Pack} from '@claimlint/core'

/** Options shared by every overstatement rule. */
export interface Options {
  /** Extra rule packs, on top of the built-in ones (they can add hype phrases, facts, official terms). */
  packs?: readonly Pack[] | null | undefined
  /**
   * Quoted or attributed speech ("…, the company said"): `'info'` (default) reports it as
   * information, `'off'` does not report it.
   */
  quoted?: 'info' | 'off' | null | undefined
  /** Phrases or lexicon entry ids not to report (`'cure'`, `'game changer'`). */
  ignore?: readonly string[] | null | undefined
  /** Also report the soft entries of the lexicons ("a ray of hope"). Default `false`. */
  soft?: boolean | null | undefined
}

export const source = 'retext-overstatement'
export const docsBase = 'https://github.com/claimlint/claimlint/blob/main/docs/rules/'

/** What each option takes (checked by the preset and the CLI). */
export const optionSpecs: Readonly<Record<keyof Options, OptionSpec>> = {
  packs: packsOption,
  quoted: choiceOption('info', 'off'),
  ignore: stringsOption,
  soft: booleanOption
}
