/**
 * mdast to nlcst, as `mdast-util-to-nlcst` 7 does it (its code, step for step, for what it reads of
 * the tree), with two differences: every token is placed exactly in the file (`place.ts`), and the
 * document is parsed in blocks (`blocks.ts`) instead of as one sentence of every token, whose merge
 * steps cost time quadratic in its length. The trees are the utility's own, node for node, wherever
 * its positions were right (`test/reliability/markup.test.ts`).
 */
import type {Nodes, Parents} from 'mdast'
import type {Root, SentenceContent, WhiteSpace} from 'nlcst'
import type {BlockMemory} from '../cache.js'
import {parseBlocks} from './blocks.js'
import {Place, placedTokens} from './place.js'

const defaultIgnore = ['table', 'tableRow', 'tableCell']
const defaultSource = ['inlineCode']

interface State {
  place: Place
  ignore: ReadonlySet<string>
  source: ReadonlySet<string>
  /** White space made between blocks: where the document may be cut into blocks. */
  breaks: Set<WhiteSpace>
  /** Where the last node read ends, and where its parent ends: the place of a node without a position. */
  cursor: number
  limit: number
}

/** The nlcst tree of `tree`, a Markdown document whose text is `doc`; `ignore`: node types left out. */
export function fromMdast(tree: Nodes, doc: string, ignore: readonly string[], memory?: BlockMemory): Root {
  const state: State = {
    place: new Place(doc),
    ignore: new Set([...defaultIgnore, ...ignore]),
    source: new Set(defaultSource),
    breaks: new Set(),
    cursor: 0,
    limit: doc.length
  }
  const tokens: SentenceContent[] = []
  one(state, tree, tokens)
  return parseBlocks(tokens, {doc, breaks: state.breaks, memory, kind: 'markdown'})
}

function one(state: State, node: Nodes, out: SentenceContent[]): void {
  if (state.ignore.has(node.type)) return
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) {
    // GFM's literal autolinks leave the text around a link without a position: it is found in
    // the file after the node before it, within its parent.
    if ('children' in node) all(state, node, out)
    else if (node.type === 'text') {
      const tokens = placedTokens(state.place, node.value, state.cursor, state.place.point(state.cursor), state.limit)
      push(out, tokens)
      if (tokens.length > 0) state.cursor = tokens[tokens.length - 1]!.position!.end.offset ?? state.cursor
    }
    return
  }
  const start = position.start.offset
  const end = position.end.offset
  state.cursor = end
  if (state.source.has(node.type)) {
    out.push({type: 'SourceNode', value: state.place.doc.slice(start, end), position: {start: {...position.start}, end: {...position.end}}})
  } else if ('children' in node) {
    const limit = state.limit
    state.limit = end
    state.cursor = start
    all(state, node, out)
    state.limit = limit
    state.cursor = end
  } else if (node.type === 'image' || node.type === 'imageReference') {
    // The alternative text starts after `![`.
    if (node.alt) push(out, placedTokens(state.place, node.alt, start + 2, state.place.point(start + 2), end))
  } else if (node.type === 'break') {
    out.push({type: 'WhiteSpaceNode', value: '\n', position: {start: {...position.start}, end: {...position.end}}})
  } else if (node.type === 'text') {
    push(out, placedTokens(state.place, node.value, start, {...position.start}, end))
  }
}

function all(state: State, parent: Parents, out: SentenceContent[]): void {
  let end: NonNullable<Nodes['position']>['end'] | undefined
  for (const child of parent.children) {
    const start = child.position?.start
    if (end && start && start.line !== end.line) {
      // Children on different lines are different blocks: as many line endings, and at least two,
      // so that a paragraph ends there.
      const lineEnding: WhiteSpace = {
        type: 'WhiteSpaceNode',
        value: '\n'.repeat(Math.max(2, start.line - end.line)),
        position: {start: {...end}, end: {...start}}
      }
      state.breaks.add(lineEnding)
      out.push(lineEnding)
    }
    one(state, child, out)
    end = child.position?.end
  }
}

function push(out: SentenceContent[], nodes: SentenceContent[]): void {
  for (const node of nodes) out.push(node)
}
