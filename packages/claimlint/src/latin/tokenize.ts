/**
 * `parse-latin`'s first step, for a text that starts at `base` in a larger file. The result equals
 * `new ParseLatin().tokenize(value)` with every point moved by `base`: the same nodes, values and
 * positions. It is written by hand because `parse-latin` tests each character against up to three
 * Unicode regexes and copies the running point for every node, and a moved copy would need a second
 * walk over all the nodes; here a character's kind is a table look-up (`classify.ts`) and each run
 * of characters is scanned in one loop.
 *
 * Points are shared where `parse-latin` copies them: a node's end is the next node's start, and a
 * word's text node has its word's two points. No later step of `parse-latin` or `parse-english`
 * changes a point's fields (they give a position another point), so no value differs, and a tree
 * holds three points fewer per word, over a fifth of its bytes, which is that much less for the garbage
 * collector to copy and mark in a long file. Positions stay one per node, since the merge steps
 * give a word's position a new end and its text's must keep its own. Whatever moves points in
 * place must move each point object once (`move-block.ts` does).
 */
import type {SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {isSurrogate, kindOf, punctuationKind, whiteSpaceKind, wordKind} from './classify.js'

const carriageReturn = 13
const lineFeed = 10
const space = 32

/** Slots of the word table: a power of two. */
const wordSlots = 1 << 16
/**
 * Longest word the table keeps. V8 copies a slice shorter than 13 code units, but a longer one is a
 * view of the whole text, so the table would keep a document alive for one word of it.
 */
const longestShared = 12
/**
 * Recent words by a hash of their code units, one per slot (a newer word takes its slot). A word's
 * text is the string of an earlier occurrence when the slot holds it, so a long file keeps one
 * string per common word instead of one per occurrence: the table's strings have left the young
 * generation, and each new one would have been copied out of it twice. It holds at most 65,536
 * strings of at most 12 code units, across lints.
 */
const words: string[] = new Array<string>(wordSlots).fill('')

/** The text of `value` from `from` to `to`, whose hash is `hash`: a string seen before if the table has it. */
function wordText(value: string, from: number, to: number, hash: number): string {
  if (to - from > longestShared) return value.slice(from, to)
  const slot = (hash ^ (hash >>> 16)) & (wordSlots - 1)
  const known = words[slot]!
  if (known.length === to - from && value.startsWith(known, from)) return known
  const text = value.slice(from, to)
  words[slot] = text
  return text
}

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

  // Nodes are built as `parse-latin`'s `createNode` builds them: the same fields in the same order.
  while (index < length) {
    const from = index
    let code = value.charCodeAt(index++)
    const kind = kindOf(code)

    if (kind === wordKind) {
      let hash = code
      while (index < length) {
        const next = value.charCodeAt(index)
        if (kindOf(next) !== wordKind) break
        hash = (Math.imul(hash, 31) + next) | 0
        index++
      }
      column += index - from
      offset += index - from
      const end: Point = {line, column, offset}
      nodes.push({
        type: 'WordNode',
        children: [{type: 'TextNode', value: wordText(value, from, index, hash), position: {start, end}}],
        position: {start, end}
      })
      start = end
    } else if (kind === whiteSpaceKind) {
      if (code === space && (index === length || kindOf(value.charCodeAt(index)) !== whiteSpaceKind)) {
        // Most white space is one space.
        column++
        offset++
        const end: Point = {line, column, offset}
        nodes.push({type: 'WhiteSpaceNode', value: ' ', position: {start, end}})
        start = end
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
      const end: Point = {line, column, offset}
      nodes.push({type: 'WhiteSpaceNode', value: value.slice(from, index), position: {start, end}})
      start = end
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
      const end: Point = {line, column, offset}
      nodes.push(
        kind === punctuationKind
          ? {type: 'PunctuationNode', value: text, position: {start, end}}
          : {type: 'SymbolNode', value: text, position: {start, end}}
      )
      start = end
    }
  }

  return nodes
}
