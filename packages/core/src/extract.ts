/**
 * The claim ledger: one pass over an nlcst tree that finds, per sentence, who is talked about and
 * what is said of them: receptor actions, routes and forms, onset and duration, direction of
 * effects on outcomes; then a short pass over the claims found, which gives each its subject (that
 * needs the file's topic). Rules read the ledger; none of them walks the tree again for claims.
 */
import type {Root, Sentence} from 'nlcst'
import type {Position} from 'unist'
import {assessSentence} from './certainty.js'
import {
  actionVerbs,
  drugSuffix,
  effectWords,
  immediateHeads,
  notDrugs,
  pronouns,
  receptorAnaphors,
  receptorDeterminers,
  topicAnaphors
} from './grammar.js'
import type {Knowledge} from './knowledge.js'
import {paragraphsOf} from './paragraphs.js'
import {PhraseIndex} from './phrase.js'
import {segment, type Segment} from './segments.js'
import {findTimes} from './time.js'
import {kindsAt, scopeKinds, scopeOf, scopeSpans, type TokenScope} from './scope.js'
import {memoOf} from './token-memo.js'
import {spanText, tokenize, type Token} from './tokens.js'
import type {Assertion, Certainty, Claim, ClaimLedger, Mention, ScopeKind, ScopeSpan, SentenceRecord, Structure} from './types.js'

/** Turns file offsets into line/column points. */
export type PointAt = (offset: number) => {line: number; column: number; offset: number}

interface EntityAt {
  entity: string
  from: number
  to: number
  source: 'known' | 'found'
  kind: string
}

interface TargetAt {
  id: string
  kind: 'receptor' | 'form' | 'outcome'
  from: number
  to: number
}

interface Work {
  tokens: Token[]
  segments: Segment[]
  segmentOf: Int32Array
  entities: EntityAt[]
  record: SentenceRecord
  hedgeSpans: Array<[number, number]>
  /** The one drug the sentence before it in its paragraph named, which a sentence naming none may speak of. */
  salient: {entity: string; text: string; source: 'known' | 'found'} | undefined
  /** The sentence names no entity and points back at the topic ("it", "the drug"). */
  pointsBack: boolean
  /** The sentence's scopes in token indexes (see `scope.ts`), with those of its section. */
  scopes: readonly TokenScope[]
  /** 1 for tokens inside quotation marks; empty when the sentence quotes nothing. */
  inQuote: Uint8Array
  drafts: Draft[]
}

/** The salient drug of a sentence that pointed back at the article's topic ("it"): the topic, known once every sentence is read. */
const topicSalient: NonNullable<Work['salient']> = {entity: '', text: 'it', source: 'known'}

const anaphorIndex = new PhraseIndex<true>()
for (const phrase of topicAnaphors) anaphorIndex.add(phrase, true)

const frameHedges = /^(suggest|believ|thought|hypothes|propos|appear|seem|indicat|possib|likely|unclear|uncertain|whether|specul|presum|imply|impli)/

/** The quoted tokens of a sentence that quotes nothing (shared, never written). */
const noQuotes = new Uint8Array(0)
const quoteOpen = new Set(['“', '„', '«'])
const quoteClose = new Set(['”', '»'])
const genericReceptorWords = new Set(['specific', 'certain', 'particular', 'key', 'several', 'other', 'different', 'multiple', 'various', 'brain', 'new', 'same', 'their', 'its', 'glutamate', 'target', 'cell', 'neuronal'])
const outcomeNouns = new Set(['impairment', 'impairments', 'deficit', 'deficits', 'decline', 'loss', 'problems', 'damage', 'enhancement', 'improvement', 'improvements', 'worsening'])
const wishes = new Set(['seek', 'seeks', 'seeking', 'need', 'needs', 'needing', 'want', 'wants', 'wanting', 'desire', 'desires', 'hope', 'hoping', 'hopes', 'crave', 'craving', 'demand', 'demands', 'require', 'requires'])
const harmCues = new Set(['risk', 'risks', 'adverse', 'cause', 'causes', 'caused', 'causing', 'lead', 'leads', 'led', 'result', 'results', 'induce', 'induces', 'induced', 'harm', 'harms', 'danger', 'dangers', 'trigger', 'triggers', 'linked', 'associated', 'produce', 'produces', 'toxicity', 'warning', 'warnings', 'hazard', 'hazards'])
const notTimeSpans = new Set(['recent', 'past', 'last', 'next', 'coming', 'previous', 'those', 'these', 'early', 'earlier', 'later', 'many', 'the'])

/** Build the ledger of one tree. */
export function extractLedger(tree: Root, knowledge: Knowledge, pointAt: PointAt, source: string | undefined): ClaimLedger {
  const works: Work[] = []
  const mentions: Mention[] = []
  let lastReceptor: {id: string; sentence: number} | undefined
  /** The section the sentences stand in: its heading's level and the scopes its heading opens. */
  let section: {level: number; kinds: ScopeKind[]; reference: boolean} | undefined
  /** The article's title, when its first sentence is a heading: it names the topic. */
  let title: Title | undefined

  for (const paragraph of paragraphsOf(tree)) {
    const sentences = paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
    let quoteDepth = 0
    let salient: Work['salient']
    for (const node of sentences) {
      const tokens = tokenize(node)
      if (tokens.length === 0) continue
      const index = works.length
      const start = node.position?.start.offset ?? tokens[0]!.start
      const end = node.position?.end.offset ?? tokens[tokens.length - 1]!.end
      const last = tokens[tokens.length - 1]!
      const assessment = assessSentence(tokens, knowledge)
      const {segments, segmentOf} = segment(tokens)

      // Quotes may span sentences within a paragraph (a quoted summary).
      const quotedAtStart = quoteDepth > 0
      let quotedTokens = 0
      let words = 0
      let inQuote = noQuotes
      let straightOpen = false
      for (let position = 0; position < tokens.length; position++) {
        const token = tokens[position]!
        // Quotation marks are never words: a word needs no look-up of its text.
        if (token.kind === 'word') {
          if (quoteDepth > 0 || straightOpen) {
            if (inQuote === noQuotes) inQuote = new Uint8Array(tokens.length)
            inQuote[position] = 1
          }
          words++
          if (quoteDepth > 0) quotedTokens++
        } else if (quoteOpen.has(token.text)) quoteDepth++
        else if (quoteClose.has(token.text)) quoteDepth = Math.max(0, quoteDepth - 1)
        else if (token.text === '"') straightOpen = !straightOpen
      }

      const text = source === undefined ? spanText(tokens, 0, tokens.length - 1) : source.slice(start, end)
      const heading = sentences.length === 1 && paragraph.children.length <= 2 && !/[.!?:;]$/.test(last.text) && !/[.!?]/.test(last.text)
      const layout = source === undefined ? undefined : layoutAt(source, start)
      let structure: Structure = layout?.structure ?? (heading ? 'heading' : 'prose')
      if (heading && structure === 'prose') structure = 'heading'
      const headingLevel = layout?.level ?? (structure === 'heading' ? 1 : 0)

      // Scopes: the sentence's own, and those its section heading opens for every sentence under it
      // ("#### United Kingdom" under "Legal status", "Veterinary use").
      let scopes = scopeOf(tokens, knowledge)
      if (structure === 'heading') {
        // A subsection keeps its parent's scopes; a heading of the same level or higher ends them.
        if (section && headingLevel <= section.level) section = undefined
        const opened = new Set<ScopeKind>(section?.kinds ?? [])
        for (const scope of scopes) if (scope.kind === 'elsewhere' || scope.kind === 'animal') opened.add(scope.kind)
        section = {level: headingLevel, kinds: [...opened], reference: (index > 0 && referenceHeading.test(text)) || (section?.reference ?? false)}
      } else if (section && section.kinds.length > 0) {
        scopes = [...scopes, ...section.kinds.map((kind) => ({kind, from: 0, to: tokens.length - 1, cueFrom: -1, cueTo: -1}))]
      }
      if (structure !== 'heading' && (section?.reference || looksLikeReference(tokens, layout?.line))) structure = 'reference'

      const quoted = (quotedAtStart && quoteDepth > 0) || (words > 0 && quotedTokens / words > 0.6) || structure === 'quote'
      const assertion: Assertion = scopes.some((scope) => scope.kind === 'question') ? 'question' : quoted ? 'quoted' : isReported(scopes, tokens.length) ? 'reported' : 'own'

      const record: SentenceRecord = {
        index,
        text,
        start,
        end,
        position: {start: pointAt(start), end: pointAt(end)},
        certainty: assessment.certainty,
        certaintyScore: assessment.certaintyScore,
        cues: assessment.cues,
        strength: assessment.strength,
        strengthCues: assessment.strengthCues,
        assertion,
        heading,
        structure,
        scopes: spansOf(tokens, scopes),
        claims: []
      }

      const recentReceptor = lastReceptor && index - lastReceptor.sentence <= 3 ? lastReceptor.id : undefined
      const found = firstPass(tokens, segmentOf, knowledge, recentReceptor)
      // The title names the topic: its first sentence, when that is a heading.
      if (index === 0 && structure === 'heading') title = titleOf(tokens, found.entities, knowledge)
      const entities = title?.phrases ? withTitleMentions(found.entities, tokens, title.phrases) : found.entities
      for (const entity of entities) {
        mentions.push({
          entity: entity.entity,
          text: spanText(tokens, entity.from, entity.to),
          start: tokens[entity.from]!.start,
          end: tokens[entity.to]!.end,
          source: entity.source,
          sentence: index
        })
      }

      const drafted = found.drafted
      if (drafted.lastReceptor) lastReceptor = {id: drafted.lastReceptor, sentence: index}
      // References, code and tables whose rows name no subject are not the writer's claims.
      const drafts = structure === 'reference' || structure === 'code' || structure === 'table' ? [] : drafted.drafts
      // Whether a sentence that names no one points back at the topic ("it", "the drug").
      const pointsBack = entities.length === 0 && anaphorIndex.search(tokens).length > 0
      works.push({tokens, segments, segmentOf, entities, record, hedgeSpans: assessment.hedgeSpans, salient, pointsBack, scopes, inQuote, drafts})
      // The drug a sentence is about: the one named in its main clauses ("Ketamine works faster than
      // other treatments" is about ketamine).
      const main = entities.filter((entity) => segments[segmentOf[entity.from]!]?.role === 'main')
      const named = new Set(main.map((entity) => entity.entity))
      if (named.size === 1) salient = {entity: main[0]!.entity, text: spanText(tokens, main[0]!.from, main[0]!.to), source: main[0]!.source}
      else if (named.size > 1 || entities.length > 0) salient = undefined
      // "It is given in a clinic. Relief is instant.": a sentence that points back at the topic keeps it salient.
      else if (pointsBack) salient = topicSalient
    }
  }

  // Subjects need the topic, which needs every mention of the file: claims are a second pass.
  // A title that names no drug a pack knows is the topic when the article names it again, as an
  // article about a substance does ("Caffeine … Caffeine is …"), not a title like "Treatment day".
  const named = title?.candidates.find((id) => mentions.some((m) => m.entity === id && m.sentence > 0))
  const titled = Boolean(title?.known ?? named)
  const topic = title?.known ?? named ?? pickTopic(title ? mentions.filter((m) => !title!.candidates.includes(m.entity)) : mentions, knowledge)
  const claims: Claim[] = []
  for (const work of works) {
    if (work.drafts.length === 0) continue
    for (const claim of claimsOf(work, topic, titled, pointAt, source, knowledge)) {
      work.record.claims.push(claims.length)
      claims.push(claim)
    }
  }

  return {topic, sentences: works.map((w) => w.record), claims, mentions}
}

/** What the first pass finds in a sentence: the entities it names and its drafted claims. */
export interface FirstPass {
  entities: EntityAt[]
  drafted: Drafted
}

/**
 * The first pass of a token list, per knowledge base and per receptor "these receptors" may point
 * back to (kept in its memo, see `memoOf`). A first pass reads nothing else (and holds token indexes only), so a
 * sentence that an edit left alone is not searched again when a lint cache moves it (see
 * `LintCache` in `claimlint`).
 */
function firstPass(tokens: Token[], segmentOf: Int32Array, knowledge: Knowledge, recentReceptor: string | undefined): FirstPass {
  const slots = memoOf(tokens).for(knowledge)
  if (recentReceptor === undefined) {
    slots.firstPass ??= {entities: findEntities(tokens, knowledge), drafted: draftClaims(tokens, segmentOf, knowledge, undefined)}
    return slots.firstPass
  }
  slots.firstPassByReceptor ??= new Map()
  let found = slots.firstPassByReceptor.get(recentReceptor)
  if (!found) {
    found = {entities: findEntities(tokens, knowledge), drafted: draftClaims(tokens, segmentOf, knowledge, recentReceptor)}
    slots.firstPassByReceptor.set(recentReceptor, found)
  }
  return found
}

/** Does the sentence report someone's words ("she said", "according to") over most of it? */
function isReported(scopes: readonly TokenScope[], length: number): boolean {
  return scopes.some((scope) => scope.kind === 'reported' && scope.to - scope.from + 1 >= length * 0.6)
}

/** The scopes of a sentence in file offsets (a section's scopes have no trigger in the sentence). */
function spansOf(tokens: readonly Token[], scopes: readonly TokenScope[]): ScopeSpan[] {
  const own = scopes.filter((scope) => scope.cueFrom >= 0)
  const spans = scopeSpans(tokens, own)
  for (const scope of scopes) {
    if (scope.cueFrom >= 0) continue
    spans.push({kind: scope.kind, start: tokens[scope.from]!.start, end: tokens[scope.to]!.end, cueStart: -1, cueEnd: -1, cue: '(section heading)'})
  }
  return spans
}

/** Headings of sections that list sources rather than make claims. */
const referenceHeading = /^\W*(references|bibliography|further reading|external links|notes|sources|citations|works cited|literature|see also|notes and references|footnotes)\W*$/i

/** Where a sentence stands in a Markdown file, read from the line it starts on. */
function layoutAt(source: string, offset: number): {structure: Structure; level: number; line: string} {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1
  let lineEnd = source.indexOf('\n', offset)
  if (lineEnd < 0) lineEnd = source.length
  const line = source.slice(lineStart, lineEnd)
  const heading = /^ {0,3}(#{1,6})\s/.exec(line)
  if (heading) return {structure: 'heading', level: heading[1]!.length, line}
  if (/^\s*\|/.test(line)) return {structure: 'table', level: 0, line}
  if (/^\s*>/.test(line)) return {structure: 'quote', level: 0, line}
  if (/^( {4}|\t)/.test(line) && !/^\s*([-*+]|\d+[.)])\s/.test(line)) return {structure: 'code', level: 0, line}
  if (/^\s*([-*+]|\d+[.)])\s/.test(line)) return {structure: 'list-item', level: 0, line}
  return {structure: 'prose', level: 0, line}
}

/**
 * A bibliography entry or a line of links: a citation's marks (doi, PMID, ISBN, "et al." with a
 * year, volume and pages) or a line that is mostly links.
 */
function looksLikeReference(tokens: readonly Token[], line: string | undefined): boolean {
  if (line !== undefined) {
    if (/\bdoi\b|doi\.org|\bPMID\b|\bISBN\b|\bPMC\d|\bpp?\.\s*\d/i.test(line)) return true
    if (/et al\.?,?\s*\(?(19|20)\d\d/.test(line) && /\(?(19|20)\d\d\)?[.;:,]/.test(line) && /:\s*\d+/.test(line)) return true
    const links = line.match(/\[[^\]]*\]\([^)]*\)/g)
    if (links) {
      const linked = links.reduce((sum, link) => sum + link.length, 0)
      if (linked > line.replace(/^\s*([-*+]|\d+[.)])\s*/, '').length * 0.6) return true
    }
  }
  return false
}

/**
 * What an article's title says of its topic: a drug the packs know, or else the names it may be
 * about (the whole short title, "Caffeine", or its first word, "Velorazine side effects"), which
 * become the topic when the article names them again.
 */
interface Title {
  known: string | undefined
  candidates: string[]
  phrases: PhraseIndex<string> | undefined
}

function titleOf(tokens: readonly Token[], entities: readonly EntityAt[], knowledge: Knowledge): Title | undefined {
  for (const entity of entities) {
    const kind = knowledge.entities.get(entity.entity)?.kind
    if (entity.source === 'known' && kind !== 'comparator' && kind !== 'organisation') return {known: entity.entity, candidates: [], phrases: undefined}
  }
  const found = entities.find((entity) => entity.source === 'found')
  if (found) return {known: undefined, candidates: [found.entity], phrases: undefined}
  const words = tokens.filter((token) => token.kind === 'word')
  if (words.length === 0 || words.length > 4) return undefined
  // A word the packs read as a form, a receptor or a value ("Infusion notes") names no substance.
  const first = tokens.findIndex((token) => token.kind === 'word')
  if (knowledge.targetIndex.matchAt(tokens, first) || knowledge.valueIndex.matchAt(tokens, first) || pronouns.has(tokens[first]!.norm)) return undefined
  const phrases = new PhraseIndex<string>()
  const candidates: string[] = []
  const whole = words.map((token) => token.norm).join(' ')
  phrases.add(words.map((token) => token.text).join(' '), whole)
  candidates.push(whole)
  const firstWord = words[0]!
  if (words.length > 1 && firstWord.norm.length >= 4 && /^\p{Lu}/u.test(firstWord.text)) {
    phrases.add(firstWord.text, firstWord.norm)
    candidates.push(firstWord.norm)
  }
  return {known: undefined, candidates, phrases}
}

/** The sentence's entities with the names the title may be about added where they stand (known to no pack). */
function withTitleMentions(entities: EntityAt[], tokens: readonly Token[], phrases: PhraseIndex<string>): EntityAt[] {
  const matches = phrases.search(tokens)
  if (matches.length === 0) return entities
  const added = matches
    .filter((match) => !entities.some((e) => e.from <= match.to && e.to >= match.from))
    .map((match): EntityAt => ({entity: match.values[0]!, from: match.from, to: match.to, source: 'found', kind: 'drug'}))
  return added.length === 0 ? entities : [...entities, ...added].sort((a, b) => a.from - b.from)
}

/** Known entities from the packs, then drug-like words no pack knows. */
function findEntities(tokens: readonly Token[], knowledge: Knowledge): EntityAt[] {
  const entities: EntityAt[] = []
  const known = knowledge.entityIndex.search(tokens)
  for (const match of known) {
    const id = match.values[0]!
    entities.push({entity: id, from: match.from, to: match.to, source: 'known', kind: knowledge.entities.get(id)?.kind ?? 'drug'})
  }
  // Known matches are ascending and do not overlap: the words between them are the candidates.
  let nextKnown = 0
  let found = false
  for (let index = 0; index < tokens.length; index++) {
    if (nextKnown < known.length && known[nextKnown]!.from === index) {
      index = known[nextKnown++]!.to
      continue
    }
    const token = tokens[index]!
    const norm = token.norm
    if (token.kind !== 'word' || norm.length < 5) continue
    // Short words with a drug-like ending are mostly ordinary words ("april", "orphan").
    if (norm.length < 7 && !(beforeActionVerb(tokens, index) && startsWithCapital(token.text))) continue
    if (notDrugs.has(norm) || pronouns.has(norm)) continue
    const drugLike = drugSuffix.test(norm) && /^\p{L}[\p{L}\d-]*$/u.test(norm)
    const actsOnReceptor = !drugLike && beforeActionVerb(tokens, index) && /^\p{Lu}[\p{Ll}\d-]+$/u.test(token.text.replace(/['’]s$/, ''))
    if (!drugLike && !actsOnReceptor) continue
    // A word a target or value uses ("antagonist", "NMDA") is not a drug.
    if (knowledge.targetIndex.matchAt(tokens, index) || knowledge.valueIndex.matchAt(tokens, index)) continue
    entities.push({entity: norm, from: index, to: index, source: 'found', kind: 'drug'})
    found = true
  }
  return found ? entities.sort((a, b) => a.from - b.from) : entities
}

/** Is the next token a verb of receptor action ("Velorazine blocks …")? */
function beforeActionVerb(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && actionVerbs.has(next.norm)
}

/** Does the text start with a capital letter? ASCII answers without the Unicode class. */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

/** The article's topic: the drug or treatment mentioned most, the first one on a tie. */
function pickTopic(mentions: readonly Mention[], knowledge: Knowledge): string | undefined {
  const counts = new Map<string, number>()
  for (const mention of mentions) {
    const kind = knowledge.entities.get(mention.entity)?.kind
    if (kind === 'comparator') continue
    counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1)
  }
  let best: string | undefined
  let bestCount = 0
  for (const [entity, count] of counts) {
    if (count > bestCount) {
      best = entity
      bestCount = count
    }
  }
  return best
}

/** How far (in words outside parentheses) a category value binds to a target of each kind. */
const bindingWindows = {receptor: 6, form: 3, outcome: 2} as const

/** 1 for the tokens inside parentheses (the parentheses included). */
function parenthesised(tokens: readonly Token[]): Uint8Array {
  const inParens = new Uint8Array(tokens.length)
  let depth = 0
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position]!
    if (token.text === '(') depth++
    if (depth > 0) inParens[position] = 1
    if (token.text === ')') depth = Math.max(0, depth - 1)
  }
  return inParens
}

/** Does the clause of `index` say something brings harm about ("causes memory problems")? */
function segmentHasHarm(tokens: readonly Token[], segmentOf: Int32Array, index: number): boolean {
  for (let look = 0; look < tokens.length; look++) {
    if (segmentOf[look] !== segmentOf[index]) continue
    const norm = tokens[look]!.norm
    if (harmCues.has(norm) || (norm === 'side' && tokens[look + 1]?.norm.startsWith('effect'))) return true
  }
  return false
}

/** A value word used as an adjective of a state ("raised", "low", "impaired"), not as a verb or an action noun. */
function conditionAdjective(tokens: readonly Token[], from: number, to: number): boolean {
  if (from !== to) return false
  const norm = tokens[from]!.norm
  const before = tokens[from - 1]?.norm ?? ''
  // "ketamine improved memory": a past tense after a subject is an effect; after an article or a preposition it is a state.
  // "leading to increased plasticity" says the treatment brings the state about.
  if (before === 'to' && /^(lead|leads|leading|led|contribute|contributes|contributing|contributed)$/.test(tokens[from - 2]?.norm ?? '')) return false
  return (norm.endsWith('ed') || /^(low|high|poor|better|worse)$/.test(norm)) && (tokens[from - 1] === undefined || /^(a|an|the|with|of|for|in|from|and|or|to|by|have|has|had)$/.test(before) || tokens[from - 1]!.kind !== 'word')
}

/** Does a word of the set occur in the given clause segment? */
function segmentHas(tokens: readonly Token[], segmentOf: Int32Array, segmentIndex: number, words: ReadonlySet<string>): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (segmentOf[index] === segmentIndex && words.has(tokens[index]!.norm)) return true
  }
  return false
}

/**
 * A claim as the first pass over a sentence finds it: its words, target and value. Its subject
 * waits for the second pass, which knows the file's topic.
 */
interface Draft {
  /** The token the claim is about (its subject is the entity nearest to it). */
  index: number
  from: number
  to: number
  property: string
  target: string | undefined
  value: string
  interval: Claim['interval']
  implied: boolean
  /** A class noun followed by a name ("the antagonist memantine"): the token of that name. */
  namedAfter: number | undefined
  /** Said to be the only value ("only intravenously"). */
  exclusive: boolean
}

interface Drafted {
  drafts: Draft[]
  /** The last receptor the sentence names, which "these receptors" may point back to. */
  lastReceptor: string | undefined
}

/**
 * The claims of a sentence but their subjects: receptor actions, routes and forms bound to their
 * targets, and onsets and durations. Done in the first pass, while the sentence's tokens are fresh.
 */
function draftClaims(
  tokens: readonly Token[],
  segmentOf: Int32Array,
  knowledge: Knowledge,
  recentReceptor: string | undefined
): Drafted {
  const drafts: Draft[] = []
  const targets: TargetAt[] = []
  // Parenthesised tokens are appositions: "NMDA (N-methyl-D-aspartate) receptors" is one target,
  // and "intravenous (IV) infusion" is one route. Found when a value first needs a distance.
  let inParens: Uint8Array | undefined
  const gap = (a: number, b: number): number => {
    inParens ??= parenthesised(tokens)
    let count = 0
    for (let index = a + 1; index < b; index++) if (!inParens[index]) count++
    return count + 1
  }
  for (const match of knowledge.targetIndex.search(tokens)) {
    const id = match.values[0]!
    const kind = knowledge.targets.get(id)!.kind
    let to = match.to
    if (kind === 'receptor' && tokens[to + 1]?.text === '(') {
      let close = to + 1
      while (close < tokens.length && tokens[close]!.text !== ')') close++
      if (close - to <= 6 && receptorAnaphors.has(tokens[close + 1]?.norm ?? '')) to = close + 1
    }
    targets.push({id, kind, from: match.from, to})
  }
  // Receptors no pack knows: "kappa receptors", and "these receptors" pointing back.
  let lastReceptor: string | undefined
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (!receptorAnaphors.has(token.norm)) continue
    if (targets.some((t) => t.from <= index && t.to >= index)) continue
    const before = tokens[index - 1]
    if (!before || before.kind !== 'word') continue
    const inner = targets.find((t) => t.kind === 'receptor' && t.to === index - 1)
    if (inner) continue
    if (receptorDeterminers.has(before.norm) || genericReceptorWords.has(before.norm)) {
      // "a specific receptor called NMDA" names it just after; "these receptors" points back.
      const named = genericReceptorWords.has(before.norm)
        ? targets.find((t) => t.kind === 'receptor' && t.from > index && t.from - index <= 4)
        : undefined
      const earlier = [...targets].reverse().find((t) => t.kind === 'receptor' && t.to < index)
      const id = named?.id ?? earlier?.id ?? recentReceptor
      if (id) targets.push({id, kind: 'receptor', from: index - 1, to: index})
    } else if (!pronouns.has(before.norm) && /^[\p{L}\d-]+$/u.test(before.norm)) {
      targets.push({id: before.norm, kind: 'receptor', from: index - 1, to: index})
    }
  }
  targets.sort((a, b) => a.from - b.from)
  for (const target of targets) if (target.kind === 'receptor') lastReceptor = target.id

  // Category values bound to the nearest target of the kind their property needs.
  // Most sentences bind no value: the set and map are made for the first one.
  let usedForms: Set<TargetAt> | undefined
  let bound:
    | Map<TargetAt, {index: number; from: number; to: number; property: string; value: string; namedAfter: number | undefined; exclusive: boolean}>
    | undefined
  let routeVerbs: ReadonlyArray<{from: number; to: number}> | undefined
  for (const match of knowledge.valueIndex.search(tokens)) {
    if (targets.some((t) => t.from <= match.from && t.to >= match.to)) continue
    let best: {sense: (typeof match.values)[number]; target: TargetAt; distance: number} | undefined
    for (const sense of match.values) {
      const property = knowledge.properties.get(sense.property)
      const kind = property?.target
      if (!kind) continue
      for (const target of targets) {
        if (target.kind !== kind) continue
        if (segmentOf[target.from] !== segmentOf[match.from] && segmentOf[target.to] !== segmentOf[match.to]) continue
        const distance = target.from > match.to ? gap(match.to, target.from) : gap(target.to, match.from)
        if (distance < 1 || distance > bindingWindows[kind]) continue
        // After its outcome, only a noun reads as an effect: "memory loss", not "memory and improves".
        if (kind === 'outcome' && target.from < match.from && !outcomeNouns.has(tokens[match.to]!.norm)) continue
        // "attention deficit", "memory problems" name a condition, not an effect, unless the clause says something brings it about.
        if (kind === 'outcome' && target.from < match.from && !(segmentHasHarm(tokens, segmentOf, match.from))) continue
        // "raised blood pressure", "low blood pressure", "improved cognition" right before the outcome name a state, not an effect.
        if (kind === 'outcome' && target.from === match.to + 1 && conditionAdjective(tokens, match.from, match.to)) continue
        if (kind === 'receptor' && !receptorBinds(tokens, match.from, match.to, target)) continue
        if (!best || distance < best.distance) best = {sense, target, distance}
      }
    }
    if (!best) {
      // "given intravenously", "taken by mouth", "injected into a muscle": a route with no form named.
      const route = match.values.find((sense) => knowledge.properties.get(sense.property)?.target === 'form')
      routeVerbs ??= knowledge.lexiconIndex('route-verbs').search(tokens)
      const verb = route && routeVerbs.find((v) => segmentOf[v.from] === segmentOf[match.from] && (v.to < match.from ? match.from - v.to <= 3 : v.from - match.to <= 2))
      if (route && verb) {
        const exclusive = saidOnly(tokens, segmentOf, match.from, match.to, knowledge)
        drafts.push({index: match.from, from: match.from, to: match.to, property: route.property, target: undefined, value: route.value, interval: undefined, implied: false, namedAfter: undefined, exclusive})
      }
      continue
    }
    const {sense, target} = best
    let namedAfter: number | undefined
    if (target.kind === 'receptor') {
      const form = valueForm(tokens[match.from]!.norm)
      // "μ-opioid receptor agonists" names a class of other drugs unless something is said to be one.
      if (form === 'plural-agent' && !linkedBefore(tokens, segmentOf, match.from, knowledge)) continue
      // "the 5-HT2A receptor antagonist volinanserin": the value belongs to the name after it.
      const next = tokens[match.to + 1]
      if (form === 'agent' && target.to < match.from && next?.kind === 'word' && !notNames.has(next.norm)) namedAfter = match.to + 1
    }
    const exclusive = saidOnly(tokens, segmentOf, match.from, match.to, knowledge)
    if (target.kind === 'form') (usedForms ??= new Set()).add(target)
    const from = Math.min(match.from, target.from)
    const to = Math.max(match.to, target.to)
    // "intravenous (IV) infusion": two words for one claim on one target; keep the wider span.
    bound ??= new Map()
    const twin = bound.get(target)
    if (twin && twin.property === sense.property && twin.value === sense.value) {
      twin.from = Math.min(twin.from, from)
      twin.to = Math.max(twin.to, to)
      continue
    }
    bound.set(target, {index: match.from, from, to, property: sense.property, value: sense.value, namedAfter, exclusive})
  }
  for (const [target, {index, from, to, property, value, namedAfter, exclusive}] of bound ?? []) {
    drafts.push({index, from, to, property, target: target.id, value, interval: undefined, implied: false, namedAfter, exclusive})
  }

  // Forms that imply a value: "ketamine infusions" says intravenous without the word.
  for (const target of targets) {
    if (target.kind !== 'form' || usedForms?.has(target)) continue
    const implies = knowledge.targets.get(target.id)?.implies
    if (!implies) continue
    const exclusive = saidOnly(tokens, segmentOf, target.from, target.to, knowledge)
    drafts.push({index: target.from, from: target.from, to: target.to, property: implies.property, target: target.id, value: implies.value, interval: undefined, implied: true, namedAfter: undefined, exclusive})
  }

  // Time: onset and duration of the treatment's effect.
  const times = findTimes(tokens)
  let previous: {kind: 'onset' | 'duration'; to: number; target: string | undefined} | undefined
  let aboutOther: ReadonlyArray<{from: number}> | undefined
  for (const time of times) {
    const segmentIndex = segmentOf[time.from]!
    // A time for side effects, monitoring, tolerance, the body clearing the drug, a study or a
    // life is no onset or duration of the treatment's benefit: when unsure, no claim.
    aboutOther ??= knowledge.lexiconIndex('time-about-other').search(tokens)
    if (aboutOther.some((match) => segmentOf[match.from] === segmentIndex)) continue
    if (!aboutTreatment(tokens, time.from, time.to)) continue
    let kind = time.kind
    let target: string | undefined
    if (time.label === 'immediate' || time.label === 'immediately' || time.label.startsWith('instant')) {
      const next = tokens[time.to + 1]
      const before = tokens.slice(Math.max(0, time.from - 5), time.from).filter((_, i, all) => segmentOf[time.from - all.length + i] === segmentIndex)
      const head = next && immediateHeads.has(next.norm)
      const predicate = before.some((t) => effectWords.has(t.norm)) && (!next || next.kind !== 'word' || next.norm === 'with' || next.norm === 'after')
      if (!head && !predicate) continue
      // "patients seeking immediate relief" is a wish, not a claim about the drug.
      if (tokens.slice(Math.max(0, time.from - 2), time.from).some((t) => wishes.has(t.norm))) continue
    } else {
      if (notTimeSpans.has(tokens[time.from - 1]?.norm ?? '')) continue
      // "take weeks (to work)" is about an effect even when the clause stops there.
      const takes = tokens.slice(Math.max(0, time.from - 3), time.from).some((t) => /^(take|takes|took|taking)$/.test(t.norm))
      const hasEffect = takes || segmentHas(tokens, segmentOf, segmentIndex, effectWords)
      if (!kind && previous && time.from - previous.to <= 4) {
        kind = previous.kind
        target = previous.target
      } else if (!hasEffect) continue
      if (!kind) continue
    }
    previous = {kind: kind ?? 'onset', to: time.to, target}
    drafts.push({index: time.from, from: time.from, to: time.to, property: kind ?? 'onset', target, value: time.label.toLowerCase(), interval: time.interval, implied: false, namedAfter: undefined, exclusive: false})
  }

  return {drafts, lastReceptor}
}

/**
 * The grammatical form of a receptor-action word: a class noun ("antagonist", plural "antagonists"),
 * an action noun ("blockade", "activation") or a verb ("blocks", "blocked").
 */
function valueForm(norm: string): 'agent' | 'plural-agent' | 'nominal' | 'verb' {
  if (/(ists|ors|ers)$/.test(norm)) return 'plural-agent'
  if (/(ist|or|er)$/.test(norm)) return 'agent'
  if (/(ion|ism|ade|age|ment)$/.test(norm)) return 'nominal'
  return 'verb'
}

const beVerbs = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const ofWords = new Set(['of', 'at', 'on', 'to', 'for'])
/** Words after a class noun that do not name a compound ("an antagonist that …", "antagonist drugs"). */
const notNames = new Set([
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whose', 'with', 'without', 'in', 'at', 'of', 'to', 'for', 'by', 'on', 'as',
  'from', 'like', 'such', 'than', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'can', 'may', 'might', 'could', 'will',
  'would', 'should', 'must', 'also', 'not', 'drug', 'drugs', 'medication', 'medications', 'medicine', 'medicines', 'compound',
  'compounds', 'agent', 'agents', 'properties', 'property', 'activity', 'activities', 'effect', 'effects', 'action', 'actions',
  'class', 'family', 'type', 'used', 'use', 'therapy', 'treatment', 'site', 'sites', 'binding', 'mechanism', 'profile', 'and/or',
  'it', 'its', 'this', 'these', 'the', 'a', 'an', 'when', 'while', 'because', 'since', 'if', 'so', 'then', 'there', 'here'
])

/**
 * Does a receptor-action word reach a receptor on that side? A verb acts on the receptor after it
 * ("blocks NMDA receptors"); the receptor before an active verb is its subject ("the receptors in
 * the cortex inhibit …"), before a passive one its object ("receptors are blocked by"). A class or
 * action noun takes its receptor in front ("NMDA receptor antagonist", "NMDA blockade") or after
 * a preposition ("an antagonist at NMDA receptors", "blockade of NMDA receptors").
 */
function receptorBinds(tokens: readonly Token[], from: number, to: number, target: TargetAt): boolean {
  const form = valueForm(tokens[from]!.norm)
  if (form === 'verb') {
    const passive = tokens[from]!.norm.endsWith('ed') && (tokens[to + 1]?.norm === 'by' || beVerbs.has(tokens[from - 1]?.norm ?? ''))
    // "blocked by the 5-HT2A receptor antagonist …": the receptor after "by" belongs to the agent.
    return passive ? target.to < from : target.from > to
  }
  if (target.to < from) return target.to === from - 1
  return ofWords.has(tokens[to + 1]?.norm ?? '') || (tokens[to]!.norm === 'of' && target.from === to + 1)
}

/** Is a plural class noun linked to a subject ("are NMDA antagonists", "act as antagonists") in its clause? */
function linkedBefore(tokens: readonly Token[], segmentOf: Int32Array, from: number, knowledge: Knowledge): boolean {
  return knowledge
    .lexiconIndex('copulas')
    .search(tokens)
    .some((match) => {
      if (match.to >= from || from - match.to > 6 || segmentOf[match.from] !== segmentOf[from]) return false
      // "are attenuated by 5-HT1A antagonists": the noun is the agent of another verb, not what the subject is.
      for (let index = match.to + 1; index < from; index++) if (ofWords.has(tokens[index]!.norm) || tokens[index]!.norm === 'by' || tokens[index]!.norm.endsWith('ed')) return false
      return true
    })
}

/** Is the value said to be the only one ("given only intravenously", "intravenous use only")? */
function saidOnly(tokens: readonly Token[], segmentOf: Int32Array, from: number, to: number, knowledge: Knowledge): boolean {
  return knowledge
    .lexiconIndex('exclusive-words')
    .search(tokens)
    .some((match) => segmentOf[match.from] === segmentOf[from] && ((match.to < from && from - match.to <= 3) || (match.from > to && match.from - to <= 2)))
}

/** Words before "by" that make the time after it a difference ("shorter by three days"), not an onset. */
const differences = new Set(['(', 'shorter', 'longer', 'shortened', 'lengthened', 'prolonged', 'extended', 'reduced', 'increased', 'decreased', 'delayed', 'earlier', 'later', 'faster', 'slower'])
const onsetPrepositions = new Set(['within', 'after', 'in', 'inside', 'over'])
const studyNouns = new Set(['trial', 'trials', 'study', 'studies', 'course', 'courses', 'program', 'programme', 'period', 'followup', 'session', 'sessions', 'experiment', 'experiments'])

/**
 * Is a time in a position to be a treatment's onset or duration? Not a difference ("shorter by
 * three days"), not a span of something ("years of research", "weeks of treatment"), not a time
 * until something else happened ("it took years until …").
 */
function aboutTreatment(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.norm
  const next = tokens[to + 1]?.norm
  if (before === 'by' && differences.has(tokens[from - 2]?.norm ?? tokens[from - 2]?.text ?? '')) return false
  if (next === 'of' && !onsetPrepositions.has(before ?? '')) return false
  if (next === 'until' || next === 'before') return false
  // "a six-week trial", "two years of follow-up": the length of a study.
  if (next !== undefined && studyNouns.has(next)) return false
  return true
}

/** The claims of a sentence with their subjects, polarity, certainty and assertion, in text order. */
function claimsOf(work: Work, topic: string | undefined, titled: boolean, pointAt: PointAt, source: string | undefined, knowledge: Knowledge): Claim[] {
  const {tokens, segments, segmentOf, record} = work
  const claims: Claim[] = []

  const subjectFor = (index: number, property: string): {subject: string; text: string; source: Claim['subjectSource']} | undefined => {
    const segmentIndex = segmentOf[index]!
    const here = segments[segmentIndex]
    const pick = (candidates: EntityAt[]): EntityAt | undefined => {
      let best: EntityAt | undefined
      let distance = Infinity
      for (const candidate of candidates) {
        const d = candidate.to < index ? index - candidate.to : candidate.from - index + 0.5
        if (d < distance) {
          distance = d
          best = candidate
        }
      }
      return best
    }
    const asSubject = (entity: EntityAt) => ({
      subject: entity.entity,
      text: spanText(tokens, entity.from, entity.to),
      source: entity.source
    })
    const inSegment = work.entities.filter((e) => segmentOf[e.from] === segmentIndex)
    const local = pick(inSegment)
    if (local) return asSubject(local)
    if (!here || here.role === 'contrast') return undefined
    if (here.role === 'relative') {
      const antecedent = [...work.entities].reverse().find((e) => e.to < here.from)
      return antecedent ? asSubject(antecedent) : undefined
    }
    const main = work.entities.filter((e) => {
      const role = segments[segmentOf[e.from]!]?.role
      return role === 'main' || role === 'conditional'
    })
    const sentenceLevel = pick(main)
    if (sentenceLevel) return asSubject(sentenceLevel)
    // A sentence that names no one speaks of the article's topic only when a word points back
    // ("it", "the drug"): a time or a route in a sentence about nobody is no one's claim ("ignore
    // the result after five minutes", "regular exercise can improve memory").
    // A form named bare ("intramuscular infusions") is the form of the treatment the article is
    // about, as a reader takes it; a time, an action or an effect is not.
    if (!topic || work.entities.length > 0) return undefined
    if (work.pointsBack) return {subject: topic, text: 'it', source: 'topic'}
    if (knowledge.properties.get(property)?.target === 'form') return {subject: topic, text: topic, source: 'topic'}
    // "Ketamine relief is instant. Trials show relief within hours.": a time in a sentence that
    // names no one is said of the one drug the sentence before it named.
    if (work.salient === topicSalient && knowledge.properties.get(property)?.kind === 'interval') return {subject: topic, text: 'it', source: 'topic'}
    if (work.salient && knowledge.properties.get(property)?.kind === 'interval') return {subject: work.salient.entity, text: work.salient.text, source: work.salient.source}
    // In an article whose title names its drug, a time of relief in a sentence that names no one
    // and follows no other drug is the title's drug's ("Patients report instant relief").
    if (titled && !work.salient && knowledge.properties.get(property)?.kind === 'interval') return {subject: topic, text: topic, source: 'topic'}
    return undefined
  }


  const certaintyAt = (index: number): Certainty => {
    const segmentIndex = segmentOf[index]
    for (const [from] of work.hedgeSpans) {
      if (segmentOf[from] === segmentIndex) return 'hedged'
      if (from < index && frameHedges.test(tokens[from]!.norm)) return 'hedged'
    }
    return record.certainty === 'boosted' ? 'boosted' : 'plain'
  }

  const assertionAt = (index: number, kinds: ReadonlySet<ScopeKind>): Assertion => {
    if (work.inQuote[index]) return 'quoted'
    if (record.assertion !== 'own') return record.assertion
    if (kinds.has('reported') || kinds.has('denied')) return 'reported'
    if (kinds.has('hypothetical')) return 'conditional'
    const segmentIndex = segmentOf[index]!
    const role = segments[segmentIndex]?.role
    if (role === 'conditional') return 'conditional'
    return 'own'
  }

  for (const {index, from, to, property, target, value, interval, implied, namedAfter, exclusive} of work.drafts) {
    // "the NMDA receptor antagonist memantine": the value is said of the name after it.
    const named = namedAfter === undefined ? undefined : work.entities.find((e) => e.from === namedAfter)
    if (namedAfter !== undefined && !named) continue
    const subject = named ? {subject: named.entity, text: spanText(tokens, named.from, named.to), source: named.source} : subjectFor(index, property)
    if (!subject) continue
    const kinds = kindsAt(work.scopes, index, from, to)
    const start = tokens[from]!.start
    const end = tokens[to]!.end
    const position: Position = {start: pointAt(start), end: pointAt(end)}
    claims.push({
      subject: subject.subject,
      subjectText: subject.text,
      subjectSource: subject.source,
      property,
      target,
      value,
      interval,
      implied,
      polarity: kinds.has('negated') ? 'negated' : 'affirmed',
      certainty: certaintyAt(index),
      assertion: assertionAt(index, kinds),
      scope: scopeKinds.filter((kind) => kinds.has(kind)),
      exclusive,
      text: source === undefined ? spanText(tokens, from, to) : source.slice(start, end),
      start,
      end,
      position,
      sentence: record.index
    })
  }

  claims.sort((a, b) => a.start - b.start)
  return claims
}
