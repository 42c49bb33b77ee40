/**
 * A block of an earlier tree, moved in place to where the same text now stands in the edited file:
 * every point of its nodes and every token of its sentences. The block belongs to the cache (its
 * lint has ended, see `cache.ts`), so nothing else reads it while it moves. Moving in place, rather
 * than copying, keeps a re-lint from allocating a new tree: the garbage of one keystroke is that of
 * the paragraph it changed.
 */
import {shiftTokens} from '@claimlint/core'
import type {Sentence} from 'nlcst'
import type {Point} from 'unist'
import type {Block} from './cache.js'

interface AnyNode {
  type: string
  children?: AnyNode[]
  position?: {start: Point; end: Point}
}

/** Move `block` so that it starts at `start`. */
export function moveBlock(block: Block, start: Point): void {
  const from = block.start
  const offset = (start.offset ?? 0) - (from.offset ?? 0)
  const lines = start.line - from.line
  const columns = start.column - from.column
  if (offset === 0 && lines === 0 && columns === 0) return
  if (!block.points || !block.sentences) collect(block)
  const firstLine = from.line
  for (const point of block.points!) {
    // Only points on the block's first line share it with what came before.
    if (point.line === firstLine) point.column += columns
    point.line += lines
    point.offset = (point.offset ?? 0) + offset
  }
  for (const sentence of block.sentences!) shiftTokens(sentence, offset)
  block.start = {line: start.line, column: start.column, offset: start.offset ?? 0}
}

/** The distinct point objects of a block (nodes share them, see `latin/tokenize.ts`) and its sentences. */
function collect(block: Block): void {
  const points = new Set<Point>()
  const sentences: Sentence[] = []
  const visit = (node: AnyNode): void => {
    if (node.position) {
      points.add(node.position.start)
      points.add(node.position.end)
    }
    if (node.type === 'SentenceNode') sentences.push(node as unknown as Sentence)
    if (node.children) for (const child of node.children) visit(child)
  }
  for (const child of block.children as unknown as AnyNode[]) visit(child)
  block.points = [...points]
  block.sentences = sentences
}
