/**
 * A `parse-english` parser for one block of a longer file. Its tokens are made in their place in the
 * whole file (see `tokenize.ts`), so the steps after tokenizing, which share these points between
 * nodes, need no second walk to move them; and the steps that cost most are plain loops (see
 * `sentence-plugins.ts`, `paragraph-plugins.ts`, `patch-position.ts`). The tree equals the one
 * `new ParseEnglish().parse(text)` builds, moved; `test/reliability/latin-tokenize.test.ts` checks it.
 */
import type {SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import {breakImplicitSentences, makeInitialWhiteSpaceSiblings, mergeRemainingFullStops} from './paragraph-plugins.js'
import {patchPosition} from './patch-position.js'
import {mergeFinalWordSymbol, mergeInitialisms, mergeInitialWordSymbol, mergeInnerWordSlash, mergeInnerWordSymbol} from './sentence-plugins.js'
import {tokenize} from './tokenize.js'

export class BlockParser extends ParseEnglish {
  readonly #base: Point

  /** `base`: where the block starts in the file. */
  constructor(base: Point) {
    super()
    this.#base = {line: base.line, column: base.column, offset: base.offset ?? 0}
  }

  override tokenize(value: string | null | undefined): SentenceContent[] {
    return tokenize(value, this.#base)
  }
}

// The steps are replaced by their place in `parse-english` 7's lists. If the lists are not the ones
// that version has (another version is installed), the inherited steps are kept.
const english = ParseEnglish.prototype
const sentence = english.tokenizeSentencePlugins
const paragraph = english.tokenizeParagraphPlugins
const root = english.tokenizeRootPlugins
// Steps shared between the lists (`patchPosition`, the white-space steps) are one function.
const shared: unknown[] = root
const patch = shared[3]
const known =
  sentence.length === 7 &&
  paragraph.length === 13 &&
  root.length === 4 &&
  sentence[6] === patch &&
  paragraph[12] === patch &&
  paragraph[8] === shared[0] &&
  paragraph[9] === shared[1] &&
  paragraph[11] === shared[2]

// Another version's steps may differ from the ones rewritten here: then the parser keeps them all,
// slower but right (`latin-tokenize.test.ts` fails if the rewritten steps stop being used).
if (known) {
  BlockParser.prototype.tokenizeSentencePlugins = [
    sentence[0]!, // parse-english: merge elisions (`'s`, `w/`)
    mergeInitialWordSymbol,
    mergeFinalWordSymbol,
    mergeInnerWordSymbol,
    mergeInnerWordSlash,
    mergeInitialisms,
    patchPosition
  ]
  BlockParser.prototype.tokenizeParagraphPlugins = [
    ...paragraph.slice(0, 7),
    mergeRemainingFullStops,
    makeInitialWhiteSpaceSiblings,
    paragraph[9]!,
    breakImplicitSentences,
    paragraph[11]!,
    patchPosition
  ]
  BlockParser.prototype.tokenizeRootPlugins = [makeInitialWhiteSpaceSiblings, root[1]!, root[2]!, patchPosition]
}

/**
 * The same parser for text that starts a file: what `mdast-util-to-nlcst` and `hast-util-to-nlcst`
 * are given (they construct it with no arguments and place the tokens themselves).
 */
export class ProseParser extends BlockParser {
  constructor() {
    super({line: 1, column: 1, offset: 0})
  }
}
