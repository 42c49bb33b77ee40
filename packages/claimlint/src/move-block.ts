/**
 * A block of an earlier parse, placed where the same text now stands in the edited file. The
 * nodes are copied, never changed: a tree from an earlier lint (and the messages and ledgers made
 * from it) stays as it was. A block that has not moved is used as it is.
 */
import type {RootContent, Sentence} from 'nlcst'
import type {Point} from 'unist'
import {moveTokens} from '@claimlint/core'
import type {Block} from './cache.js'

/** The fields a node of `parse-latin` has. */
interface AnyNode {
  type: string
  value?: string
  children?: AnyNode[]
  position?: {start: Point; end: Point}
}

/** The nodes of `block` as they stand when the block starts at `start`. */
export function moveBlock(block: Block, start: Point): RootContent[] {
  const from = block.start
  if (start.line === from.line && start.column === from.column && start.offset === from.offset) return block.children
  const mover = new Mover(from, start)
  return block.children.map((child) => mover.node(child as unknown as AnyNode) as unknown as RootContent)
}

/**
 * Copies nodes to their new place. Copying is most of what a cached re-lint spends on parsing, so
 * the copies are literals of one shape each, and a point is made once for all nodes meeting at the
 * same offset (a word, its text and the space after it), in document order.
 */
class Mover {
  /** Line of the block's first line in the earlier parse: only points on it change column. */
  readonly #firstLine: number
  readonly #lines: number
  readonly #columns: number
  readonly #offset: number
  #lastOffset = -1
  #lastPoint: Point | undefined

  constructor(from: Point, to: Point) {
    this.#firstLine = from.line
    this.#lines = to.line - from.line
    this.#columns = to.column - from.column
    this.#offset = (to.offset ?? 0) - (from.offset ?? 0)
  }

  node(node: AnyNode): AnyNode {
    const start = node.position && this.#point(node.position.start)
    let copy: AnyNode
    if (node.children) {
      const children: AnyNode[] = new Array(node.children.length)
      for (let index = 0; index < children.length; index++) children[index] = this.node(node.children[index]!)
      copy = {type: node.type, children}
      // The sentence keeps its tokens and what is cached on them, moved with it.
      if (node.type === 'SentenceNode') moveTokens(node as unknown as Sentence, copy as unknown as Sentence, this.#offset)
    } else copy = {type: node.type, value: node.value!}
    if (start) copy.position = {start, end: this.#point(node.position!.end)}
    return copy
  }

  #point(point: Point): Point {
    const offset = (point.offset ?? 0) + this.#offset
    if (offset === this.#lastOffset) return this.#lastPoint!
    this.#lastOffset = offset
    this.#lastPoint = {line: point.line + this.#lines, column: point.line === this.#firstLine ? point.column + this.#columns : point.column, offset}
    return this.#lastPoint
  }
}
