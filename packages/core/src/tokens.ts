/**
 * Sentences as flat token lists: the shape every extractor in the ledger reads.
 * Whitespace is dropped; words keep their offsets into the file.
 */
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'

export interface Token {
  kind: 'word' | 'punctuation' | 'symbol' | 'source'
  /** The text as written. */
  text: string
  /** Lowercased, apostrophes and possessive `'s` removed, dashes removed: the matching key. */
  norm: string
  /** Offsets into the file (or into the sentence text when the tree has no positions). */
  start: number
  end: number
}

const possessive = /['’]s$/i
const apostrophes = /['’]/g
const dashes = /[-‐‑‒–—]/g
const special = /['’\-‐‑‒–—]/

/** The matching key of a word: `Ketamine’s` → `ketamine`, `N-methyl-D-aspartate` → `nmethyldaspartate`. */
export function normalize(word: string): string {
  // Most words have no apostrophe or dash: lowercasing is all they need, and most are lower case
  // already. `toLowerCase` returns a new string even then, which a long file keeps in every token.
  if (!special.test(word)) return isLowerAscii(word) ? word : word.toLowerCase()
  return word.replace(possessive, '').replace(apostrophes, '').replace(dashes, '').toLowerCase()
}

/** Whether `word` has no upper-case letter and nothing beyond ASCII (so lowercasing leaves it as it is). */
function isLowerAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) return false
  }
  return true
}

/** Where a sentence node keeps its tokens: a hidden, non-enumerable property (cheaper than a WeakMap). */
const tokensKey = Symbol('claimlint.tokens')
type Cached = {[tokensKey]?: Token[]}

/**
 * The sentence tokenized last, kept alive with its token list and their caches. A sentence and a
 * list with a hidden property have hidden classes of their own, which live only as long as some
 * object has them; a full collection between two lints (an idle editor, a CLI between files) that
 * found none would drop them, and V8 would throw away the optimised code of every function that
 * reads them (`node --trace-deopt`: "weak objects"), so the next lint ran unoptimised for a while.
 * It is only written: holding it is the point.
 */
let lastTokenized: Sentence | undefined

/**
 * Flatten an nlcst sentence into tokens. The ledger and the rules that read words all ask for the
 * same sentences, so the tokens of a sentence node are made once and shared (treat them as read-only).
 */
export function tokenize(sentence: Sentence): Token[] {
  const cached = (sentence as Cached)[tokensKey]
  if (cached) return cached
  const tokens = tokenizeSentence(sentence)
  if (Object.isExtensible(sentence)) {
    Object.defineProperty(sentence, tokensKey, {value: tokens, configurable: true, writable: true})
    lastTokenized = sentence
  }
  return tokens
}

/**
 * Move the tokens of `sentence` by `delta` characters, in place: the sentence now stands further on
 * in an edited file. What is cached on the token list (clause segments, phrase starts, grades) is in
 * token indexes and holds at any place, so re-linting an edited file does no sentence work twice for
 * the sentences the edit left alone. Only for a tree its owner moves (see `LintCache` in
 * `claimlint`); a sentence without tokens yet has nothing to move.
 */
export function shiftTokens(sentence: Sentence, delta: number): void {
  const tokens = (sentence as Cached)[tokensKey]
  if (!tokens || delta === 0) return
  for (const token of tokens) {
    token.start += delta
    token.end += delta
  }
}

function tokenizeSentence(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let fallback = 0
  let colon = false
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      fallback += child.value.length
      continue
    }
    // A word of one text node (most of them) and a mark need no walk.
    const text =
      child.type === 'WordNode'
        ? child.children.length === 1 && child.children[0]!.type === 'TextNode'
          ? child.children[0]!.value
          : toString(child)
        : 'value' in child && typeof child.value === 'string'
          ? child.value
          : toString(child)
    const start = child.position?.start.offset ?? fallback
    const end = child.position?.end.offset ?? start + text.length
    fallback = end
    const kind =
      child.type === 'WordNode'
        ? 'word'
        : child.type === 'PunctuationNode'
          ? 'punctuation'
          : child.type === 'SourceNode'
            ? 'source'
            : 'symbol'
    tokens.push({kind, text, norm: kind === 'word' ? normalize(text) : text, start, end})
    if (text === ':') colon = true
  }
  if (colon) markUrls(tokens)
  return tokens
}

const scheme = /^[a-z][a-z\d+.-]*$/i
const closing = /^[.,;:!?)\]}"'”’»]+$/

/**
 * Words of a URL (`https://example.org/breakthrough-cure`) are not prose: its tokens become
 * `source` tokens, which no phrase, claim or rule reads. A URL runs from its scheme to the next
 * space, less the punctuation that ends the sentence around it.
 */
function markUrls(tokens: Token[]): void {
  const adjacent = (index: number): boolean => tokens[index]!.end === tokens[index + 1]!.start
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || tokens[index + 1]!.text !== ':' || !tokens[index + 2]!.text.startsWith('//')) continue
    if (!scheme.test(token.text) || !adjacent(index) || !adjacent(index + 1)) continue
    let last = index + 2
    while (last + 1 < tokens.length && adjacent(last)) last++
    while (last > index + 2 && tokens[last]!.kind !== 'word' && closing.test(tokens[last]!.text)) last--
    for (let at = index; at <= last; at++) tokens[at] = {...tokens[at]!, kind: 'source', norm: tokens[at]!.text}
    index = last
  }
}

/**
 * The words of tokens `from` to `to` (inclusive), joined by single spaces: how the ledger and the
 * rules quote tokens when the file's own text is not at hand.
 */
export function spanText(tokens: readonly Token[], from: number, to: number): string {
  const last = Math.min(to, tokens.length - 1)
  if (from > last) return ''
  let text = tokens[from]!.text
  for (let index = from + 1; index <= last; index++) text += ' ' + tokens[index]!.text
  return text
}

/** Tokenize plain text without a tree, for data sets of loose sentences. */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = []
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’\-‐‑.]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu
  for (const match of text.matchAll(pattern)) {
    const value = match[0]
    const start = match.index ?? 0
    const isWord = /^[\p{L}\p{N}]/u.test(value)
    tokens.push({
      kind: isWord ? 'word' : 'punctuation',
      text: value,
      norm: isWord ? normalize(value) : value,
      start,
      end: start + value.length
    })
  }
  return tokens
}
