/**
 * Longest-match phrase search over token lists. Phrases are words separated by spaces; `*`
 * matches any one word; a word written in capitals (`IV`, `NMDA`) matches only in capitals.
 * Built once per knowledge base, so the cost of a sentence is linear in its tokens.
 */
import {normalize, type Token} from './tokens.js'

interface TrieNode<T> {
  /** Children by normalised word. */
  next: Map<string, TrieNode<T>>
  /** Children by capitalised abbreviation (its text without full stops). */
  exact: Map<string, TrieNode<T>>
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

/** Whether a phrase word is a capitalised abbreviation, which keeps its case. */
function isExact(word: string): boolean {
  return capitals.test(word)
}

/** The key a token matches capitalised phrase words under: its text without full stops (`I.V.` → `IV`). */
function exactKey(token: Token): string {
  return token.text.includes('.') ? token.text.replace(/[.]/g, '') : token.text
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = {next: new Map(), exact: new Map(), any: undefined, values: []}

  /** Add a phrase with a payload. */
  add(phrase: string, value: T): void {
    const words = phrase.trim().split(/\s+/).filter(Boolean)
    if (words.length === 0) return
    let node = this.root
    for (const word of words) {
      if (word === '*') {
        node.any ??= {next: new Map(), exact: new Map(), any: undefined, values: []}
        node = node.any
        continue
      }
      const map = isExact(word) ? node.exact : node.next
      const key = isExact(word) ? word.replace(/[.]/g, '') : normalize(word)
      let child = map.get(key)
      if (!child) {
        child = {next: new Map(), exact: new Map(), any: undefined, values: []}
        map.set(key, child)
      }
      node = child
    }
    node.values.push(value)
  }

  /** Longest match starting at `from`, or `undefined`. */
  matchAt(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    const token = tokens[from]
    if (!token || token.kind !== 'word') return undefined
    const root = this.root
    // Most words start no phrase: answer those without a search.
    if (!root.any && !root.next.has(token.norm) && (root.exact.size === 0 || !root.exact.has(exactKey(token)))) return undefined
    this.bestTo = -1
    this.bestValues = undefined
    this.visit(tokens, from, root, from)
    const values = this.bestValues
    this.bestValues = undefined
    return values ? {from, to: this.bestTo, values} : undefined
  }

  private bestTo = -1
  private bestValues: T[] | undefined

  /** Depth first: the exact (capitalised) branch, then the normalised one, then `*`. */
  private visit(tokens: readonly Token[], from: number, node: TrieNode<T>, index: number): void {
    if (node.values.length > 0 && index > from && (!this.bestValues || index - 1 > this.bestTo)) {
      this.bestTo = index - 1
      this.bestValues = node.values
    }
    const token = tokens[index]
    if (!token || token.kind !== 'word') return
    if (node.exact.size > 0) {
      const exact = node.exact.get(exactKey(token))
      if (exact) this.visit(tokens, from, exact, index + 1)
    }
    if (node.next.size > 0) {
      const loose = node.next.get(token.norm)
      if (loose) this.visit(tokens, from, loose, index + 1)
    }
    if (node.any) this.visit(tokens, from, node.any, index + 1)
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
