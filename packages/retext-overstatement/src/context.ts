/**
 * What every overstatement rule needs to know about a word: its sentence (from the claim ledger:
 * assertion, heading, certainty), its clause, and whether a hedge, a negation, a question, a
 * quotation or quotation marks around it take the claim back. Computed once per tree and shared.
 */
import {
  assessSentence,
  evidenceOf,
  ledgerOf,
  PairCache,
  paragraphsOf,
  recordFinder,
  scopeAt,
  segment,
  spanText,
  tokenize,
  type ClaimLedger,
  type Knowledge,
  type LexiconEntry,
  type PhraseMatch,
  type ScopeKind,
  type Segment,
  type SentenceRecord,
  type StudyEvidence,
  type Token
} from '@claimlint/core'
import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'

export interface SentenceView {
  readonly record: SentenceRecord
  readonly tokens: Token[]
  readonly segments: Segment[]
  readonly segmentOf: Int32Array
  /** Hedge matches with their lexicon entries. */
  readonly hedges: Array<PhraseMatch<LexiconEntry>>
  /** Index of the paragraph the sentence is in. */
  readonly paragraph: number
  /** Position in `DocumentView.sentences`. */
  readonly position: number
}

/** A sentence view whose hedges are matched when a rule first asks (most sentences are never asked). */
class LazySentenceView implements SentenceView {
  private found: Array<PhraseMatch<LexiconEntry>> | undefined

  constructor(
    readonly record: SentenceRecord,
    readonly tokens: Token[],
    readonly segments: Segment[],
    readonly segmentOf: Int32Array,
    readonly paragraph: number,
    readonly position: number,
    private readonly knowledge: Knowledge
  ) {}

  get hedges(): Array<PhraseMatch<LexiconEntry>> {
    this.found ??= hedgesIn(this.tokens, this.knowledge)
    return this.found
  }
}

/** The hedges the sentence grading found, with their lexicon entries. */
function hedgesIn(tokens: Token[], knowledge: Knowledge): Array<PhraseMatch<LexiconEntry>> {
  const hedgeIndex = knowledge.lexiconIndex('hedges')
  const hedges: Array<PhraseMatch<LexiconEntry>> = []
  for (const [from] of assessSentence(tokens, knowledge).hedgeSpans) {
    const match = hedgeIndex.matchAt(tokens, from)
    if (match) hedges.push(match)
  }
  return hedges
}

export interface DocumentView {
  ledger: ClaimLedger
  /** Paragraphs (by index) whose words date them in the past (`historical-cues`, a year before 1990). */
  historicalParagraphs: ReadonlySet<number>
  sentences: SentenceView[]
  /** Sentences under an "About <organisation>" heading: boilerplate, not claims about the evidence. */
  aboutSection: Set<number>
  /** Views by ledger sentence index. */
  byIndex: ReadonlyArray<SentenceView | undefined>
  knowledge: Knowledge
  /** Matches of the lexicons searched in every sentence while the view was built: a list per sentence. */
  searched: Map<string, Array<ReadonlyArray<PhraseMatch<LexiconEntry>>>>
}

const cache = new PairCache<Root, Knowledge, DocumentView>()

/**
 * Sentences of a tree with their tokens, aligned with `ledger.sentences`. `everywhere` names the
 * lexicons that rules will search in every sentence: the view searches them all while it visits
 * each sentence, which costs half of one pass per lexicon over a large file (each pass reads every
 * sentence from memory again).
 */
export function viewOf(tree: Root, file: VFile, knowledge: Knowledge, everywhere: ReadonlySet<string> = new Set()): DocumentView {
  const view = cache.get(tree, knowledge, () => buildView(tree, file, knowledge, everywhere))
  file.data.claimLedger = view.ledger
  return view
}

/** The studies the article describes (read into the ledger as `ledger.evidence`). */
export function studiesOf(view: DocumentView): readonly StudyEvidence[] {
  return evidenceOf(view.ledger, view.sentences, view.knowledge)
}

/** Matches of `lexicon` in a sentence (read-only): found with the view, or searched now. */
export function matchesOf(view: DocumentView, sentence: SentenceView, lexicon: string): ReadonlyArray<PhraseMatch<LexiconEntry>> {
  const lists = view.searched.get(lexicon)
  return lists ? lists[sentence.position]! : view.knowledge.lexiconIndex(lexicon).search(sentence.tokens)
}

function buildView(tree: Root, file: VFile, knowledge: Knowledge, everywhere: ReadonlySet<string>): DocumentView {
  const ledger = ledgerOf(tree, file, knowledge)
  const paragraphs = paragraphsOf(tree)
  const findRecord = recordFinder(ledger)
  // With no record at its start, a sentence takes the record at its place.
  const recordAt = (start: number, position: number) => findRecord(start, position) ?? ledger.sentences[position]
  const searched = new Map<string, Array<ReadonlyArray<PhraseMatch<LexiconEntry>>>>()
  const searches = [...everywhere].map((lexicon) => {
    const lists: Array<ReadonlyArray<PhraseMatch<LexiconEntry>>> = []
    searched.set(lexicon, lists)
    return {index: knowledge.lexiconIndex(lexicon), lists}
  })
  const sentences: SentenceView[] = []
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    for (const node of paragraphs[paragraph]!.children) {
      if (node.type !== 'SentenceNode') continue
      const tokens = tokenize(node as Sentence)
      if (tokens.length === 0) continue
      const record = recordAt(node.position?.start.offset ?? tokens[0]!.start, sentences.length)
      if (!record) continue
      // Reference lists, bibliographies and code are never the writer's claims.
      if (record.structure === 'reference' || record.structure === 'code') continue
      const {segments, segmentOf} = segment(tokens)
      for (const {index, lists} of searches) {
        lists.push(index.search(tokens))
      }
      sentences.push(new LazySentenceView(record, tokens, segments, segmentOf, paragraph, sentences.length, knowledge))
    }
  }
  const historicalParagraphs = new Set<number>()
  const historical = knowledge.lexiconIndex('historical-cues')
  for (const sentence of sentences) {
    if (historicalParagraphs.has(sentence.paragraph)) continue
    if (datedInPast(sentence.tokens) || historical.search(sentence.tokens).length > 0) historicalParagraphs.add(sentence.paragraph)
  }
  const aboutSection = new Set<number>()
  let inAbout = false
  const byIndex: Array<SentenceView | undefined> = []
  for (const sentence of sentences) {
    if (sentence.record.heading) inAbout = /^about\s/i.test(sentence.record.text.trim())
    if (inAbout) aboutSection.add(sentence.record.index)
    byIndex[sentence.record.index] = sentence
  }
  return {ledger, historicalParagraphs, sentences, aboutSection, byIndex, knowledge, searched}
}

const participleOpeners = /^(making|providing|offering|giving|creating|bringing|turning|rendering|opening|paving|leading)$/
const quoteMarks = new Set(['"', '“', '”', "'", '‘', '’', '«', '»'])

/** Is the word at `from` in the scope of a hedge? Same clause, hedge before it; a participle clause inherits modal hedges. */
export function hedgedAt(view: SentenceView, from: number): boolean {
  const clause = view.segmentOf[from]
  const role = view.segments[clause]?.role
  if (role === 'conditional' || scopeKindsAt(view, from).has('hypothetical')) return true
  for (const hedge of view.hedges) {
    if (hedge.from >= from) continue
    if (view.segmentOf[hedge.from] === clause) return true
  }
  // "…has the potential to change care, providing a lifeline": the participle continues the hedged clause.
  const segment = view.segments[clause]
  if (segment) {
    let first = segment.from
    while (first <= segment.to && view.tokens[first]!.kind !== 'word') first++
    if (participleOpeners.test(view.tokens[first]?.norm ?? '') && clause > 0) {
      return view.hedges.some((hedge) => view.segmentOf[hedge.from] === clause - 1 && hedge.values.some((entry) => entry.tags.includes('modal')))
    }
  }
  return false
}

/** A year before 1990 or a decade such as "1880s": history, not a claim about a treatment today. */
const pastYear = /^1[0-9]{3}s?$/
function datedInPast(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (pastYearAt(tokens, index)) return true
  }
  return false
}

/** A past year or decade at `index`, not a state that lasts until now ("since the 1970s"). */
function pastYearAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.kind !== 'word' || !pastYear.test(token.norm) || Number(token.norm.slice(0, 4)) >= 1990) return false
  const before = tokens[index - 1]?.norm === 'the' ? tokens[index - 2] : tokens[index - 1]
  return before?.norm !== 'since'
}

/** Present or future tense, which a past-tense sentence of a historical paragraph lacks. */
const presentVerbs = new Set(['is', 'are', 'has', 'have', 'can', 'will', 'does', 'do', 'isnt', 'arent', 'hasnt', 'havent', 'cant', 'wont', 'doesnt', 'dont', 'today', 'now', 'currently'])

/**
 * Is the sentence history told as history: dated in the past itself ("in 1890", "in the 19th
 * century"), or in the past tense inside a paragraph that is?
 */
export function historicalAt(view: DocumentView, sentence: SentenceView, from: number): boolean {
  if (scopeKindsAt(sentence, from).has('historical')) return true
  if (!view.historicalParagraphs.has(sentence.paragraph)) return false
  if (!sentence.tokens.some((t) => t.kind === 'word' && presentVerbs.has(t.norm))) return true
  // A sentence with a present tense is history only in the clause that dates itself.
  const clause = sentence.segmentOf[from]
  const {tokens} = sentence
  for (let index = 0; index < tokens.length; index++) {
    if (sentence.segmentOf[index] !== clause || tokens[index]!.kind !== 'word') continue
    if (pastYearAt(tokens, index)) return true
  }
  return view.knowledge.lexiconIndex('historical-cues').search(tokens).some((m) => sentence.segmentOf[m.from] === clause)
}

/**
 * Is the word at `from` qualified by a quantifier, a frequency or a degree word earlier in its
 * clause ("most … are harmless", "usually harmless", "virtually guarantee")? "The most" is a
 * superlative, not a quantifier.
 */
export function qualifiedAt(view: SentenceView, knowledge: Knowledge, from: number, window = 6): boolean {
  const clause = view.segmentOf[from]
  for (const match of knowledge.lexiconIndex('absolute-qualifiers').search(view.tokens)) {
    if (match.to >= from || view.segmentOf[match.from] !== clause) continue
    if (view.tokens.slice(match.to + 1, from).filter((t) => t.kind === 'word').length > window) continue
    if (view.tokens[match.from]!.norm === 'most' && view.tokens[match.from - 1]?.norm === 'the') continue
    return true
  }
  return false
}

/**
 * "Nothing short of life-changing", "nothing less than a miracle": a negation word that
 * intensifies what follows. True when every negation over `from` is opened by such a phrase.
 */
function intensifiedAt(view: SentenceView, from: number): boolean {
  const start = view.tokens[from]!.start
  const negations = view.record.scopes.filter((scope) => scope.kind === 'negated' && scope.start <= start && scope.end >= start)
  if (negations.length === 0) return false
  return negations.every((scope) => {
    const cue = view.tokens.findIndex((t) => t.start === scope.cueStart)
    const next = `${view.tokens[cue + 1]?.norm ?? ''} ${view.tokens[cue + 2]?.norm ?? ''}`
    return /^(nothing|no)$/.test(view.tokens[cue]?.norm ?? '') && /^(short of|less than)$/.test(next)
  })
}

/** The scope kinds in force at the word `from` (the ledger's scope engine, `scopeAt`). */
export function scopeKindsAt(view: SentenceView, from: number, to = from): ReadonlySet<ScopeKind> {
  return scopeAt(view.record, view.tokens[from]!.start, view.tokens[to]!.end)
}

/**
 * Is the word at `from` negated or denied ("not a cure", "no evidence that it is a miracle", "it
 * is a myth that …", "haven't proved")? Read from the ledger's scope engine.
 */
export function negatedAt(view: SentenceView, from: number): boolean {
  const kinds = scopeKindsAt(view, from)
  if (kinds.has('denied')) return true
  if (kinds.has('negated') && !intensifiedAt(view, from)) return true
  // "far from a cure": a negation the scope triggers do not list as a word.
  return view.tokens[from - 2]?.norm === 'far' && view.tokens[from - 1]?.norm === 'from'
}

const mentionVerbs = new Set(['call', 'calls', 'calling', 'called', 'dub', 'dubbed', 'dubs', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'describe', 'describes', 'described', 'describing', 'hail', 'hailed', 'hails', 'tout', 'touted', 'touts', 'so-called', 'socalled', 'term', 'word', 'nicknamed', 'branded', 'billed', 'marketed'])

/** Is the word someone else's label ("critics call it a miracle", "has been hailed as a breakthrough")? */
export function mentionAt(view: SentenceView, from: number): boolean {
  const clause = view.segmentOf[from]
  for (let look = from - 1; look >= Math.max(0, from - 5); look--) {
    const token = view.tokens[look]!
    if (token.kind === 'word' && view.segmentOf[look] !== clause) break
    if (token.kind === 'word' && mentionVerbs.has(token.norm)) return true
  }
  return false
}

/** Is the phrase written as a mention, inside quotation marks ("the word “miracle”")? */
export function literalAt(view: SentenceView, from: number, to: number): boolean {
  const before = view.tokens[from - 1]
  const after = view.tokens[to + 1]
  return Boolean(before && after && quoteMarks.has(before.text) && quoteMarks.has(after.text))
}

/** Whose words: the article's own, or someone it quotes or reports. */
export function voiceOf(view: SentenceView, from?: number, to?: number): 'own' | 'quoted' | 'question' {
  const assertion = view.record.assertion
  if (assertion === 'question') return 'question'
  if (assertion === 'quoted' || assertion === 'reported' || view.record.structure === 'quote') return 'quoted'
  if (from !== undefined) {
    const kinds = scopeKindsAt(view, from, to)
    if (kinds.has('question')) return 'question'
    if (kinds.has('reported')) return 'quoted'
  }
  return 'own'
}

/** Text of tokens `from`–`to` as written in the file. */
export function textOf(view: SentenceView, from: number, to: number, file: VFile): string {
  const value = String(file.value ?? '')
  const start = view.tokens[from]!.start
  const end = view.tokens[to]!.end
  return value ? value.slice(start, end) : spanText(view.tokens, from, to)
}
