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
  // Most words have no apostrophe or dash: lowercasing is all they need.
  if (!special.test(word)) return word.toLowerCase()
  return word.replace(possessive, '').replace(apostrophes, '').replace(dashes, '').toLowerCase()
}

const tokensOf = new WeakMap<Sentence, Token[]>()

/**
 * Flatten an nlcst sentence into tokens. The ledger and the rules that read words all ask for the
 * same sentences, so the tokens of a sentence node are made once and shared (treat them as read-only).
 */
export function tokenize(sentence: Sentence): Token[] {
  let tokens = tokensOf.get(sentence)
  if (!tokens) {
    tokens = tokenizeSentence(sentence)
    tokensOf.set(sentence, tokens)
  }
  return tokens
}

function tokenizeSentence(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let fallback = 0
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      fallback += child.value.length
      continue
    }
    // A word of one text node (most of them) needs no walk.
    const text = child.type === 'WordNode' && child.children.length === 1 && child.children[0]!.type === 'TextNode' ? child.children[0]!.value : toString(child)
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
  }
  return tokens
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
