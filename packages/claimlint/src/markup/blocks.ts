/**
 * The tokens of a Markdown document, or of one HTML paragraph, made into sentences and paragraphs
 * by `parse-english`'s steps, in blocks. `mdast-util-to-nlcst` runs the steps over one sentence of
 * every token of the document; here the tokens are cut where no step reaches across (the rule
 * `parse-text.ts` cuts plain text by: white space holding a blank line, after a word and a terminal
 * mark, before a capitalised word), and each block runs the steps alone. The tree is the same; the
 * cost grows with the longest block, not the document, and an editor's re-lint reuses every block
 * whose text and tokens it had in its last tree (`cache.ts`).
 */
import {tokenize as tokenizeSentence} from '@claimlint/core'
import type {Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Block, BlockMemory} from '../cache.js'
import {ProseParser} from '../latin/block-parser.js'
import {moveBlock} from '../move-block.js'
import {maxSentenceChildren} from '../parse-text.js'

/** The steps, from the parser claimlint parses every format with. */
const steps = new ProseParser()

// From `mdast-util-to-nlcst`: what ends a sentence and what ends a paragraph.
const terminalMarker = /^([!.?\u2026\u203D]+)$/
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/
const lineBreak = /\r\n|\r|\n/

interface Options {
  doc: string
  /** White space that may be cut at (Markdown: made between blocks); by default any holding a blank line. */
  breaks?: ReadonlySet<WhiteSpace> | undefined
  memory?: BlockMemory | undefined
  kind: 'markdown' | 'html'
}

/** A Markdown document's tokens as a root (what `mdast-util-to-nlcst`'s `sentenceContentToRoot` makes). */
export function parseBlocks(tokens: SentenceContent[], options: Options): Root {
  if (tokens.length === 0) return {type: 'RootNode', children: []}
  const children = blocksOf(tokens, options, rootChildren)
  return {type: 'RootNode', children, position: {start: {...tokens[0]!.position!.start}, end: {...tokens[tokens.length - 1]!.position!.end}}}
}

/** One HTML paragraph's tokens as a paragraph (what `hast-util-to-nlcst`'s `add` makes). */
export function parseParagraph(tokens: SentenceContent[], options: Options): Paragraph {
  const children = blocksOf(tokens, options, paragraphChildren) as Paragraph['children']
  return {type: 'ParagraphNode', children, position: {start: {...tokens[0]!.position!.start}, end: {...tokens[tokens.length - 1]!.position!.end}}}
}

type Make = (tokens: SentenceContent[]) => RootContent[]

function blocksOf(tokens: SentenceContent[], options: Options, make: Make): RootContent[] {
  const out: RootContent[] = []
  let from = 0
  for (let index = 2; index < tokens.length - 1; index++) {
    if (!isCut(tokens, index, options.breaks)) continue
    block(tokens, from, index, options, make, out)
    out.push(tokens[index] as WhiteSpace)
    from = index + 1
  }
  block(tokens, from, tokens.length, options, make, out)
  return out
}

/** Whether the white space at `index` ends a block: a blank line after `x.` and before `Xy`. */
function isCut(tokens: SentenceContent[], index: number, breaks: ReadonlySet<WhiteSpace> | undefined): boolean {
  const node = tokens[index]!
  if (node.type !== 'WhiteSpaceNode') return false
  if (breaks ? !breaks.has(node) : node.value.split(lineBreak).length < 3) return false
  const mark = tokens[index - 1]!
  const word = tokens[index - 2]!
  const next = tokens[index + 1]!
  return (
    mark.type === 'PunctuationNode' &&
    (mark.value === '.' || mark.value === '!' || mark.value === '?') &&
    word.type === 'WordNode' &&
    /[\p{Ll}\d]$/u.test(word.children[word.children.length - 1]!.value) &&
    next.type === 'WordNode' &&
    /^\p{Lu}\p{Ll}/u.test(next.children[0]!.value)
  )
}

/** Parse the tokens from `from` to `to` (or take the block from the memory) and add its nodes to `out`. */
function block(tokens: SentenceContent[], from: number, to: number, options: Options, make: Make, out: RootContent[]): void {
  if (to <= from) return
  const start = tokens[from]!.position!.start
  const memory = options.memory
  let key: string | undefined
  if (memory) {
    key = keyOf(tokens, from, to, options)
    const known = memory.previous.get(key)
    if (known) {
      // Taken, so that the same block twice in a file is not one set of nodes.
      memory.previous.delete(key)
      moveBlock(known, start)
      memory.next.set(key, known)
      for (const node of known.children) out.push(node)
      return
    }
  }
  const children = make(tokens.slice(from, to))
  tokenizeSentences(children)
  if (memory && key !== undefined) {
    const made: Block = {children, start: {line: start.line, column: start.column, offset: start.offset ?? 0}}
    memory.next.set(key, made)
  }
  for (const node of children) out.push(node)
}

/** A block's text in the file and its tokens' values: equal keys make equal trees, moved. */
function keyOf(tokens: SentenceContent[], from: number, to: number, options: Options): string {
  const first = tokens[from]!.position!.start.offset ?? 0
  const last = tokens[to - 1]!.position!.end.offset ?? 0
  let key = `${options.kind}\u0000${options.doc.slice(first, last)}\u0000`
  for (let index = from; index < to; index++) {
    const node = tokens[index]!
    key += `${node.type === 'WordNode' ? node.children[0]!.value : node.value}\u0001${(node.position!.start.offset ?? 0) - first}\u0001`
  }
  return key
}

function sentenceOf(tokens: SentenceContent[]): Sentence {
  const sentence: Sentence = {type: 'SentenceNode', children: tokens}
  const start = tokens[0]!.position?.start
  const end = tokens[tokens.length - 1]!.position?.end
  if (start && end) sentence.position = {start, end}
  for (const step of steps.tokenizeSentencePlugins) step(sentence)
  return sentence
}

/** Sentence steps, then paragraph steps (`sentenceContentToRoot` and `add`). */
function paragraphOf(tokens: SentenceContent[]): Paragraph {
  const start = tokens[0]!.position?.start
  const end = tokens[tokens.length - 1]!.position?.end
  const sentence = sentenceOf(tokens)
  const paragraph: Paragraph = {type: 'ParagraphNode', children: split(sentence, 'PunctuationNode', terminalMarker) as Sentence[]}
  if (start && end) paragraph.position = {start: {...start}, end: {...end}}
  for (const step of steps.tokenizeParagraphPlugins) step(paragraph)
  return paragraph
}

function paragraphChildren(tokens: SentenceContent[]): RootContent[] {
  return paragraphOf(tokens).children
}

function rootChildren(tokens: SentenceContent[]): RootContent[] {
  const start = tokens[0]!.position?.start
  const end = tokens[tokens.length - 1]!.position?.end
  const paragraph = paragraphOf(tokens)
  const root: Root = {type: 'RootNode', children: split(paragraph, 'WhiteSpaceNode', newLine) as Paragraph[]}
  if (start && end) root.position = {start: {...start}, end: {...end}}
  for (const step of steps.tokenizeRootPlugins) step(root)
  return root.children
}

type Parent = Sentence | Paragraph

/** `mdast-util-to-nlcst`'s `splitNode`: `node` cut after each child of `type` matching `expression`. */
function split(node: Parent, type: string, expression: RegExp): Parent[] {
  const result: Parent[] = []
  const children = node.children as Array<Sentence['children'][number] | Paragraph['children'][number]>
  let start = 0
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!
    if (index === children.length - 1 || (token.type === type && expression.test(textOf(token)))) {
      const parent = {type: node.type, children: children.slice(start, index + 1)} as Parent
      const first = children[start]!
      if (first.position && token.position) parent.position = {start: first.position.start, end: token.position.end}
      result.push(parent)
      start = index + 1
    }
  }
  return result
}

/** The text of a sentence's or paragraph's child (`nlcst-to-string`). */
function textOf(node: {value?: string; children?: unknown[]}): string {
  if (typeof node.value === 'string') return node.value
  let text = ''
  for (const child of (node.children ?? []) as Array<{value?: string; children?: unknown[]}>) text += textOf(child)
  return text
}

/**
 * Make the token lists of a block's sentences now, while its nodes are fresh in the processor's
 * cache (as `parse-text.ts` does for plain text).
 */
function tokenizeSentences(children: readonly RootContent[]): void {
  for (const child of children) {
    if (child.type === 'SentenceNode') {
      if (child.children.length <= maxSentenceChildren) tokenizeSentence(child)
    } else if (child.type === 'ParagraphNode') tokenizeSentences(child.children)
  }
}
