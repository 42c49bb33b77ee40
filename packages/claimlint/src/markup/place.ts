/**
 * Tokens of a Markdown or HTML text node, each placed where its characters stand in the file. A
 * text node's value is its stretch of the file with markup removed: Markdown drops the spaces that
 * end or start a line of a paragraph, quote and list markers, backslashes of escapes; both formats
 * decode character references (`&amp;`). `mdast-util-to-nlcst` and `hast-util-to-nlcst` place a
 * node's tokens as if the value were the file's text, so every token after such markup is shifted
 * (a line ending with a space moved every column of the next line by one). Here a value that is its
 * stretch of the file, the common case, is tokenized in place; any other is aligned with its stretch
 * character by character first.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {tokenize} from '../latin/tokenize.js'

/** Lines and columns of offsets in one file. */
export class Place {
  readonly doc: string
  #lineStarts: number[] | undefined

  constructor(doc: string) {
    this.doc = doc
  }

  /** The point at `offset` (`\r\n`, `\r` and `\n` each end a line). */
  point(offset: number): Point {
    const starts = (this.#lineStarts ??= lineStarts(this.doc))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }
}

function lineStarts(doc: string): number[] {
  const starts = [0]
  for (let index = 0; index < doc.length; index++) {
    const code = doc.charCodeAt(index)
    if (code === 10 || (code === 13 && doc.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return starts
}

const origin: Point = {line: 1, column: 1, offset: 0}

/** How far past the last matched character markup may reach (quote and list markers, indents, references). */
const window = 256

/**
 * The tokens of `value`, the text of the file from offset `from` (at point `start`) to `to` with
 * markup removed. Words, marks and symbols span exactly their characters in the file; white space
 * spans the markup around it too.
 */
export function placedTokens(place: Place, value: string, from: number, start: Point, to: number): SentenceContent[] {
  if (to - from === value.length && place.doc.startsWith(value, from)) return tokenize(value, start)
  const nodes = tokenize(value, origin)
  const {starts, ends} = align(place.doc, from, to, value)
  const length = value.length
  for (const node of nodes) {
    const a = node.position!.start.offset!
    const b = node.position!.end.offset!
    let startOffset: number
    let endOffset: number
    if (node.type === 'WhiteSpaceNode') {
      startOffset = a === 0 ? from : ends[a - 1]!
      endOffset = b === length ? to : starts[b]!
    } else {
      startOffset = starts[a]!
      endOffset = ends[b - 1]!
    }
    const position = {start: place.point(startOffset), end: place.point(Math.max(startOffset, endOffset))}
    node.position = position
    if (node.type === 'WordNode') for (const child of node.children) child.position = {start: position.start, end: position.end}
  }
  return nodes
}

const reference = /&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{0,31});?/y

/** What a character reference at `at` decodes to, and its length, if one starts there. */
function referenceAt(doc: string, at: number): {text: string; length: number} | undefined {
  reference.lastIndex = at
  const match = reference.exec(doc)
  if (!match) return undefined
  const name = match[1]!
  let text: string | false
  if (name.charCodeAt(0) === 35) {
    const code = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88 ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    text = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
  } else text = decodeNamedCharacterReference(name)
  return text ? {text, length: match[0].length} : undefined
}

/**
 * For each code unit of `value`, where in the file (between `from` and `to`) the characters it
 * came from start and end: the same character, a character reference, or a line ending (`\r\n`
 * and a lone `\r` are read as `\n` by HTML). Anything between is markup. A character with no
 * source within reach (a parser's own replacement) gets an empty span where the last one ended.
 */
function align(doc: string, from: number, to: number, value: string): {starts: Int32Array; ends: Int32Array} {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let at = from
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let found = false
    const limit = Math.min(to, at + window)
    for (let probe = at; probe < limit; probe++) {
      const source = doc.charCodeAt(probe)
      if (source === 38) {
        const decoded = referenceAt(doc, probe)
        if (decoded && decoded.length > 1 && value.startsWith(decoded.text, index)) {
          for (let part = 0; part < decoded.text.length; part++) {
            starts[index + part] = probe
            ends[index + part] = probe + decoded.length
          }
          index += decoded.text.length - 1
          at = probe + decoded.length
          found = true
          break
        }
      }
      if (source === code) {
        starts[index] = probe
        ends[index] = probe + 1
        at = probe + 1
        found = true
        break
      }
      if (code === 10 && source === 13) {
        const end = doc.charCodeAt(probe + 1) === 10 ? probe + 2 : probe + 1
        starts[index] = probe
        ends[index] = end
        at = end
        found = true
        break
      }
    }
    if (!found) {
      starts[index] = at
      ends[index] = at
    }
  }
  return {starts, ends}
}
