/**
 * What is worked out once per token list (see `tokenize`) and kept with it: its phrase starts and
 * clause segments, and per knowledge base its grade and its first passes. All of it is in token
 * indexes, so it holds wherever a lint cache moves the sentence.
 *
 * One memo per list, in one hidden property. A property per cache gave lists several hidden
 * classes (one per order the caches were filled in), and two `WeakMap`s per sentence for the
 * per-knowledge values, which every collection has to process as ephemerons.
 */
import type {SentenceAssessment} from './certainty.js'
import type {FirstPass} from './extract.js'
import type {Knowledge} from './knowledge.js'
import type {Starts} from './phrase.js'
import type {TokenScope} from './scope.js'
import type {Segment} from './segments.js'

/** The values of one token list for one knowledge base. */
export interface KnowledgeMemo {
  grade: SentenceAssessment | undefined
  /** The first pass with no receptor to point back to. */
  firstPass: FirstPass | undefined
  /** First passes by the receptor "these receptors" points back to. */
  firstPassByReceptor: Map<string, FirstPass> | undefined
  /** Scopes (see `scopeOf`). */
  scopes: TokenScope[] | undefined
}

export class TokenMemo {
  /** Phrase starts (see `PhraseIndex`). */
  starts: Starts | undefined = undefined
  /** Clause segments (see `segment`). */
  segments: {segments: Segment[]; segmentOf: Int32Array} | undefined = undefined
  /**
   * The knowledge base of `slots`: a file is nearly always linted with one. Held strongly, so a
   * list kept in a `LintCache` keeps a replaced knowledge base until the cache drops the list.
   */
  knowledge: Knowledge | undefined = undefined
  slots: KnowledgeMemo | undefined = undefined
  /** Slots for any other knowledge base. */
  otherSlots: WeakMap<Knowledge, KnowledgeMemo> | undefined = undefined

  /** The slots for `knowledge`. */
  for(knowledge: Knowledge): KnowledgeMemo {
    if (this.knowledge === knowledge && this.slots) return this.slots
    if (this.knowledge === undefined) {
      this.knowledge = knowledge
      this.slots = emptySlots()
      return this.slots
    }
    this.otherSlots ??= new WeakMap()
    let slots = this.otherSlots.get(knowledge)
    if (!slots) {
      slots = emptySlots()
      this.otherSlots.set(knowledge, slots)
    }
    return slots
  }
}

function emptySlots(): KnowledgeMemo {
  return {grade: undefined, firstPass: undefined, firstPassByReceptor: undefined, scopes: undefined}
}

/** Where a token list keeps its memo: a hidden, non-enumerable property (cheaper than a WeakMap). */
const memoKey = Symbol('claimlint.tokenMemo')
type WithMemo = {[memoKey]?: TokenMemo}
/** Memos of lists that cannot take a property (frozen or sealed). */
const fallback = new WeakMap<object, TokenMemo>()

/** The memo of a token list, made on first use. */
export function memoOf(tokens: object): TokenMemo {
  const own = (tokens as WithMemo)[memoKey]
  if (own) return own
  let memo = fallback.get(tokens)
  if (!memo) {
    memo = new TokenMemo()
    if (Object.isExtensible(tokens)) Object.defineProperty(tokens, memoKey, {value: memo})
    else fallback.set(tokens, memo)
  }
  return memo
}
