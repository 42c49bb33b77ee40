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

/** The matching key of a word: `Ketamine’s` → `ketamine`, `N-methyl-D-aspartate` → `nmethyldaspartate`. */
export function normalize(word: string): string {
  return word.replace(possessive, '').replace(apostrophes, '').replace(dashes, '').toLowerCase()
}

/** Flatten an nlcst sentence into tokens. */
export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let fallback = 0
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      fallback += child.value.length
      continue
    }
    const text = toString(child)
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
