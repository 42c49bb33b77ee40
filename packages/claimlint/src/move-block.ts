/**
 * A block of an earlier parse, placed where the same text now stands in the edited file. The
 * nodes are copied, never changed: a tree from an earlier lint (and the messages and ledgers made
 * from it) stays as it was. A block that has not moved is used as it is.
 */
import type {RootContent, Sentence} from 'nlcst'
import type {Point} from 'unist'
import {moveTokens} from '@claimlint/core'
import type {Block} from './cache.js'

interface Move {
  /** Line of the block's first line in the earlier parse: only points on it change column. */
  firstLine: number
  lines: number
  columns: number
  offset: number
}

type AnyNode = {type: string; position?: {start: Point; end: Point} | undefined; children?: AnyNode[]}

/** The nodes of `block` as they stand when the block starts at `start`. */
export function moveBlock(block: Block, start: Point): RootContent[] {
  const from = block.start
  const move: Move = {firstLine: from.line, lines: start.line - from.line, columns: start.column - from.column, offset: (start.offset ?? 0) - (from.offset ?? 0)}
  if (move.lines === 0 && move.columns === 0 && move.offset === 0) return block.children
  return block.children.map((child) => moveNode(child as AnyNode, move) as RootContent)
}

function moveNode(node: AnyNode, move: Move): AnyNode {
  const copy: AnyNode = {...node}
  if (node.position) copy.position = {start: movePoint(node.position.start, move), end: movePoint(node.position.end, move)}
  if (node.children) copy.children = node.children.map((child) => moveNode(child, move))
  // The sentence keeps its tokens and what is cached on them, moved with it.
  if (node.type === 'SentenceNode') moveTokens(node as unknown as Sentence, copy as unknown as Sentence, move.offset)
  return copy
}

function movePoint(point: Point, move: Move): Point {
  return {
    line: point.line + move.lines,
    column: point.line === move.firstLine ? point.column + move.columns : point.column,
    offset: (point.offset ?? 0) + move.offset
  }
}
