/**
 * `parse-latin`'s `patchPosition` without visiting every child: it only ever reads the first and the
 * last child, giving a parent without a start the start of its first child and one without an end
 * the end of its last (the same point objects, shared).
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Position} from 'unist'

export function patchPosition(node: Root | Paragraph | Sentence): void {
  const children = node.children
  if (children.length === 0) return
  const first = children[0]!.position
  if (first && !node.position?.start) {
    node.position ??= {} as Position
    node.position.start = first.start
  }
  const last = children[children.length - 1]!.position
  if (last && !node.position?.end) {
    node.position ??= {} as Position
    node.position.end = last.end
  }
}
