/**
 * Types shared by the claim ledger, the rule packs and every rule.
 */
import type {Position} from 'unist'

/** How sure the writer sounds. */
export type Certainty = 'hedged' | 'plain' | 'boosted'

/** How strong a relation the sentence states (Yu, Li & Wang 2019 classes). */
export type Strength = 'none' | 'correlational' | 'conditional_causal' | 'direct_causal'

/** Whether the article itself asserts the claim. */
export type Assertion = 'own' | 'question' | 'conditional' | 'quoted' | 'reported'

/** Evidence status of a fact, as the fact sheets grade it. */
export type FactStatus = 'established' | 'supported' | 'preclinical' | 'speculative'

/** An interval of time in seconds, `[low, high]`. */
export type Interval = readonly [number, number]

/** One claim found in the text. */
export interface Claim {
  /** Canonical entity id (`ketamine`), or the normalised word for a subject no pack knows. */
  subject: string
  /** The words that named the subject, or the anaphor that resolved to it. */
  subjectText: string
  /** Whether the subject came from a pack (`known`), from the text (`found`) or from the article's topic. */
  subjectSource: 'known' | 'found' | 'topic'
  /** Property id from the vocabulary (`receptor-action`, `route`, `onset`, `duration`, `effect`). */
  property: string
  /** What the property is about: a receptor (`nmda`), a form (`infusion`), an outcome (`cognition`). */
  target: string | undefined
  /** Value id (`antagonist`, `intramuscular`, `improves`) or, for time, an interval label. */
  value: string
  /** Time values: the interval in seconds. */
  interval: Interval | undefined
  /** Value implied by a word's meaning (an infusion is intravenous), not stated. */
  implied: boolean
  polarity: 'affirmed' | 'negated'
  certainty: Certainty
  assertion: Assertion
  /** The words that carry the value. */
  text: string
  /** Offsets into the file. */
  start: number
  end: number
  position: Position
  /** Index into `ledger.sentences`. */
  sentence: number
}

/** One sentence of the ledger. */
export interface SentenceRecord {
  index: number
  text: string
  start: number
  end: number
  position: Position
  certainty: Certainty
  /** Certainty on the 1 (very uncertain) to 6 (very certain) scale of Pei & Jurgens (2021). */
  certaintyScore: number
  /** Hedge or booster words that set the certainty. */
  cues: string[]
  strength: Strength
  /** Words that set the strength. */
  strengthCues: string[]
  assertion: Assertion
  /** Sentence stands alone in its paragraph and has no final punctuation: a heading or title. */
  heading: boolean
  /** Indices into `ledger.claims`. */
  claims: number[]
}

/** A mention of an entity. */
export interface Mention {
  entity: string
  text: string
  start: number
  end: number
  source: 'known' | 'found'
  sentence: number
}

/** The claim ledger of one file. */
export interface ClaimLedger {
  /** The entity the article is about, used for "it" and "the drug". */
  topic: string | undefined
  sentences: SentenceRecord[]
  claims: Claim[]
  mentions: Mention[]
}

// ---------------------------------------------------------------------------
// Rule packs, after validation.

export interface PackOrigin {
  /** Path or name of the pack file. */
  file: string
  line: number
}

export interface EntityDef {
  id: string
  label: string
  kind: string
  aliases: string[]
  /** Entities this one belongs to (esketamine belongs to ketamine): facts of the parent apply. */
  parent?: string | undefined
  /** Drug classes or mechanism labels. */
  classes: string[]
  origin: PackOrigin
}

export interface ValueDef {
  id: string
  label: string
  /** Phrases (space-separated words, `*` for any word) that express the value. */
  words: string[]
  /** Suggested wording when this value is the right one. */
  wording?: string | undefined
}

export interface PropertyDef {
  id: string
  label: string
  /** `category`: values exclude each other as listed; `interval`: times that cannot overlap conflict. */
  kind: 'category' | 'interval'
  /** What the property needs a target of: `receptor`, `form`, `outcome`, or nothing. */
  target?: 'receptor' | 'form' | 'outcome' | undefined
  values: ValueDef[]
  /** Pairs of value ids that cannot both hold. */
  excludes: Array<[string, string]>
  origin: PackOrigin
}

export interface TargetDef {
  id: string
  kind: 'receptor' | 'form' | 'outcome'
  label: string
  words: string[]
  /** Forms: the value they imply for a property (`infusion` implies `route: intravenous`). */
  implies?: {property: string; value: string} | undefined
  origin: PackOrigin
}

export interface FactDef {
  id: string
  subject: string
  property: string
  target?: string | undefined
  /** Category value id, or for interval properties a label such as `hours`. */
  value: string
  /** Interval properties: the established range in seconds. */
  interval?: Interval | undefined
  status: FactStatus
  /** What is established, in one sentence. */
  statement: string
  /** Suggested wordings. */
  expected: string[]
  source: string
  url?: string | undefined
  /** Approval facts: dates the approvals were granted (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  dates?: string[] | undefined
  /** The id of an earlier pack's fact this one replaces (a user pack correcting a built-in fact). */
  overrides?: string | undefined
  origin: PackOrigin
}

/** A phrase lexicon entry (hype, hedges, boosters, absolutes…). */
export interface LexiconEntry {
  id: string
  phrases: string[]
  reason: string
  expected: string[]
  /** Extra fields a lexicon may carry, kept as strings. */
  tags: string[]
  origin: PackOrigin
}

export interface Lexicon {
  id: string
  description: string
  entries: LexiconEntry[]
  origin: PackOrigin
}

/** A study in the references pack. */
export interface ReferenceDef {
  id: string
  authors: string[]
  year: number
  venue: string
  venueAliases: string[]
  design: string
  topics: string[]
  statement: string
  url?: string | undefined
  origin: PackOrigin
}

/** One validated pack. */
export interface Pack {
  name: string
  description: string
  file: string
  entities: EntityDef[]
  properties: PropertyDef[]
  targets: TargetDef[]
  facts: FactDef[]
  lexicons: Lexicon[]
  references: ReferenceDef[]
}
