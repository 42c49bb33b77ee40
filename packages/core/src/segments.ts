/**
 * Clause segments of one sentence, and who each segment is about. This is where "Unlike SSRIs,
 * which take weeks, ketamine acts within hours" gives weeks to the SSRIs and hours to ketamine.
 */
import {clauseBreakers, clausePunctuation, conditionalOpeners, contrastOpeners, relativeOpeners} from './grammar.js'
import type {Token} from './tokens.js'

export type SegmentRole = 'main' | 'contrast' | 'relative' | 'conditional'

export interface Segment {
  from: number
  to: number
  role: SegmentRole
}

/** Where a token list keeps its segments: a hidden, non-enumerable property. */
const segmentsKey = Symbol('claimlint.segments')
type Cached = {[segmentsKey]?: {segments: Segment[]; segmentOf: Int32Array}}

/**
 * Split a sentence into clause segments; `segmentOf[i]` is the segment of token `i`. Shared token
 * lists (see `tokenize`) are segmented once; treat the result as read-only.
 */
export function segment(tokens: readonly Token[]): {segments: Segment[]; segmentOf: Int32Array} {
  const cached = (tokens as Cached)[segmentsKey]
  if (cached) return cached
  const found = segmentTokens(tokens)
  if (Object.isExtensible(tokens)) Object.defineProperty(tokens, segmentsKey, {value: found, configurable: true, writable: true})
  return found
}

function segmentTokens(tokens: readonly Token[]): {segments: Segment[]; segmentOf: Int32Array} {
  const segments: Segment[] = []
  const segmentOf = new Int32Array(tokens.length).fill(-1)
  let current: Segment | undefined

  const open = (from: number, role: SegmentRole): Segment => {
    const next: Segment = {from, to: from, role}
    segments.push(next)
    return next
  }

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && clausePunctuation.has(token.text)) {
      current = undefined
      continue
    }
    if (token.kind === 'word') {
      const norm = token.norm
      let role: SegmentRole | undefined
      if (contrastOpeners.has(norm) && !(norm === 'while' && tokens[index - 1]?.norm === 'a')) role = 'contrast'
      else if (relativeOpeners.has(norm)) role = 'relative'
      else if (conditionalOpeners.has(norm)) role = 'conditional'
      else if (clauseBreakers.has(norm)) role = 'main'
      // "in contrast to", "as opposed to": the opener includes the word before.
      if (role) current = open(index, role)
    }
    current ??= open(index, 'main')
    current.to = index
    segmentOf[index] = segments.length - 1
  }
  return {segments, segmentOf}
}
