/**
 * `parse-latin`'s costliest paragraph steps, rewritten as plain loops over the same nodes in the same
 * order (see `sentence-plugins.ts` for why). `latin-tokenize.test.ts` checks the whole tree against
 * `parse-english`.
 */
import type {Paragraph, Root, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
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

/**
 * `parse-latin` `breakImplicitSentences`: a sentence is cut where it holds a blank line. The step cuts
 * at the first blank line and then visits the rest as a new sentence, copying the rest at each cut
 * (time quadratic in the number of blank lines a sentence holds, which in Markdown is every heading
 * and list item without a full stop); here every cut of a sentence is made in one pass, giving the
 * same sentences with the same positions.
 */
export function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children
  let out: Paragraph['children'] | undefined
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    const pieces = child.type === 'SentenceNode' ? cutAtBlankLines(child) : undefined
    if (pieces) out ??= siblings.slice(0, index)
    if (out) {
      if (pieces) for (const piece of pieces) out.push(piece)
      else out.push(child)
    }
  }
  if (out) paragraph.children = out
}

/** A sentence cut at its blank lines (the sentence, then white space and sentence in turn), or nothing to cut. */
function cutAtBlankLines(sentence: Sentence): Array<Sentence | WhiteSpace> | undefined {
  const children = sentence.children
  let pieces: Array<Sentence | WhiteSpace> | undefined
  // The piece being cut: its first child, and the sentence node it is.
  let start = 0
  let current = sentence
  const end = sentence.position?.end
  // The first and last child of a piece are never a cut.
  for (let position = 1; position < children.length - 1; position++) {
    const node = children[position]!
    if (position === start || node.type !== 'WhiteSpaceNode' || !isBlank(node.value)) continue
    const insertion: Sentence = {type: 'SentenceNode', children: []}
    const tail = children[position - 1]!
    const head = children[position + 1]!
    pieces ??= [sentence]
    current.children = children.slice(start, position)
    if (current.position && tail.position && head.position && end) {
      current.position.end = tail.position.end
      insertion.position = {start: head.position.start, end}
    }
    pieces.push(node as WhiteSpace, insertion)
    current = insertion
    start = position + 1
  }
  if (!pieces) return undefined
  current.children = children.slice(start)
  return pieces
}

/**
 * `parse-latin` `mergeRemainingFullStops`: a full stop that does not end its sentence joins the word
 * before it, or else the word after it.
 */
export function mergeRemainingFullStops(paragraph: Paragraph): void {
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') mergeFullStops(child)
  }
}

/**
 * The step on one sentence. It reads the sentence from its end and splices each full stop it merges
 * (time quadratic in the merges); here the kept nodes are written from the end of the array down
 * and moved to its start once. The node after a full stop is the last one kept, the node before it
 * the next one to read, as in the step.
 */
function mergeFullStops(sentence: Sentence): void {
  const grandchildren = sentence.children
  // Kept nodes fill the array from its end: the next one kept goes to `kept - 1`.
  let kept = grandchildren.length
  let hasFoundDelimiter = false
  for (let position = grandchildren.length - 1; position >= 0; position--) {
    const grandchild = grandchildren[position]!
    if (grandchild.type !== 'SymbolNode' && grandchild.type !== 'PunctuationNode') {
      // A sentence without a terminal marker: behave as if one was found.
      if (grandchild.type === 'WordNode') hasFoundDelimiter = true
      grandchildren[--kept] = grandchild
      continue
    }
    if (!terminalMarker.test(grandchild.value) || !hasFoundDelimiter || grandchild.value !== '.') {
      // The last terminal marker stays.
      if (terminalMarker.test(grandchild.value)) hasFoundDelimiter = true
      grandchildren[--kept] = grandchild
      continue
    }
    const previous = position > 0 ? grandchildren[position - 1] : undefined
    const next = kept < grandchildren.length ? grandchildren[kept] : undefined
    if (previous && previous.type === 'WordNode') {
      const nextNext = kept + 1 < grandchildren.length ? grandchildren[kept + 1] : undefined
      // Not in `{.} .`.
      if (next && nextNext && next.type === 'WhiteSpaceNode' && contentText(nextNext) === '.') {
        grandchildren[--kept] = grandchild
        continue
      }
      previous.children.push(grandchild)
      if (grandchild.position && previous.position) previous.position.end = grandchild.position.end
      // The step does not visit the word the full stop joined.
      grandchildren[--kept] = previous
      position--
    } else if (next && next.type === 'WordNode') {
      next.children.unshift(grandchild)
      if (grandchild.position && next.position) next.position.start = grandchild.position.start
    } else grandchildren[--kept] = grandchild
  }
  if (kept > 0) grandchildren.splice(0, kept)
}

type Parent = Paragraph | Root
type Child = Parent['children'][number]

/**
 * `parse-latin` `makeInitialWhiteSpaceSiblings`: white space starting a sentence (or paragraph)
 * moves up to be its sibling, before it. The step inserts each one with a splice, which moves every
 * later sibling: a paragraph of many sentences, each starting with a space, cost time quadratic in
 * their number. Here the siblings are written once, in the same order, with the same positions.
 */
export function makeInitialWhiteSpaceSiblings(node: Parent): void {
  const children = node.children as Child[]
  let out: Child[] | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const inner = 'children' in child ? (child.children as Child[]) : undefined
    if (!inner || inner.length === 0 || inner[0]!.type !== 'WhiteSpaceNode') {
      out?.push(child)
      continue
    }
    out ??= children.slice(0, index)
    let heads = 0
    while (heads < inner.length && inner[heads]!.type === 'WhiteSpaceNode') heads++
    for (let head = 0; head < heads; head++) out.push(inner[head]!)
    inner.splice(0, heads)
    // The step gives the node the start of what is first in it after each move: its first other
    // child, or, when only white space was in it, the last white space moved.
    const next = inner.length > 0 ? inner[0] : heads > 1 ? out[out.length - 1] : undefined
    if (next && next.position && child.position) child.position.start = next.position.start
    out.push(child)
  }
  if (!out) return
  children.length = 0
  for (const child of out) children.push(child)
}
