/**
 * Plain text to nlcst in linear time. `parse-english` tokenizes a whole document as one sentence
 * before splitting it, and its merge steps splice arrays, so one call on a long document costs time
 * quadratic in its length (a 250,000-word file takes ten times longer per word than a 25,000-word
 * one). Blank lines always end a paragraph in `parse-english`, so the document is cut at blank lines
 * and each block is parsed alone by `latin/block-parser.ts`, which makes its tokens in their place in
 * the whole file. The tree is the one `new ParseEnglish().parse(doc)` builds
 * (`test/reliability/parse-text.test.ts` checks it on real prose and on generated text), at a cost
 * that grows with the length of the longest block, not of the file.
 */
import {tokenize} from '@claimlint/core'
import type {Root, RootContent} from 'nlcst'
import type {BlockMemory} from './cache.js'
import {BlockParser} from './latin/block-parser.js'
import {kindOf, whiteSpaceKind} from './latin/classify.js'
import {moveBlock} from './move-block.js'

type Position = NonNullable<Root['position']>
type Point = Position['start']

/** Whitespace as `parse-latin` classifies it. */
function isWhiteSpace(code: number): boolean {
  return kindOf(code) === whiteSpaceKind
}

/** A whitespace token `parse-latin` splits paragraphs at (its `newLine` expression). */
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/
const lineBreaks = /\r\n|\r|\n/g

/** The start of a file. */
const origin: Point = {line: 1, column: 1, offset: 0}

/**
 * Where the next blank line (two line breaks with only spaces and tabs between) starts, at or after
 * `from`, or -1: where `/(?:\r\n|\r|\n)[\t ]*(?:\r\n|\r|\n)/g` would match (so also at any CRLF,
 * the expression reading it as two breaks), without a match object per blank line. A candidate is
 * then widened to its whole run of white space, so only the run it falls in matters.
 */
function nextBlankLine(doc: string, from: number): number {
  for (let index = from; index < doc.length; index++) {
    const code = doc.charCodeAt(index)
    if (code !== 10 && code !== 13) continue
    if (code === 13 && doc.charCodeAt(index + 1) === 10) return index
    let after = index + 1
    while (after < doc.length && (doc.charCodeAt(after) === 32 || doc.charCodeAt(after) === 9)) after++
    const next = doc.charCodeAt(after)
    if (next === 10 || next === 13) return index
  }
  return -1
}

/**
 * Make the token lists of a block's sentences now, while its nodes are fresh in the processor's
 * cache: the ledger and the rules read every sentence's tokens (see `tokenize`), and making them
 * later, from a tree that has left the cache, cost a large file more per word than a small one.
 */
export function tokenizeSentences(children: readonly RootContent[]): void {
  for (const child of children) {
    if (child.type !== 'ParagraphNode') continue
    for (const sentence of child.children) {
      if (sentence.type === 'SentenceNode' && sentence.children.length <= maxSentenceChildren) tokenize(sentence)
    }
  }
}

/** Blocks shorter than this are not worth cutting further (keeps small files on the plain path). */
const minimumBlock = 4096

/**
 * Across a blank line, `parse-english` still lets some steps reach into the next block (a sentence
 * opening in lower case or with a lone mark is merged into the one before, and a full stop in the
 * merged sentence then joins its word). Cut only where that cannot happen: a word, a terminal mark,
 * the blank line, and a capitalised word.
 */
function safeCut(doc: string, from: number, to: number): boolean {
  return /^\p{Lu}\p{Ll}/u.test(doc.slice(to, to + 2)) && /[\p{Ll}\d][.!?]$/u.test(doc.slice(from - 2, from))
}

/**
 * Parse plain text like `new ParseEnglish().parse(doc)`, in linear time for long documents. With a
 * block memory (see `cache.ts`), every safe blank line is a cut, and a block whose text the last
 * tree of the document had is moved to its new place instead of parsed again.
 */
export function parseText(doc: string, memory?: BlockMemory): Root {
  const minimum = memory ? 0 : minimumBlock
  if (!memory && doc.length <= minimumBlock * 2) return new BlockParser(origin).parse(doc)
  const children: RootContent[] = []
  let blockStart = 0
  let line = 1
  let column = 1
  // Where the current block starts, as a point in the file.
  let startPoint: Point = {line: 1, column: 1, offset: 0}

  const flush = (end: number): void => {
    if (end <= blockStart) return
    const text = doc.slice(blockStart, end)
    let block = memory?.previous.get(text)
    if (block) {
      // Taken, so that the same paragraph twice in a file is not one set of nodes.
      memory!.previous.delete(text)
      moveBlock(block, startPoint)
    } else {
      block = {children: new BlockParser(startPoint).parse(text).children, start: {...startPoint}}
      tokenizeSentences(block.children)
    }
    for (const child of block.children) children.push(child)
    memory?.next.set(text, block)
  }

  // Candidates are blank lines; each is widened to its whole run of white space, which is the
  // token parse-english makes of it.
  let searchFrom = minimum
  let scanned = 0
  for (let found = nextBlankLine(doc, searchFrom); found !== -1; found = nextBlankLine(doc, searchFrom)) {
    let from = found
    let to = found + 1
    while (from > 0 && isWhiteSpace(doc.charCodeAt(from - 1))) from--
    while (to < doc.length && isWhiteSpace(doc.charCodeAt(to))) to++
    searchFrom = to
    if (from - blockStart < minimum) {
      searchFrom = Math.max(to, blockStart + minimum)
      continue
    }
    const run = doc.slice(from, to)
    if (!newLine.test(run) || !safeCut(doc, from, to)) continue
    const breaks = run.match(lineBreaks)
    if (!breaks || breaks.length < 2) continue
    // Track line and column up to the run.
    const advance = (until: number): void => {
      for (let index = scanned; index < until; index++) {
        const char = doc.charCodeAt(index)
        if (char === 13 || (char === 10 && doc.charCodeAt(index - 1) !== 13)) {
          line++
          column = 1
        } else if (char !== 10) column++
      }
      scanned = until
    }
    flush(from)
    advance(from)
    const runStart: Point = {line, column, offset: from}
    advance(to)
    children.push({type: 'WhiteSpaceNode', value: run, position: {start: runStart, end: {line, column, offset: to}}})
    blockStart = to
    startPoint = {line, column, offset: to}
  }
  flush(doc.length)
  if (children.length === 0) return new BlockParser(origin).parse(doc)
  const first = children[0]!.position!.start
  const last = children[children.length - 1]!.position!.end
  return {type: 'RootNode', children, position: {start: {...first}, end: {...last}}}
}

/**
 * Most children a sentence keeps (words, spaces and marks: about 500 words). No real sentence comes
 * near it; a file that is one endless sentence (a hostile or broken input) is cut into sentences of
 * at most this size at spaces, so every rule's work per sentence stays bounded and the whole lint
 * stays linear in the size of the file.
 */
export const maxSentenceChildren = 1000

type Paragraph = Extract<RootContent, {type: 'ParagraphNode'}>
type Sentence = Extract<Paragraph['children'][number], {type: 'SentenceNode'}>
type Parent = {children: Array<{type: string; children?: unknown}>}

/** Cut over-long sentences anywhere in a tree (in place); returns the tree. */
export function boundSentences<T extends {children: unknown[]}>(tree: T): T {
  const visit = (node: Parent): void => {
    let long = false
    for (const child of node.children) {
      if (child.type === 'SentenceNode') {
        if ((child as unknown as Sentence).children.length > maxSentenceChildren) long = true
      } else if (Array.isArray(child.children)) visit(child as unknown as Parent)
    }
    if (!long) return
    const children: Array<{type: string}> = []
    for (const child of node.children) {
      if (child.type === 'SentenceNode' && (child as unknown as Sentence).children.length > maxSentenceChildren) children.push(...cut(child as unknown as Sentence))
      else children.push(child)
    }
    node.children = children as Parent['children']
  }
  visit(tree as unknown as Parent)
  return tree
}

function cut(sentence: Sentence): Array<Sentence | Sentence['children'][number]> {
  const out: Array<Sentence | Sentence['children'][number]> = []
  const all = sentence.children
  let from = 0
  while (from < all.length) {
    let to = Math.min(all.length, from + maxSentenceChildren)
    if (to < all.length) {
      // Cut at the last space of the window, if there is one in its second half.
      let space = to - 1
      while (space > from + maxSentenceChildren / 2 && all[space]!.type !== 'WhiteSpaceNode') space--
      if (all[space]!.type === 'WhiteSpaceNode') to = space
    }
    const part = all.slice(from, to)
    const first = part[0]!.position
    const last = part[part.length - 1]!.position
    const piece: Sentence = {type: 'SentenceNode', children: part}
    if (first && last) piece.position = {start: first.start, end: last.end}
    out.push(piece)
    if (to < all.length && all[to]!.type === 'WhiteSpaceNode') {
      out.push(all[to]!)
      to++
    }
    from = to
  }
  return out
}
