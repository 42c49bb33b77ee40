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
  negators,
  notDrugs,
  pronouns,
  receptorAnaphors,
  receptorDeterminers,
  sideEffectWords,
  speechVerbs,
  topicAnaphors
} from './grammar.js'
import type {Knowledge} from './knowledge.js'
import {paragraphsOf} from './paragraphs.js'
import {PhraseIndex} from './phrase.js'
import {segment, type Segment} from './segments.js'
import {findTimes} from './time.js'
import {memoOf} from './token-memo.js'
import {spanText, tokenize, type Token} from './tokens.js'
import type {Assertion, Certainty, Claim, ClaimLedger, Mention, SentenceRecord} from './types.js'

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
  /** 1 for tokens inside quotation marks; empty when the sentence quotes nothing. */
  inQuote: Uint8Array
  drafts: Draft[]
}

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

  for (const paragraph of paragraphsOf(tree)) {
    const sentences = paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
    let quoteDepth = 0
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

      const isQuestion = last.text === '?'
      const quoted = (quotedAtStart && quoteDepth > 0) || (words > 0 && quotedTokens / words > 0.6)
      const assertion: Assertion = isQuestion ? 'question' : quoted ? 'quoted' : isReported(tokens) ? 'reported' : 'own'
      const heading = sentences.length === 1 && paragraph.children.length <= 2 && !/[.!?:;]$/.test(last.text) && !/[.!?]/.test(last.text)

      const record: SentenceRecord = {
        index,
        text: source === undefined ? spanText(tokens, 0, tokens.length - 1) : source.slice(start, end),
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
        claims: []
      }

      const recentReceptor = lastReceptor && index - lastReceptor.sentence <= 3 ? lastReceptor.id : undefined
      const found = firstPass(tokens, segmentOf, knowledge, recentReceptor)
      const entities = found.entities
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
      works.push({tokens, segments, segmentOf, entities, record, hedgeSpans: assessment.hedgeSpans, inQuote, drafts: drafted.drafts})
    }
  }

  // Subjects need the topic, which needs every mention of the file: claims are a second pass.
  const topic = pickTopic(mentions, knowledge)
  const claims: Claim[] = []
  for (const work of works) {
    if (work.drafts.length === 0) continue
    for (const claim of claimsOf(work, topic, pointAt, source)) {
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

/** Does the sentence report someone's words ("she said", "according to")? */
function isReported(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // "United States" is a place, not a verb of speech.
    if (token.kind === 'word' && speechVerbs.has(token.norm) && tokens[index - 1]?.norm !== 'united') return true
    if (token.norm === 'according' && tokens[index + 1]?.norm === 'to') return true
  }
  return false
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

/** Does the sentence say something causes harm ("risk", "causes", "side effects")? */
function speaksOfHarm(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const norm = tokens[index]!.norm
    if (harmCues.has(norm) || (norm === 'side' && tokens[index + 1]?.norm.startsWith('effect'))) return true
  }
  return false
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
  let causesHarm: boolean | undefined
  // Most sentences bind no value: the set and map are made for the first one.
  let usedForms: Set<TargetAt> | undefined
  let bound: Map<TargetAt, {index: number; from: number; to: number; property: string; value: string}> | undefined
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
        // "memory loss" names a condition unless the sentence says the treatment brings it about.
        if (kind === 'outcome' && sense.value === 'worsens' && target.from < match.from && !(causesHarm ??= speaksOfHarm(tokens))) continue
        if (!best || distance < best.distance) best = {sense, target, distance}
      }
    }
    if (!best) continue
    const {sense, target} = best
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
    bound.set(target, {index: match.from, from, to, property: sense.property, value: sense.value})
  }
  for (const [target, {index, from, to, property, value}] of bound ?? []) {
    drafts.push({index, from, to, property, target: target.id, value, interval: undefined, implied: false})
  }

  // Forms that imply a value: "ketamine infusions" says intravenous without the word.
  for (const target of targets) {
    if (target.kind !== 'form' || usedForms?.has(target)) continue
    const implies = knowledge.targets.get(target.id)?.implies
    if (!implies) continue
    drafts.push({index: target.from, from: target.from, to: target.to, property: implies.property, target: target.id, value: implies.value, interval: undefined, implied: true})
  }

  // Time: onset and duration of the treatment's effect.
  const times = findTimes(tokens)
  let previous: {kind: 'onset' | 'duration'; to: number; target: string | undefined} | undefined
  for (const time of times) {
    const segmentIndex = segmentOf[time.from]!
    const sideEffect = segmentHas(tokens, segmentOf, segmentIndex, sideEffectWords)
    let kind = time.kind
    let target: string | undefined = sideEffect ? 'side-effects' : undefined
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
    drafts.push({index: time.from, from: time.from, to: time.to, property: kind ?? 'onset', target, value: time.label.toLowerCase(), interval: time.interval, implied: false})
  }

  return {drafts, lastReceptor}
}

/** The claims of a sentence with their subjects, polarity, certainty and assertion, in text order. */
function claimsOf(work: Work, topic: string | undefined, pointAt: PointAt, source: string | undefined): Claim[] {
  const {tokens, segments, segmentOf, record} = work
  const claims: Claim[] = []

  // Whether a word points back at the topic: asked only of sentences that name no one.
  let anaphor: boolean | undefined

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
    // A sentence that names no one speaks of the article's topic when a word points back ("it",
    // "the drug") or when the property only a treatment has (route, receptor action, onset of
    // relief); effects on outcomes need the pointer: "Regular exercise can improve memory" is not
    // about the article's drug.
    if (!topic) return undefined
    anaphor ??= anaphorIndex.search(tokens).length > 0
    if (anaphor || (work.entities.length === 0 && property !== 'effect')) return {subject: topic, text: anaphor ? 'it' : topic, source: 'topic'}
    return undefined
  }

  const negatedAt = (index: number): boolean => {
    const segmentIndex = segmentOf[index]
    // Within the clause, up to eight words back: "no trial has shown a reduction in …".
    for (let look = index - 1; look >= Math.max(0, index - 8); look--) {
      const token = tokens[look]!
      if (segmentOf[look] !== segmentIndex && token.kind === 'word') break
      // "not only … but also" affirms.
      if (token.kind === 'word' && negators.has(token.norm) && tokens[look + 1]?.norm !== 'only') return true
    }
    return false
  }

  const certaintyAt = (index: number): Certainty => {
    const segmentIndex = segmentOf[index]
    for (const [from] of work.hedgeSpans) {
      if (segmentOf[from] === segmentIndex) return 'hedged'
      if (from < index && frameHedges.test(tokens[from]!.norm)) return 'hedged'
    }
    return record.certainty === 'boosted' ? 'boosted' : 'plain'
  }

  const assertionAt = (index: number): Assertion => {
    if (work.inQuote[index]) return 'quoted'
    if (record.assertion !== 'own') return record.assertion
    const segmentIndex = segmentOf[index]!
    const role = segments[segmentIndex]?.role
    if (role === 'conditional') return 'conditional'
    // An "if" clause earlier in the sentence governs what follows it up to the next main clause.
    return 'own'
  }

  for (const {index, from, to, property, target, value, interval, implied} of work.drafts) {
    const subject = subjectFor(index, property)
    if (!subject) continue
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
      polarity: negatedAt(index) ? 'negated' : 'affirmed',
      certainty: certaintyAt(index),
      assertion: assertionAt(index),
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
