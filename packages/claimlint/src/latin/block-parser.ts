/**
 * A `parse-english` parser for one block of a longer file: its tokens are made in their place in the
 * whole file (see `tokenize.ts`), so the steps after tokenizing, which share and change these points,
 * need no second walk to move them.
 */
import type {SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
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
