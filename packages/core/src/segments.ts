/**
 * Clause segments of one sentence, and who each segment is about. This is where "Unlike SSRIs,
 * which take weeks, ketamine acts within hours" gives weeks to the SSRIs and hours to ketamine.
 */
import {clauseBreakers, clausePunctuation, conditionalOpeners, contrastOpeners, relativeOpeners} from './grammar.js'
import {smallInt32Array} from './int-pool.js'
import {memoOf} from './token-memo.js'
import type {Token} from './tokens.js'

export type SegmentRole = 'main' | 'contrast' | 'relative' | 'conditional'

export interface Segment {
  from: number
  to: number
  role: SegmentRole
}

/**
 * The role of the clause each opener word starts, in order of precedence ("whereas" both
 * contrasts and breaks: it contrasts), so a word costs one look-up.
 */
const openerRoles = new Map<string, SegmentRole>()
for (const [words, role] of [
  [contrastOpeners, 'contrast'],
  [relativeOpeners, 'relative'],
  [conditionalOpeners, 'conditional'],
  [clauseBreakers, 'main']
] as const) {
  for (const word of words) if (!openerRoles.has(word)) openerRoles.set(word, role)
}

/**
 * Split a sentence into clause segments; `segmentOf[i]` is the segment of token `i`. Shared token
 * lists (see `tokenize`) are segmented once; treat the result as read-only.
 */
export function segment(tokens: readonly Token[]): {segments: Segment[]; segmentOf: Int32Array} {
  const memo = memoOf(tokens)
  const cached = memo.segments
  if (cached) return cached
  const found = segmentTokens(tokens)
  memo.segments = found
  return found
}

function segmentTokens(tokens: readonly Token[]): {segments: Segment[]; segmentOf: Int32Array} {
  const segments: Segment[] = []
  const segmentOf = smallInt32Array(tokens.length).fill(-1)
  let current: Segment | undefined

  const open = (from: number, role: SegmentRole): Segment => {
    const next: Segment = {from, to: from, role}
    segments.push(next)
    return next
  }

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'word') {
      const role = openerRoles.get(token.norm)
      // "a while" is a span of time, not a contrast.
      if (role && !(token.norm === 'while' && tokens[index - 1]?.norm === 'a')) current = open(index, role)
    } else if (token.kind === 'punctuation' && clausePunctuation.has(token.text)) {
      current = undefined
      continue
    }
    current ??= open(index, 'main')
    current.to = index
    segmentOf[index] = segments.length - 1
  }
  return {segments, segmentOf}
}
