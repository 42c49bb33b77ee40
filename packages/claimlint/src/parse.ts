/**
 * One parser for every format: Markdown and HTML are read by the utilities remark-parse and
 * rehype-parse use and become nlcst as remark-retext and rehype-retext make it, with every position
 * exact in the original file and in blocks (`markup/`); plain text is parsed directly. Front matter, code, tables and raw HTML are not prose and are left out. The
 * source tree (mdast or hast) is kept on `file.data.claimlintSource` for comment-based control.
 */
import type {Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Root as MdastRoot} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {BlockMemory, LintCache} from './cache.js'
import {formatOf, type Format} from './format.js'
import {checkSize, decodeText, overNested, refuse, type MaxSize} from './limits.js'
import {fromHast} from './markup/from-hast.js'
import {fromMdast} from './markup/from-mdast.js'
import {markdownSyntax} from './markup/syntax.js'
import {boundSentences, parseText} from './parse-text.js'
import {runLast} from './run-last.js'

declare module 'vfile' {
  interface DataMap {
    /** The format the file was read as and its Markdown or HTML tree. */
    claimlintSource: {format: 'markdown'; tree: MdastRoot} | {format: 'html'; tree: HastRoot} | {format: 'text'; tree: undefined}
  }
}

export interface ParseOptions {
  /** Force a format; by default the file's extension decides (`text` when unknown). */
  format?: Format | null | undefined
  /** Largest file to lint, in bytes (default 5 MB; `0` for no limit); a larger file gets one message. */
  maxSize?: MaxSize
  /** Blocks kept from earlier lints of the same documents (every format), to re-lint edits quickly. */
  cache?: LintCache | null | undefined
}


/**
 * Parse a document of any supported format into nlcst. A document the parsers cannot read in
 * reasonable time or stack (thousands of nested blockquotes or lists, a paragraph of millions of
 * words in Markdown) gets one fatal `unreadable` message and an empty tree, never an exception.
 */
export function parseDocument(doc: string, file: VFile, format: Format, memory?: BlockMemory): Root {
  if (format === 'markdown') {
    const deep = overNested(doc)
    if (deep) {
      refuse(file, `line ${deep.line} is nested deeper than any article (${deep.prefix} characters of quote and list markers)`, {line: deep.line, column: 1})
      return {type: 'RootNode', children: []}
    }
  }
  try {
    return parseFormat(doc, file, format, memory)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    refuse(file, `it is too deeply nested or has too long a block to parse (${error.message})`)
    return {type: 'RootNode', children: []}
  }
}

function parseFormat(doc: string, file: VFile, format: Format, memory: BlockMemory | undefined): Root {
  if (format === 'markdown') {
    const tree = fromMarkdown(doc, markdownSyntax(doc))
    file.data.claimlintSource = {format, tree}
    return boundSentences(fromMdast(tree, doc, proseIgnore, memory))
  }
  if (format === 'html') {
    const tree = fromHtml(doc, {})
    file.data.claimlintSource = {format, tree}
    // An empty or blank document has no positions: no prose.
    if (!tree.position) return {type: 'RootNode', children: []}
    return boundSentences(fromHast(tree, doc, memory))
  }
  file.data.claimlintSource = {format, tree: undefined}
  return boundSentences(parseText(doc, memory))
}

/**
 * The prose of a Markdown tree as nlcst (front matter, code, raw HTML and tables left out), with the
 * tree kept for message control. Used by the parser and by `remark-claimlint` on remark's own tree.
 */
export function nlcstFromMdast(tree: MdastRoot, file: VFile): Root {
  file.data.claimlintSource = {format: 'markdown', tree}
  return boundSentences(fromMdast(tree, String(file.value ?? ''), proseIgnore))
}

/** Markdown nodes that are not prose. */
const proseIgnore = ['yaml', 'toml', 'code', 'html', 'table', 'definition', 'math', 'inlineMath']

/** The prose of an HTML tree as nlcst, with the tree kept for message control (`rehype-claimlint`). */
export function nlcstFromHast(tree: HastRoot, file: VFile): Root {
  file.data.claimlintSource = {format: 'html', tree}
  // An empty or blank document has no positions: no prose.
  if (!tree.position) return {type: 'RootNode', children: []}
  return boundSentences(fromHast(tree, String(file.value ?? ''), undefined))
}

/** unified parser plugin: Markdown, HTML or text in, nlcst out. */
const claimlintParse: Plugin<[(Readonly<ParseOptions> | null | undefined)?], string, Root> = function (options) {
  const cache = options?.cache
  // The blocks a tree took from the cache go back to it when the tree's lint ends (see `cache.ts`).
  const taken = new WeakMap<VFile, {path: string; memory: BlockMemory}>()
  if (cache) {
    runLast(this, (_tree, file: VFile) => {
      const loan = taken.get(file)
      if (!loan) return
      taken.delete(file)
      cache.close(loan.path, loan.memory)
    })
  }
  this.parser = (doc, file) => {
    // Bytes read from disk: decode them here so that invalid UTF-8 gets a warning, not silence.
    if (file.value instanceof Uint8Array) {
      doc = decodeText(file.value, file)
      file.value = doc
    }
    if (!checkSize(file, options?.maxSize)) return {type: 'RootNode', children: []}
    const format = options?.format ?? formatOf(file.extname)
    let memory: BlockMemory | undefined
    if (cache) {
      const path = file.path ?? ''
      memory = cache.open(path)
      taken.set(file, {path, memory})
    }
    return parseDocument(doc, file, format, memory)
  }
}

export default claimlintParse
