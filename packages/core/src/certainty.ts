/**
 * Sentence-level certainty and claim strength, read from the lexicons of the certainty pack
 * (`rules/certainty.yml`): `hedges`, `not-hedges`, `boosters`, `strength-correlational`,
 * `strength-causal`, `strength-purpose`.
 *
 * - Certainty: `hedged` when a hedge cue is present (approximators such as "partly" excepted),
 *   `boosted` when a strong booster is present and no hedge, else `plain`. `certaintyScore`
 *   places the sentence on the 1–6 scale of Pei & Jurgens (2021): hedges pull it down,
 *   boosters and reported findings push it up.
 * - Strength, after Yu, Li & Wang (2019): `direct_causal` when a causal cue stands without a
 *   modal before it in its clause, `conditional_causal` when every causal cue is under a modal
 *   ("may reduce", "appears to improve"), `correlational` for associations and group
 *   comparisons, `none` otherwise. A causal verb that states an aim or a need ("to reduce",
 *   "is needed to improve") does not count, nor does one inside an association ("associated with
 *   reduced risk").
 */
import type {Knowledge} from './knowledge.js'
import type {PhraseMatch} from './phrase.js'
import {memoOf} from './token-memo.js'
import {spanText, type Token} from './tokens.js'
import type {Certainty, LexiconEntry, Strength} from './types.js'

export interface SentenceAssessment {
  certainty: Certainty
  /** Words that set the certainty. */
  cues: string[]
  /** Token ranges of the hedge cues, for scoping hedges to clauses. */
  hedgeSpans: Array<[number, number]>
  strength: Strength
  strengthCues: string[]
  /** Token ranges of the strong booster cues. */
  boosterSpans: Array<[number, number]>
  /** How certain the sentence sounds, from 1 (very uncertain) to 6 (very certain). */
  certaintyScore: number
}

type Match = PhraseMatch<LexiconEntry>

const clauseBreak = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?'])
const clauseWords = new Set(['but', 'although', 'though', 'whereas', 'while', 'however', 'and'])
const associationWords = /^(associat|correlat|link|relat|predict)/
const causalVerbsStrong = /^(cause|caused|causes|causing|led|leads|lead|result|resulted|results|resulting)$/
/** Modal-like words that make a causal verb conditional even without the lexicon tag. */
const modalWords = new Set(['may', 'might', 'could', 'would', 'possibly', 'potentially', 'likely', 'probably', 'perhaps', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'unlikely', 'putative', 'potential', 'possible', 'presumably'])

const tagged = (match: Match, tag: string): boolean => match.values.some((entry) => entry.tags.includes(tag))

/**
 * Grade one sentence. The ledger and the rules grade the same shared token lists (see `tokenize`),
 * so each is graded once per knowledge base; treat the result as read-only.
 */
export function assessSentence(tokens: readonly Token[], knowledge: Knowledge): SentenceAssessment {
  const slots = memoOf(tokens).for(knowledge)
  return (slots.grade ??= assess(tokens, knowledge))
}

/**
 * The lexicons that can make a sentence anything but plain with no strength (`not-hedges` only
 * takes hedges away, so it is not one of them).
 */
const gradingLexicons = ['hedges', 'boosters', 'strength-correlational', 'strength-purpose', 'strength-causal']

function assess(tokens: readonly Token[], knowledge: Knowledge): SentenceAssessment {
  // Four sentences in ten have no word any grading phrase starts with (one test of bits each).
  if (!gradingLexicons.some((lexicon) => knowledge.lexiconIndex(lexicon).mayMatch(tokens))) {
    const certaintyScore = scoreOf(tokens, [], [], knowledge)
    return {certainty: 'plain', cues: [], hedgeSpans: [], strength: 'none', strengthCues: [], boosterSpans: [], certaintyScore}
  }

  // Hedges, minus the ones inside a phrase that only looks like a hedge ("membrane potential").
  const notHedges = knowledge.lexiconIndex('not-hedges').search(tokens)
  const covered = (match: Match, by: readonly Match[]): boolean =>
    by.some((other) => other.from <= match.from && other.to >= match.to && other.to - other.from >= match.to - match.from)
  const hedges = knowledge
    .lexiconIndex('hedges')
    .search(tokens)
    .filter((match) => !covered(match, notHedges))
    .filter((match) => {
      // "May 2020", "in May": the month.
      const first = tokens[match.from]!
      if (first.text !== 'May' || match.from === 0) return true
      const next = tokens[match.to + 1]
      const before = tokens[match.from - 1]
      return !(/^\d/.test(next?.text ?? '') || before?.norm === 'in' || /^\d/.test(before?.text ?? ''))
    })
  const boosters = knowledge.lexiconIndex('boosters').search(tokens)
  const strongHedges = hedges.filter((match) => !tagged(match, 'approximator'))
  const strongBoosters = boosters.filter((match) => !tagged(match, 'weak'))

  const cues: string[] = []
  const hedgeSpans: Array<[number, number]> = []
  const boosterSpans: Array<[number, number]> = []
  for (const match of strongHedges) {
    cues.push(spanText(tokens, match.from, match.to))
    hedgeSpans.push([match.from, match.to])
  }
  for (const match of strongBoosters) boosterSpans.push([match.from, match.to])
  let certainty: Certainty = 'plain'
  if (strongHedges.length > 0) certainty = 'hedged'
  else if (strongBoosters.length > 0) {
    certainty = 'boosted'
    for (const match of strongBoosters) cues.push(spanText(tokens, match.from, match.to))
  }

  const {strength, strengthCues} = strengthOf(tokens, knowledge, hedges)
  const certaintyScore = scoreOf(tokens, hedges, boosters, knowledge)
  return {certainty, cues, hedgeSpans, strength, strengthCues, boosterSpans, certaintyScore}
}

/** The clause boundary nearest before `index` (exclusive), as a token index. */
function clauseStart(tokens: readonly Token[], index: number): number {
  for (let look = index - 1; look >= 0; look--) {
    const token = tokens[look]!
    if (token.kind !== 'word' && clauseBreak.has(token.text)) return look + 1
    if (token.kind === 'word' && clauseWords.has(token.norm) && token.norm !== 'and') return look + 1
  }
  return 0
}

function strengthOf(
  tokens: readonly Token[],
  knowledge: Knowledge,
  hedges: readonly Match[]
): {strength: Strength; strengthCues: string[]} {
  // "associated costs", "and associated efforts": an adjective, not a stated association.
  const correlational = knowledge
    .lexiconIndex('strength-correlational')
    .search(tokens)
    .filter((match) => {
      if (match.from !== match.to || tokens[match.from]!.norm !== 'associated') return true
      const next = tokens[match.to + 1]?.norm ?? ''
      const before = tokens[match.from - 1]?.norm ?? ''
      return /^(with|to|in|among|between|at|for)$/.test(next) || beForms.has(before) || /ly$/.test(before) || before === 'not'
    })
  const purpose = knowledge.lexiconIndex('strength-purpose').search(tokens)
  const causalAll = knowledge.lexiconIndex('strength-causal').search(tokens)
  const strengthCues: string[] = []

  const inside = (match: Match, list: readonly Match[]): boolean =>
    list.some((other) => other.from <= match.from && other.to >= match.to && other.to - other.from > match.to - match.from)

  // A causal verb right after an aim or a need ("to reduce", "needed to improve") states no finding.
  const purposeBefore = (match: Match): boolean => {
    const start = clauseStart(tokens, match.from)
    for (const p of purpose) {
      if (p.to >= match.from || p.from < start) continue
      const gap = match.from - p.to
      const word = tokens[p.to]!.norm
      if (word === 'to' && raisingVerbs.has(tokens[p.to - 1]?.norm ?? '')) continue
      if (word === 'to' ? gap === 1 : gap <= 4) return true
    }
    return false
  }

  // A need or a recommendation governs the rest of the sentence ("should target … to reduce").
  // A passive need ("… are required", "… is needed") governs its whole sentence, wherever it stands.
  const passiveNeed = purpose.find((p) => tagged(p, 'need') && /^(required|needed|necessary|warranted)$/.test(tokens[p.to]!.norm) && beForms.has(tokens[p.from - 1]?.norm ?? ''))
  const needAt = passiveNeed ? clauseStart(tokens, passiveNeed.from) - 1 : (purpose.find((p) => tagged(p, 'need'))?.from ?? Infinity)

  // A change without a cause ("levels decrease after ten years", "was reduced in women") describes
  // how groups or times differ: correlational wording.
  const changes: Match[] = []
  const causal = causalAll.filter((match) => {
    if (inside(match, correlational) || purposeBefore(match) || match.from > needAt) return false
    if (tagged(match, 'direction')) {
      if (directionCounts(tokens, match)) return true
      changes.push(match)
      return false
    }
    if (tagged(match, 'noun')) return nounCounts(tokens, match)
    return true
  })
  const hasAssociation = correlational.some((match) => associationWords.test(tokens[match.from]!.norm))

  const modalBefore = (match: Match): boolean => {
    const start = clauseStart(tokens, match.from)
    for (let look = match.from - 1; look >= Math.max(start, match.from - 6); look--) {
      const token = tokens[look]!
      if (token.kind === 'word' && modalWords.has(token.norm)) return true
    }
    return hedges.some((h) => h.to < match.from && h.from >= start && match.from - h.to <= 6 && tagged(h, 'modal'))
  }

  if (causal.length > 0 && !(hasAssociation && !causal.some((m) => causalVerbsStrong.test(tokens[m.from]!.norm)))) {
    // The first causal cue sets the claim; later ones usually elaborate it ("could play a role in reducing …").
    for (const match of causal) strengthCues.push(spanText(tokens, match.from, match.to))
    return {strength: modalBefore(causal[0]!) ? 'conditional_causal' : 'direct_causal', strengthCues}
  }
  const stated = [...correlational, ...changes].filter((match) => match.from < needAt && !purposeBefore(match))
  const hasNeed = needAt !== Infinity
  if (stated.length > 0 && !(hasNeed && stated.every((match) => tagged(match, 'comparative')))) {
    for (const match of stated) strengthCues.push(spanText(tokens, match.from, match.to))
    return {strength: 'correlational', strengthCues}
  }
  return {strength: 'none', strengthCues}
}

const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'became', 'remained', 'remain', 'get', 'got'])
const determiners = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'of', 'with', 'significant', 'more', 'less', 'most', 'least',
  // "showed increased activity", "had reduced levels": the participle is an adjective.
  'show', 'shows', 'showed', 'shown', 'exhibit', 'exhibits', 'exhibited', 'display', 'displays', 'displayed', 'experienced', 'experience'
])
/** Words before "to" that make the verb after it a claim, not an aim: "appears to reduce". */
const raisingVerbs = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'able', 'likely', 'unlikely', 'tend', 'tends', 'tended', 'found', 'shown', 'thought', 'believed', 'known', 'expected', 'continue', 'continues', 'helps', 'help', 'helped', 'used', 'ability', 'potential', 'capacity', 'sufficient', 'enough', 'promising', 'prone', 'likely', 'designed'])
const prepositions = new Set(['in', 'after', 'with', 'by', 'over', 'during', 'among', 'from', 'to', 'than', 'at', 'for', 'across', 'between', 'within', 'until', 'since', 'compared', 'relative', 'when', 'as', 'and', 'or', 'but', 'only', 'too', 'also', 'again', 'further', 'slightly', 'significantly', 'markedly', 'less', 'more'])
const trueprepositions = new Set(['at', 'in', 'of', 'with', 'by', 'for', 'from', 'to', 'among', 'between', 'than', 'on', 'into', 'during', 'after', 'before'])
const havingVerbs = new Set(['had', 'has', 'have', 'having', 'showed', 'show', 'shows', 'shown', 'exert', 'exerts', 'exerted', 'produce', 'produced', 'produces', 'provide', 'provides', 'provided', 'yielded', 'yields', 'confer', 'conferred', 'confers', 'offer', 'offers', 'offered', 'convey', 'conveyed', 'conveys', 'yield', 'yielded', 'demonstrated', 'demonstrates', 'no', 'without', 'any', 'greater', 'significant', 'beneficial', 'positive', 'negative', 'protective', 'adverse', 'favourable', 'favorable', 'clinical', 'additional', 'added', 'causal', 'key', 'important', 'major', 'central', 'crucial', 'critical'])

/** A direction verb states a cause when it takes an object: "lowered blood pressure". */
function directionCounts(tokens: readonly Token[], match: Match): boolean {
  const before = tokens[match.from - 1]
  const after = tokens[match.to + 1]
  if (tokens[match.from]!.norm === 'did') return !prepositions.has(tokens[match.to + 1]?.norm ?? 'in')
  // ", increased levels", "at increased risk": after punctuation or a preposition the participle is an adjective.
  if (/ed$/.test(tokens[match.from]!.norm) && before && (before.kind !== 'word' || trueprepositions.has(before.norm))) return false
  // "Increased titers of …", "Slowed processing speed": a participle opening the sentence is an adjective.
  if (!tokens.slice(0, match.from).some((t) => t.kind === 'word') && /ed$/.test(tokens[match.from]!.norm)) return false
  // A passive with its agent states the cause: "was improved by the procedure".
  if (after?.norm === 'by' && !/^\d/.test(tokens[match.to + 2]?.text ?? '') && !/^(approximately|about|around|nearly|almost|up|half|one|two|three|a)$/.test(tokens[match.to + 2]?.norm ?? '')) return true
  if (before && before.kind === 'word' && (beForms.has(before.norm) || determiners.has(before.norm))) return false
  if (before && before.kind === 'word' && /ly$/.test(before.norm) && beForms.has(tokens[match.from - 2]?.norm ?? '')) return false
  if (/ing$/.test(tokens[match.from]!.norm) && before && ['in', 'for', 'by', 'at'].includes(before.norm)) return true
  if (!after || after.kind !== 'word') return false
  if (prepositions.has(after.norm)) return false
  return true
}

/** A noun of effect states one after a verb of having or showing: "had no effect", "showed benefit". */
const verbModals = new Set(['may', 'might', 'could', 'can', 'would', 'will', 'to', 'not', 'also'])

function nounCounts(tokens: readonly Token[], match: Match): boolean {
  // After a modal the word is a verb: "may benefit", "could influence".
  if (verbModals.has(tokens[match.from - 1]?.norm ?? '') && match.from === match.to) {
    return tokens[match.from - 1]!.norm !== 'to' || raisingVerbs.has(tokens[match.from - 2]?.norm ?? '')
  }
  // "The effect of tamoxifen was …", "the greatest impact is seen": a finding about an effect.
  if (/^(effect|effects|impact|impacts|benefit|benefits)$/.test(tokens[match.from]!.norm)) {
    const words = tokens.slice(match.to + 1, match.to + 8).map((t) => t.norm)
    if (tokens[match.from - 1]?.norm === 'the' && words.some((w) => beForms.has(w))) return true
  }
  // "effects on", "the effect of tamoxifen on": an effect with what it acts on.
  for (let look = match.to + 1; look <= Math.min(tokens.length - 1, match.to + 5); look++) {
    const token = tokens[look]!
    if (token.kind !== 'word') break
    if (token.norm === 'on') return true
  }
  for (let look = match.from - 1; look >= Math.max(0, match.from - 3); look--) {
    const token = tokens[look]!
    if (token.kind !== 'word') return false
    if (havingVerbs.has(token.norm)) return true
  }
  return false
}

/** Place a sentence on the 1–6 certainty scale. */
function scoreOf(tokens: readonly Token[], hedges: readonly Match[], boosters: readonly Match[], knowledge: Knowledge): number {
  let score = 5
  let strong = 0
  for (const match of hedges) {
    if (tagged(match, 'approximator')) score -= 0.3
    else score -= strong++ === 0 ? 1.3 : 0.3
  }
  // "Further research is needed to …": the finding is explicitly open.
  if (knowledge.lexiconIndex('strength-purpose').search(tokens).some((match) => tagged(match, 'need'))) score -= 1.2
  if (tokens.some((t) => approximations.has(t.norm))) score -= 0.3
  for (const match of boosters) score += tagged(match, 'weak') ? 0.1 : 0.3
  return Math.max(1, Math.min(6, score))
}

const approximations = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'limited', 'hardly', 'insufficient', 'enough'])
