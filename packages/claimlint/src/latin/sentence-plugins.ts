/**
 * `parse-latin`'s sentence steps, rewritten as plain loops. Before a block is split into sentences it
 * is one sentence of every token, and each step visits every token through
 * `unist-util-modify-children` (a closure called with `.call` per token, an `in` test per index,
 * `nlcst-to-string` on each mark). Each function here is the step's code line for line, on the same
 * nodes in the same order: where the step returns an index to visit next, the loop moves to it as
 * `array-iterate` does, and where it returns nothing, the loop goes on. `latin-tokenize.test.ts` checks
 * the whole tree against `parse-english`.
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
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (!isMark(child) || child.value !== '&') continue
    const next = children[index + 1]
    if ((index > 0 && children[index - 1]!.type === 'WordNode') || !(next && next.type === 'WordNode')) continue
    children.splice(index, 1)
    next.children.unshift(child)
    if (next.position && child.position) next.position.start = child.position.start
    // Visit the node before again (`return index - 1`; before the first, the first).
    index = Math.max(index - 1, 0) - 1
  }
}

/** `parse-latin` `mergeFinalWordSymbol`: `-` ending a word joins it. */
export function mergeFinalWordSymbol(sentence: Sentence): void {
  const children = sentence.children
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    if (!isMark(child) || child.value !== '-') continue
    const previous = children[index - 1]
    const next = children[index + 1]
    if ((!next || next.type !== 'WordNode') && previous && previous.type === 'WordNode') {
      children.splice(index, 1)
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      // Visit the node now here (`return index`).
      index--
    }
  }
}

/** `parse-latin` `mergeInnerWordSymbol`: words joined by inner marks (`'`, `-`, `.`, ...) become one. */
export function mergeInnerWordSymbol(sentence: Sentence): void {
  const siblings = sentence.children
  for (let index = 1; index < siblings.length; index++) {
    if (!isMark(siblings[index]!)) continue
    const previous = siblings[index - 1]
    if (!previous || previous.type !== 'WordNode') continue
    let position = index - 1
    const tokens: WordContent[] = []
    let queue: Mark[] = []
    // A word ends the queue of marks before it; anything but a word or an inner mark ends the run.
    let sibling: SentenceContent | undefined
    while ((sibling = siblings[++position])) {
      if (sibling.type === 'WordNode') {
        tokens.push(...queue, ...sibling.children)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(sibling.value)) {
        queue.push(sibling)
      } else break
    }
    if (tokens.length > 0) {
      if (queue.length > 0) position -= queue.length
      siblings.splice(index, position - index)
      previous.children.push(...tokens)
      const last = tokens[tokens.length - 1]!
      if (previous.position && last.position) previous.position.end = last.position.end
      index--
    }
  }
}

/** `parse-latin` `mergeInnerWordSlash`: short words joined by `/` become one (`n/a`). */
export function mergeInnerWordSlash(sentence: Sentence): void {
  const siblings = sentence.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    const previous = siblings[index - 1]
    if (!(previous && previous.type === 'WordNode' && isMark(child) && child.value === '/')) continue
    const previousValue = wordText(previous)
    let tail: Mark | Word = child
    const queue: WordContent[] = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (next && next.type === 'WordNode') {
      nextValue = wordText(next)
      tail = next
      queue.push(...next.children)
      count++
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      previous.children.push(...queue)
      siblings.splice(index, count)
      if (previous.position && tail.position) previous.position.end = tail.position.end
      index--
    }
  }
}

/** `parse-latin` `mergeInitialisms`: a full stop after `e.g`-like words of single letters joins them. */
export function mergeInitialisms(sentence: Sentence): void {
  const children = sentence.children
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'PunctuationNode' || child.value !== '.') continue
    const previous = children[index - 1]!
    if (previous.type !== 'WordNode' || previous.children.length === 1 || previous.children.length % 2 === 0) continue
    const parts = previous.children
    let position = parts.length
    let isAllDigits = true
    let initialism = true
    let part: WordContent | undefined
    while ((part = parts[--position])) {
      const value = part.value
      if (position % 2 === 0) {
        // Initialisms consist of one character values.
        if (value.length > 1) {
          initialism = false
          break
        }
        if (!numerical.test(value)) isAllDigits = false
      } else if (value !== '.') {
        if (position < parts.length - 2) break
        initialism = false
        break
      }
    }
    if (initialism && !isAllDigits) {
      children.splice(index, 1)
      parts.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      index--
    }
  }
}
