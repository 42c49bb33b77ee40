/**
 * `parse-latin`'s costliest paragraph steps, rewritten as plain loops over the same nodes in the same
 * order (see `sentence-plugins.ts` for why). `latin-tokenize.test.ts` checks the whole tree against
 * `parse-english`.
 */
import type {Paragraph, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import {terminalMarker} from './expressions.js'
import {contentText} from './text.js'

const lineBreak = /\r\n|\r|\n/

/**
 * Whether white space holds two line breaks or more (`\r\n` is one), as `parse-latin` tests it:
 * splitting at line breaks gives three parts or more. A single character cannot, and most white
 * space is a single space, so the split is left for longer runs.
 */
function isBlank(value: string): boolean {
  return value.length > 1 && value.split(lineBreak).length > 2
}

/** `parse-latin` `breakImplicitSentences`: a sentence is cut where it holds a blank line. */
export function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    // The first and last child are never a cut.
    let position = 0
    while (++position < children.length - 1) {
      const node = children[position]!
      if (node.type !== 'WhiteSpaceNode' || !isBlank(node.value)) continue
      child.children = children.slice(0, position)
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]!
      const head = children[position + 1]!
      siblings.splice(index + 1, 0, node as WhiteSpace, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      // The step returns `index + 1`, the next node, where the loop goes anyway.
      break
    }
  }
}

/**
 * `parse-latin` `mergeRemainingFullStops`: a full stop that does not end its sentence joins the word
 * before it, or else the word after it.
 */
export function mergeRemainingFullStops(paragraph: Paragraph): void {
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'SentenceNode') continue
    const grandchildren = child.children
    let position = grandchildren.length
    let hasFoundDelimiter = false
    let grandchild: SentenceContent | undefined
    while ((grandchild = grandchildren[--position])) {
      if (grandchild.type !== 'SymbolNode' && grandchild.type !== 'PunctuationNode') {
        // A sentence without a terminal marker: behave as if one was found.
        if (grandchild.type === 'WordNode') hasFoundDelimiter = true
        continue
      }
      if (!terminalMarker.test(grandchild.value)) continue
      // The last terminal marker stays.
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true
        continue
      }
      if (grandchild.value !== '.') continue
      const previous = grandchildren[position - 1]
      const next = grandchildren[position + 1]
      if (previous && previous.type === 'WordNode') {
        const nextNext = grandchildren[position + 2]
        // Not in `{.} .`.
        if (next && nextNext && next.type === 'WhiteSpaceNode' && contentText(nextNext) === '.') continue
        grandchildren.splice(position, 1)
        previous.children.push(grandchild)
        if (grandchild.position && previous.position) previous.position.end = grandchild.position.end
        position--
      } else if (next && next.type === 'WordNode') {
        grandchildren.splice(position, 1)
        next.children.unshift(grandchild)
        if (grandchild.position && next.position) next.position.start = grandchild.position.start
      }
    }
  }
}
