/**
 * Longest-match phrase search over token lists. Phrases are words separated by spaces; `*`
 * matches any one word; a word written in capitals (`IV`, `NMDA`) matches only in capitals.
 * Built once per knowledge base, so the cost of a sentence is linear in its tokens.
 */
import {normalize, type Token} from './tokens.js'

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  any: TrieNode<T> | undefined
  values: T[]
}

export interface PhraseMatch<T> {
  /** First and last token index (inclusive). */
  from: number
  to: number
  values: T[]
}

const capitals = /^[A-Z\d][A-Z\d.\-/]*[A-Z]+[A-Z\d]*$|^[A-Z]{2,}$/

/** Key a phrase word is stored under; capitalised abbreviations keep their case. */
function keyOf(word: string): string {
  return capitals.test(word) ? '\u0000' + word.replace(/[.]/g, '') : normalize(word)
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = {next: new Map(), any: undefined, values: []}

  /** Add a phrase with a payload. */
  add(phrase: string, value: T): void {
    const words = phrase.trim().split(/\s+/).filter(Boolean)
    if (words.length === 0) return
    let node = this.root
    for (const word of words) {
      if (word === '*') {
        node.any ??= {next: new Map(), any: undefined, values: []}
        node = node.any
        continue
      }
      const key = keyOf(word)
      let child = node.next.get(key)
      if (!child) {
        child = {next: new Map(), any: undefined, values: []}
        node.next.set(key, child)
      }
      node = child
    }
    node.values.push(value)
  }

  /** Longest match starting at `from`, or `undefined`. */
  matchAt(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    let best: PhraseMatch<T> | undefined
    const visit = (node: TrieNode<T>, index: number): void => {
      if (node.values.length > 0 && index > from && (!best || index - 1 > best.to)) {
        best = {from, to: index - 1, values: node.values}
      }
      const token = tokens[index]
      if (!token || token.kind !== 'word') return
      const exact = node.next.get('\u0000' + token.text.replace(/[.]/g, ''))
      if (exact) visit(exact, index + 1)
      const loose = node.next.get(token.norm)
      if (loose) visit(loose, index + 1)
      if (node.any) visit(node.any, index + 1)
    }
    visit(this.root, from)
    return best
  }

  /** All non-overlapping longest matches, left to right. */
  search(tokens: readonly Token[]): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = []
    for (let index = 0; index < tokens.length; index++) {
      const match = this.matchAt(tokens, index)
      if (match) {
        found.push(match)
        index = match.to
      }
    }
    return found
  }
}
