/**
 * The kind of one UTF-16 code unit, as `parse-latin` decides it: its tokenizer tests each code unit,
 * as a one-character string, against three Unicode regexes in turn (white space, punctuation, word;
 * anything else is a symbol). That is most of its tokenizing time, so here each code unit is tested
 * once and its kind kept in a table. The table fills on first sight of a code unit rather than at
 * load time, because testing all 65,536 up front costs more than a whole parse of a short text.
 */
import {punctuation, whiteSpace, word} from './expressions.js'

export const whiteSpaceKind = 1
export const punctuationKind = 2
export const wordKind = 3
export const symbolKind = 4

export type Kind = typeof whiteSpaceKind | typeof punctuationKind | typeof wordKind | typeof symbolKind

/** Kinds by code unit; 0 is not yet known. */
const kinds = new Uint8Array(0x10000)

/** The kind of the code unit `code` (0 to 0xFFFF). */
export function kindOf(code: number): Kind {
  return (kinds[code] || learn(code)) as Kind
}

function learn(code: number): Kind {
  const char = String.fromCharCode(code)
  const kind: Kind = whiteSpace.test(char)
    ? whiteSpaceKind
    : punctuation.test(char)
      ? punctuationKind
      : word.test(char)
        ? wordKind
        : symbolKind
  kinds[code] = kind
  return kind
}

/**
 * Whether `code` is half of a surrogate pair (`parse-latin`'s `surrogates` expression,
 * `/[\uD800-\uDFFF]/`): such a code unit always continues a run of punctuation or symbols.
 */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}
