/**
 * `parse-latin`'s sentence steps, rewritten as plain loops. Before a block is split into sentences it
 * is one sentence of every token, and each step visits every token through
 * `unist-util-modify-children` (a closure called with `.call` per token, an `in` test per index,
 * `nlcst-to-string` on each mark). Each function here is the step's code line for line, on the same
 * nodes in the same order: where the step returns an index to visit next, the loop moves to it as
 * `array-iterate` does, and where it returns nothing, the loop goes on. `latin-tokenize.test.ts` checks
 * the whole tree against `parse-english`.
 *
 * Each step removes the tokens it merges in one pass that writes the kept tokens back in place (a
 * compaction), where `parse-latin` splices the array once per merge: a splice moves every later
 * token, so a block with a merge every few words (hyphenated prose: `long-term`, `well-known`) cost
 * time quadratic in its length. The nodes a step reads as its neighbours are the same either way:
 * the one before is the last token kept, the one after is the next token not yet read.
 */
import type {Punctuation, Sentence, SentenceContent, Symbol as SymbolNode, Word, WordContent} from 'nlcst'
import {numerical, wordSymbolInner} from './expressions.js'
import {wordText} from './text.js'

type Mark = Punctuation | SymbolNode

function isMark(node: SentenceContent | WordContent): node is Mark {
  return node.type === 'PunctuationNode' || node.type === 'SymbolNode'
}

/** `parse-latin` `mergeInitialWordSymbol`: `&` starting a word joins it. */
export function mergeInitialWordSymbol(sentence: Sentence): void {
  const children = sentence.children
  let kept = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const next = children[index + 1]
    if (isMark(child) && child.value === '&' && !(kept > 0 && children[kept - 1]!.type === 'WordNode') && next && next.type === 'WordNode') {
      next.children.unshift(child)
      if (next.position && child.position) next.position.start = child.position.start
      // The step visits the node before again: it is no `&` before a word (a run of `&` is one token).
      continue
    }
    children[kept++] = child
  }
  children.length = kept
}

/** `parse-latin` `mergeFinalWordSymbol`: `-` ending a word joins it. */
export function mergeFinalWordSymbol(sentence: Sentence): void {
  const children = sentence.children
  let kept = Math.min(1, children.length)
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    const previous = children[kept - 1]
    const next = children[index + 1]
    if (isMark(child) && child.value === '-' && (!next || next.type !== 'WordNode') && previous && previous.type === 'WordNode') {
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      continue
    }
    children[kept++] = child
  }
  children.length = kept
}

/** `parse-latin` `mergeInnerWordSymbol`: words joined by inner marks (`'`, `-`, `.`, ...) become one. */
export function mergeInnerWordSymbol(sentence: Sentence): void {
  const siblings = sentence.children
  let kept = Math.min(1, siblings.length)
  for (let index = 1; index < siblings.length; index++) {
    const child = siblings[index]!
    const previous = siblings[kept - 1]
    if (!isMark(child) || !previous || previous.type !== 'WordNode') {
      siblings[kept++] = child
      continue
    }
    let position = index - 1
    const tokens: WordContent[] = []
    let queue: Mark[] = []
    // A word ends the queue of marks before it; anything but a word or an inner mark ends the run.
    let sibling: SentenceContent | undefined
    while ((sibling = siblings[++position])) {
      if (sibling.type === 'WordNode') {
        for (const mark of queue) tokens.push(mark)
        for (const part of sibling.children) tokens.push(part)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(sibling.value)) {
        queue.push(sibling)
      } else break
    }
    if (tokens.length > 0) {
      if (queue.length > 0) position -= queue.length
      for (const token of tokens) previous.children.push(token)
      const last = tokens[tokens.length - 1]!
      if (previous.position && last.position) previous.position.end = last.position.end
      // The merged tokens are dropped; the step visits the node after them next.
      index = position - 1
      continue
    }
    siblings[kept++] = child
  }
  siblings.length = kept
}

/** `parse-latin` `mergeInnerWordSlash`: short words joined by `/` become one (`n/a`). */
export function mergeInnerWordSlash(sentence: Sentence): void {
  const siblings = sentence.children
  let kept = 0
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    const previous = kept > 0 ? siblings[kept - 1] : undefined
    if (!(previous && previous.type === 'WordNode' && isMark(child) && child.value === '/')) {
      siblings[kept++] = child
      continue
    }
    const previousValue = wordText(previous)
    let tail: Mark | Word = child
    const queue: WordContent[] = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (next && next.type === 'WordNode') {
      nextValue = wordText(next)
      tail = next
      for (const part of next.children) queue.push(part)
      count++
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      for (const part of queue) previous.children.push(part)
      if (previous.position && tail.position) previous.position.end = tail.position.end
      index += count - 1
      continue
    }
    siblings[kept++] = child
  }
  siblings.length = kept
}

/** `parse-latin` `mergeInitialisms`: a full stop after `e.g`-like words of single letters joins them. */
export function mergeInitialisms(sentence: Sentence): void {
  const children = sentence.children
  let kept = Math.min(1, children.length)
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    const previous = children[kept - 1]!
    if (child.type === 'PunctuationNode' && child.value === '.' && previous.type === 'WordNode' && previous.children.length > 1 && previous.children.length % 2 === 1 && isInitialism(previous.children)) {
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      continue
    }
    children[kept++] = child
  }
  children.length = kept
}

/** Whether a word's parts are single letters (not all digits) between full stops: `e.g`, `U.S`. */
function isInitialism(parts: WordContent[]): boolean {
  let position = parts.length
  let isAllDigits = true
  let part: WordContent | undefined
  while ((part = parts[--position])) {
    const value = part.value
    if (position % 2 === 0) {
      // Initialisms consist of one character values.
      if (value.length > 1) return false
      if (!numerical.test(value)) isAllDigits = false
    } else if (value !== '.') {
      if (position < parts.length - 2) break
      return false
    }
  }
  return !isAllDigits
}
