/**
 * The text of a node, as `nlcst-to-string` gives it, for the hand-written steps: a word's children
 * are all literals, so their values joined are its text.
 */
import type {SentenceContent, Word} from 'nlcst'

/** The text of a word. */
export function wordText(word: Word): string {
  const children = word.children
  if (children.length === 1) return children[0]!.value
  let value = ''
  for (const child of children) value += child.value
  return value
}

/** The text of a sentence's child. */
export function contentText(node: SentenceContent): string {
  return node.type === 'WordNode' ? wordText(node) : node.value
}
