/**
 * `parse-latin`'s first step, for a text that starts at `base` in a larger file. The result is
 * exactly `new ParseLatin().tokenize(value)` with every point moved by `base`: the same nodes, values
 * and positions, and the same point objects shared (a word and its text node share their start point
 * but not their end point; every other point is its own object), because `parse-latin`'s later
 * steps share and change these points in place. It is written by hand because `parse-latin` tests
 * each character against up to three Unicode regexes and copies the running point for every node,
 * and a moved copy would need a second walk over all the nodes; here a character's kind is a table
 * look-up (`classify.ts`) and each run of characters is scanned in one loop.
 */
import type {SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {isSurrogate, kindOf, punctuationKind, whiteSpaceKind, wordKind} from './classify.js'

const carriageReturn = 13
const lineFeed = 10
const space = 32

/**
 * Tokenize `value` into words, white space, punctuation and symbols placed as if `value` started at
 * `base` (points on its first line move right by `base.column - 1`, every point moves down by
 * `base.line - 1` and on by `base.offset`).
 */
export function tokenize(value: string | null | undefined, base: Point): SentenceContent[] {
  const nodes: SentenceContent[] = []
  if (!value) return nodes
  const length = value.length
  let line = base.line
  let column = base.column
  let offset = base.offset ?? 0
  let start: Point = {line, column, offset}
  let index = 0

  // Nodes are built as `parse-latin`'s `createNode` builds them: same fields in the same order, a
  // word and its text sharing the start point, every end point its own object.
  while (index < length) {
    const from = index
    let code = value.charCodeAt(index++)
    const kind = kindOf(code)

    if (kind === wordKind) {
      while (index < length && kindOf(value.charCodeAt(index)) === wordKind) index++
      column += index - from
      offset += index - from
      const text = value.slice(from, index)
      nodes.push({
        type: 'WordNode',
        children: [{type: 'TextNode', value: text, position: {start, end: {line, column, offset}}}],
        position: {start, end: {line, column, offset}}
      })
    } else if (kind === whiteSpaceKind) {
      if (code === space && (index === length || kindOf(value.charCodeAt(index)) !== whiteSpaceKind)) {
        // Most white space is one space.
        column++
        offset++
        nodes.push({type: 'WhiteSpaceNode', value: ' ', position: {start, end: {line, column, offset}}})
        start = {line, column, offset}
        continue
      }
      // Only white space holds line breaks; `\r\n` is one break.
      for (;;) {
        if (code === carriageReturn) {
          line++
          column = 1
        } else if (code === lineFeed) {
          if (value.charCodeAt(index - 2) !== carriageReturn) {
            line++
            column = 1
          }
        } else column++
        if (index === length) break
        code = value.charCodeAt(index)
        if (kindOf(code) !== whiteSpaceKind) break
        index++
      }
      offset += index - from
      nodes.push({type: 'WhiteSpaceNode', value: value.slice(from, index), position: {start, end: {line, column, offset}}})
    } else {
      // A run of punctuation or symbols goes on with the same character or with either half of a
      // surrogate pair (so an emoji stays whole).
      while (index < length) {
        const next = value.charCodeAt(index)
        if (kindOf(next) !== kind || (next !== code && !isSurrogate(next))) break
        code = next
        index++
      }
      column += index - from
      offset += index - from
      const text = value.slice(from, index)
      nodes.push(
        kind === punctuationKind
          ? {type: 'PunctuationNode', value: text, position: {start, end: {line, column, offset}}}
          : {type: 'SymbolNode', value: text, position: {start, end: {line, column, offset}}}
      )
    }

    start = {line, column, offset}
  }

  return nodes
}
