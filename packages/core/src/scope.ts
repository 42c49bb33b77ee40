/**
 * The one scope engine: which words of a sentence are negated, hypothetical, someone else's words,
 * a belief the writer denies, a past state, about another country or about animals, and whether the
 * sentence asks a question. It follows NegEx (Chapman et al. 2001) and ConText (Harkema et al.
 * 2009): a trigger phrase opens a scope of one kind in a direction (forward, backward or both),
 * which runs until a terminator of that kind, the end of its clause when the trigger says so, a
 * window of words, or the end of the sentence; pseudo-triggers ("not only", "no doubt") contain a
 * trigger word and open nothing. The triggers, pseudo-triggers and terminators are the lexicons of
 * `rules/scope.yml`; places other than the United States are the lexicon `other-jurisdictions`.
 *
 * The ledger keeps every sentence's scopes (`SentenceRecord.scopes`, in file offsets) and every
 * claim's kinds (`Claim.scope`); rules ask `scopeAt(record, start, end)`. No rule keeps a negation
 * list of its own.
 */
import type {Knowledge} from './knowledge.js'
import type {PhraseMatch} from './phrase.js'
import {segment} from './segments.js'
import {memoOf} from './token-memo.js'
import type {Token} from './tokens.js'
import type {LexiconEntry, ScopeKind, ScopeSpan, SentenceRecord} from './types.js'

/** Every kind, in a fixed order. */
export const scopeKinds: readonly ScopeKind[] = ['negated', 'hypothetical', 'reported', 'denied', 'historical', 'elsewhere', 'animal', 'question']

/** The lexicons the engine reads (declared here so that a missing one is a build error: see `scopeLexicons`). */
export const scopeLexicons = ['scope-triggers', 'scope-pseudo', 'scope-terminators', 'other-jurisdictions'] as const

/** A scope in token indexes: the words `from`…`to` (inclusive) are of `kind`, opened by the trigger `cueFrom`…`cueTo`. */
export interface TokenScope {
  kind: ScopeKind
  from: number
  to: number
  cueFrom: number
  cueTo: number
}

interface Trigger {
  kind: ScopeKind
  direction: 'forward' | 'backward' | 'both'
  clause: boolean
  window: number
}

const triggerCache = new WeakMap<LexiconEntry, Trigger | undefined>()

/** What a trigger entry's tags say. */
function triggerOf(entry: LexiconEntry): Trigger | undefined {
  if (triggerCache.has(entry)) return triggerCache.get(entry)
  const kind = entry.tags.find((tag): tag is ScopeKind => (scopeKinds as readonly string[]).includes(tag))
  const direction = entry.tags.includes('backward') ? 'backward' : entry.tags.includes('both') ? 'both' : 'forward'
  const windowTag = entry.tags.find((tag) => tag.startsWith('window-'))
  const trigger = kind
    ? {kind, direction, clause: entry.tags.includes('clause'), window: windowTag ? Number(windowTag.slice(7)) : Infinity}
    : undefined
  triggerCache.set(entry, trigger as Trigger | undefined)
  return trigger as Trigger | undefined
}

/** A negative contraction ("doesn't", "haven’t"): a negation trigger whatever the verb. */
const contraction = /n['’]t$/i
const contractionTrigger: Trigger = {kind: 'negated', direction: 'forward', clause: true, window: 8}
const elsewhereTrigger: Trigger = {kind: 'elsewhere', direction: 'both', clause: true, window: Infinity}

/** Words that name the United States: a place named with them is not elsewhere. */
const homeWords = new Set(['us', 'usa', 'american', 'america', 'fda', 'dea'])

/**
 * The scopes of a sentence's tokens, worked out once per token list and knowledge base (in token
 * indexes, so a moved sentence keeps them).
 */
export function scopeOf(tokens: readonly Token[], knowledge: Knowledge): readonly TokenScope[] {
  const slots = memoOf(tokens).for(knowledge)
  slots.scopes ??= findScopes(tokens, knowledge)
  return slots.scopes
}

function findScopes(tokens: readonly Token[], knowledge: Knowledge): TokenScope[] {
  const scopes: TokenScope[] = []
  if (tokens.length === 0) return scopes
  const {segmentOf} = segment(tokens)

  const pseudo = knowledge.lexiconIndex('scope-pseudo').search(tokens)
  const inPseudo = (from: number, to: number): boolean => pseudo.some((p) => p.from <= from && p.to >= to)

  // Terminators, as a list of kinds per token.
  const terminators = knowledge.lexiconIndex('scope-terminators').search(tokens)
  const endsAt = (kind: ScopeKind, index: number): boolean =>
    terminators.some((t) => t.from === index && t.values.some((entry) => entry.tags.includes(kind)))

  const open = (trigger: Trigger, cueFrom: number, cueTo: number): void => {
    const sameClause = (index: number): boolean => segmentOf[index] === segmentOf[trigger.direction === 'backward' ? cueFrom : cueTo]
    if (trigger.direction !== 'backward') {
      let to = cueTo
      let words = 0
      for (let index = cueTo + 1; index < tokens.length; index++) {
        const token = tokens[index]!
        if (endsAt(trigger.kind, index)) break
        if (trigger.clause && !sameClause(index) && token.kind === 'word') break
        if (trigger.clause && token.kind === 'punctuation' && /^[;:.!?]$/.test(token.text)) break
        if (token.kind === 'word' && ++words > trigger.window) break
        to = index
      }
      if (to > cueTo) scopes.push({kind: trigger.kind, from: cueTo + 1, to, cueFrom, cueTo})
    }
    if (trigger.direction !== 'forward') {
      let from = cueFrom
      let words = 0
      for (let index = cueFrom - 1; index >= 0; index--) {
        const token = tokens[index]!
        if (endsAt(trigger.kind, index)) break
        if (trigger.clause && segmentOf[index] !== segmentOf[cueFrom] && token.kind === 'word') break
        if (trigger.clause && token.kind === 'punctuation' && /^[;:.!?]$/.test(token.text)) break
        if (token.kind === 'word' && ++words > trigger.window) break
        from = index
      }
      if (from < cueFrom) scopes.push({kind: trigger.kind, from, to: cueFrom - 1, cueFrom, cueTo})
    }
  }

  const covered = new Uint8Array(tokens.length)
  for (const match of knowledge.lexiconIndex('scope-triggers').search(tokens)) {
    if (inPseudo(match.from, match.to)) continue
    for (let index = match.from; index <= match.to; index++) covered[index] = 1
    const seen = new Set<ScopeKind>()
    for (const entry of match.values) {
      const trigger = triggerOf(entry)
      if (!trigger || seen.has(trigger.kind)) continue
      seen.add(trigger.kind)
      open(trigger, match.from, match.to)
    }
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && !covered[index] && contraction.test(token.text) && !inPseudo(index, index)) open(contractionTrigger, index, index)
  }
  for (const match of knowledge.lexiconIndex('other-jurisdictions').search(tokens) as ReadonlyArray<PhraseMatch<LexiconEntry>>) {
    if (homeWords.has(tokens[match.from]!.norm)) continue
    open(elsewhereTrigger, match.from, match.to)
    scopes.push({kind: 'elsewhere', from: match.from, to: match.to, cueFrom: match.from, cueTo: match.to})
  }
  const last = tokens[tokens.length - 1]!
  if (last.text === '?') scopes.push({kind: 'question', from: 0, to: tokens.length - 1, cueFrom: tokens.length - 1, cueTo: tokens.length - 1})
  return scopes
}

/** The kinds in force at token `index`, from triggers outside `from`…`to` (the words asked about). */
export function kindsAt(scopes: readonly TokenScope[], index: number, from = index, to = index): Set<ScopeKind> {
  const kinds = new Set<ScopeKind>()
  for (const scope of scopes) {
    if (scope.cueFrom >= from && scope.cueTo <= to) continue
    if (scope.from <= index && scope.to >= index) kinds.add(scope.kind)
  }
  return kinds
}

/** The scopes of a sentence in file offsets, as the ledger keeps them. */
export function scopeSpans(tokens: readonly Token[], scopes: readonly TokenScope[]): ScopeSpan[] {
  return scopes.map((scope) => ({
    kind: scope.kind,
    start: tokens[scope.from]!.start,
    end: tokens[scope.to]!.end,
    cueStart: tokens[scope.cueFrom]!.start,
    cueEnd: tokens[scope.cueTo]!.end,
    cue: tokens
      .slice(scope.cueFrom, scope.cueTo + 1)
      .map((token) => token.text)
      .join(' ')
  }))
}

/**
 * The kinds in force over the words `start`…`end` (file offsets) of a ledger sentence: those whose
 * scope covers the span's first word, opened by a trigger outside the span ("no side effects" asked
 * about as a whole is not negated by its own "no"). What every rule calls.
 */
export function scopeAt(record: Pick<SentenceRecord, 'scopes'>, start: number, end: number): ReadonlySet<ScopeKind> {
  const kinds = new Set<ScopeKind>()
  for (const scope of record.scopes) {
    if (scope.cueStart >= start && scope.cueEnd <= end) continue
    if (scope.start <= start && scope.end >= start) kinds.add(scope.kind)
  }
  return kinds
}
