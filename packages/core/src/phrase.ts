/**
 * Longest-match phrase search over token lists. Phrases are words separated by spaces; `*`
 * matches any one word; a word written in capitals (`IV`, `NMDA`) matches only in capitals.
 * Built once per knowledge base, so the cost of a sentence is linear in its tokens.
 */
import {smallInt32Array} from './int-pool.js'
import {memoOf} from './token-memo.js'
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

/**
 * Can a token match a capitalised phrase word at all? Those start with a capital or a digit (a full
 * stop merged in front is dropped from the key).
 */
function mayBeExact(token: Token): boolean {
  const code = token.text.charCodeAt(0)
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46
}

/** The key a token matches capitalised phrase words under: its text without full stops (`I.V.` → `IV`). */
function exactKey(token: Token): string {
  return token.text.includes('.') ? token.text.replace(/[.]/g, '') : token.text
}

/**
 * The first words of every index's phrases, each index under its own bit, so one look-up per token
 * tells every index at once whether a phrase may start there (a sentence is searched by some twenty
 * indexes). `stamp` changes whenever a first word is registered, which retires cached masks; when
 * the 31 bits are used up, every index registers again under a new generation.
 */
const registry = {generation: 1, nextBit: 0, stamp: 0, loose: new Map<string, number>(), exact: new Map<string, number>()}
/**
 * The tokens of a list where some phrase may start, ascending, each followed by the bits of the
 * indexes that have a phrase starting with it (`[position, mask, position, mask, …]`, one array
 * per list). Most tokens start no phrase, so an index visits only these few positions.
 */
export interface Starts {
  stamp: number
  length: number
  starts: Int32Array
  /** Every mask bit: an index whose bit is missing has no phrase in the list. */
  all: number
}

function register(map: Map<string, number>, key: string, bit: number): void {
  map.set(key, (map.get(key) ?? 0) | bit)
  registry.stamp++
}

/** Shared scratch for `tokenStarts` (grown on demand), so a sentence allocates only what it keeps. */
let scratch = new Int32Array(512)
/** The starts of a list where no phrase starts (shared, never written). */
const none = new Int32Array(0)

/** The first `count` ints of `from`, in an array of their own. */
function copyOf(from: Int32Array, count: number): Int32Array {
  const copy = smallInt32Array(count)
  for (let index = 0; index < count; index++) copy[index] = from[index]!
  return copy
}

/** The positions of a list where a phrase of some index may start, with the bits of those indexes. */
function tokenStarts(tokens: readonly Token[]): Starts {
  const memo = memoOf(tokens)
  const cached = memo.starts
  if (cached && cached.stamp === registry.stamp && cached.length === tokens.length) return cached
  if (scratch.length < 2 * tokens.length) scratch = new Int32Array(2 * tokens.length)
  const {loose, exact} = registry
  let count = 0
  let all = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    let mask = loose.get(token.norm) ?? 0
    if (exact.size > 0 && mayBeExact(token)) mask |= exact.get(exactKey(token)) ?? 0
    if (mask === 0) continue
    scratch[count++] = index
    scratch[count++] = mask
    all |= mask
  }
  const starts = count === 0 ? none : copyOf(scratch, count)
  if (cached) {
    cached.stamp = registry.stamp
    cached.length = tokens.length
    cached.starts = starts
    cached.all = all
    return cached
  }
  const found: Starts = {stamp: registry.stamp, length: tokens.length, starts, all}
  memo.starts = found
  return found
}

export class PhraseIndex<T> {
  private bit = 0
  private generation = 0

  /** This index's bit in the registry, registering its first words when it has none yet. */
  private ensureBit(): number {
    if (this.generation !== registry.generation) {
      if (registry.nextBit >= 31) {
        registry.generation++
        registry.nextBit = 0
        registry.loose.clear()
        registry.exact.clear()
      }
      this.bit = 1 << registry.nextBit++
      this.generation = registry.generation
      for (const key of this.root.next.keys()) register(registry.loose, key, this.bit)
      for (const key of this.root.exact.keys()) register(registry.exact, key, this.bit)
      registry.stamp++
    }
    return this.bit
  }

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
        // A new first word of an index already registered.
        if (node === this.root && this.generation === registry.generation) register(map === node.exact ? registry.exact : registry.loose, key, this.bit)
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
    if (!root.any && !root.next.has(token.norm) && (root.exact.size === 0 || !mayBeExact(token) || !root.exact.has(exactKey(token)))) return undefined
    return this.longestAt(tokens, from)
  }

  /** Longest match starting at word `from`, searched in the trie. */
  private longestAt(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    this.bestTo = -1
    this.bestValues = undefined
    this.visit(tokens, from, this.root, from)
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
    if (node.exact.size > 0 && mayBeExact(token)) {
      const exact = node.exact.get(exactKey(token))
      if (exact) this.visit(tokens, from, exact, index + 1)
    }
    if (node.next.size > 0) {
      const loose = node.next.get(token.norm)
      if (loose) this.visit(tokens, from, loose, index + 1)
    }
    if (node.any) this.visit(tokens, from, node.any, index + 1)
  }

  /** Could a phrase of this index start somewhere in `tokens`? `false` answers every search at once. */
  mayMatch(tokens: readonly Token[]): boolean {
    if (this.root.any) return true
    // Register first: the starts must be found with this index's first words (as in `search`).
    const bit = this.ensureBit()
    return (tokenStarts(tokens).all & bit) !== 0
  }

  /**
   * All non-overlapping longest matches, left to right. Most searches find nothing: they all get
   * the same empty, frozen list (a sentence is searched some twenty times per lint).
   */
  search(tokens: readonly Token[]): ReadonlyArray<PhraseMatch<T>> {
    // A phrase starting with `*` may start anywhere; otherwise only where the first word fits.
    if (this.root.any) {
      const found: Array<PhraseMatch<T>> = []
      for (let index = 0; index < tokens.length; index++) {
        const match = this.matchAt(tokens, index)
        if (match) {
          found.push(match)
          index = match.to
        }
      }
      return found.length > 0 ? found : noMatches
    }
    const bit = this.ensureBit()
    const cached = tokenStarts(tokens)
    if ((cached.all & bit) === 0) return noMatches
    const starts = cached.starts
    let found: Array<PhraseMatch<T>> | undefined
    // Matches do not overlap: a position inside the last match is skipped.
    let next = 0
    for (let at = 0; at < starts.length; at += 2) {
      if ((starts[at + 1]! & bit) === 0) continue
      const index = starts[at]!
      if (index < next) continue
      // The start bits already say a phrase of this index begins with this word.
      const match = this.longestAt(tokens, index)
      if (match) {
        found ??= []
        found.push(match)
        next = match.to + 1
      }
    }
    return found ?? noMatches
  }
}

/** The result of every search that finds nothing (shared, so never written: it is frozen). */
const noMatches: ReadonlyArray<PhraseMatch<never>> = Object.freeze([])
