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

/**
 * What puts words outside the writer's own plain claim (see `scope.ts`): negation, a condition or
 * aim, someone else's words, a belief the writer denies, a past state, another country, animals or
 * the laboratory, a question.
 */
export type ScopeKind = 'negated' | 'hypothetical' | 'reported' | 'denied' | 'historical' | 'elsewhere' | 'animal' | 'question'

/** A scope of a ledger sentence in file offsets: the words it governs and the trigger that opened it. */
export interface ScopeSpan {
  kind: ScopeKind
  start: number
  end: number
  cueStart: number
  cueEnd: number
  cue: string
}

/**
 * What kind of text a sentence stands in: running prose, a heading, a list item, a table cell, a
 * reference (bibliography entries, reference lists, lists of links: never the writer's claims), a
 * block quote or code.
 */
export type Structure = 'prose' | 'heading' | 'list-item' | 'table' | 'reference' | 'quote' | 'code'

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
  /** The scope kinds in force at the claim's words (`negated` iff polarity is negated). */
  scope: ScopeKind[]
  /** Said as the only value ("only intravenously", "exclusively"): a set-valued property then excludes the others. */
  exclusive: boolean
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
  /** What kind of text the sentence stands in. */
  structure: Structure
  /** The scopes of the sentence (see `scope.ts`); rules ask `scopeAt`. */
  scopes: ScopeSpan[]
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
  /** The studies the article describes (see `evidence.ts`), once a rule has asked `evidenceOf`. */
  evidence?: StudyEvidence[] | undefined
}

/** The design of a study an article describes. */
export type StudyDesign = 'animal' | 'in-vitro' | 'observational' | 'association' | 'small-uncontrolled' | 'open-label' | 'randomised'

/** A study an article describes: its design, and the people and duration written beside it. */
export interface StudyEvidence {
  design: StudyDesign
  /** Index of the ledger sentence that describes it. */
  sentence: number
  /** File offsets of the words that name the design. */
  start: number
  end: number
  cue: string
  /** People studied, when the sentence gives a number. */
  size?: number
  /** Longest duration written in the sentence, in weeks. */
  weeks?: number
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
  /**
   * `one`: a subject has one value (a receptor action); `set`: it may have several (routes, forms,
   * indications), so two values conflict only when one is said to be the only one, or when the
   * target itself implies a value (an infusion is intravenous).
   */
  cardinality: 'one' | 'set'
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
  /**
   * Forms: the value they imply for a property (`infusion` implies `route: intravenous`), and the
   * values the form cannot have at all (`rulesOut`: there is no intramuscular infusion), which a
   * set-valued property then treats as a conflict.
   */
  implies?: {property: string; value: string; rulesOut: string[]} | undefined
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
  /** Where, for what and when the fact holds. */
  scope: FactScope
  /** The id of an earlier pack's fact this one replaces (a user pack correcting a built-in fact). */
  overrides?: string | undefined
  origin: PackOrigin
}

/** The scope of a fact: a claim outside it is not judged by the fact. */
export interface FactScope {
  /** `US` unless the pack says otherwise; `any` holds everywhere. */
  jurisdiction: string
  /** Target ids of the products or forms the fact is about; empty: every product of the subject. */
  products: string[]
  population?: string | undefined
  dose?: string | undefined
  /** Approval facts: the closed set of indications (ids of the `conditions` lexicon); empty: not known as a set. */
  indications: string[]
  /** The status holds from this date. */
  since?: string | undefined
  /** The status held until this date. */
  until?: string | undefined
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
