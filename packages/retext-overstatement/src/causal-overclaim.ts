/**
 * Rule `causal-overclaim`: direct-causal wording ("causes", "prevents", "reverses") about a
 * finding that the article itself describes as an association, an observational study, or an
 * animal or cell study. The claim is reported when the description is in the same paragraph or
 * the one before, and the two sentences share content words; `cause` points at the description.
 */
import type {StudyEvidence} from '@claimlint/core'
import {VFileMessage} from 'vfile-message'
import {hedgedAt, historicalAt, negatedAt, qualifiedAt, scopeKindsAt, studiesOf, textOf, voiceOf, type SentenceView} from './context.js'
import {createRule, q, type RuleContext} from './rule.js'
import {contentStems, shared} from './words.js'

export const ruleId = 'causal-overclaim'

const notVerbBefore = /^(a|an|the|this|these|those|its|their|our|his|her|had|has|have|having|with|of|in|for|by|to|at|on|producing|providing|giving|showing|yielding|get|got|getting|been|be|is|are|was|were)$/

/** A causal word used as a verb ("lowers blood pressure"), not a noun or an adjective ("producing results in", "had reduced effects"). */
function verbAt(sentence: SentenceView, from: number): boolean {
  const before = sentence.tokens[from - 1]
  if (!before) return true
  // "…, empathy, and reduced aggression": an adjective closing a list of noun phrases (a verb in a
  // compound predicate takes its object with a determiner: "…, and reduced the risk").
  const word = sentence.tokens[from]!
  const next = sentence.tokens[from + 1]
  if (/ed$/.test(word.norm) && /^(and|or)$/.test(before.norm) && sentence.tokens[from - 2]?.text === ',' && next?.kind === 'word' && !/^(the|a|an|its|their|his|her|our|this|these|those|by|to|in|from)$/.test(next.norm)) return false
  if (before.kind !== 'word') return !/ed$/.test(sentence.tokens[from]!.norm)
  return !notVerbBefore.test(before.norm)
}

const kinds: Record<string, string> = {
  association: 'an association',
  observational: 'an observational study',
  animal: 'an animal study',
  cell: 'a study in cells',
  preliminary: 'a small or uncontrolled study'
}

interface Evidence {
  sentence: SentenceView
  kind: string
  text: string
  expected: string[]
  reason: string
  stems: Set<string>
}

/**
 * The descriptions of weak evidence, paragraph by paragraph, found when a causal claim first needs
 * them: a claim is compared only with its own paragraph and the one before, and most paragraphs
 * are next to no causal claim, so most sentences are never searched for weak evidence.
 */
class ParagraphEvidence {
  readonly #found = new Map<number, Evidence[]>()

  constructor(
    private readonly context: RuleContext,
    private readonly sentences: readonly SentenceView[]
  ) {}

  /** Evidence described in paragraph `paragraph`, which sentence `at` is in or just after. */
  near(at: number, paragraph: number): Evidence[] {
    let evidence = this.#found.get(paragraph)
    if (!evidence) {
      evidence = []
      let first = at
      while (first > 0 && this.sentences[first - 1]!.paragraph >= paragraph) first--
      for (let index = first; index < this.sentences.length && this.sentences[index]!.paragraph <= paragraph; index++) {
        const sentence = this.sentences[index]!
        if (sentence.paragraph === paragraph) this.describe(sentence, evidence)
      }
      this.#found.set(paragraph, evidence)
    }
    return evidence
  }

  /** Does the sentence describe weak evidence itself (it is then the description, not a claim)? */
  describes(at: number): boolean {
    const sentence = this.sentences[at]!
    return this.near(at, sentence.paragraph).some((evidence) => evidence.sentence === sentence)
  }

  private describe(sentence: SentenceView, evidence: Evidence[]): void {
    const {knowledge, file, view} = this.context
    // The ledger's reading of the studies this sentence describes, with the lexicon entry of each.
    const studies = studiesOf(view).filter((study) => study.sentence === sentence.record.index && study.design !== 'randomised')
    if (studies.length === 0) return
    let stems: Set<string> | undefined
    for (const match of knowledge.lexiconIndex('weak-evidence').search(sentence.tokens)) {
      if (!studies.some((study) => study.start === sentence.tokens[match.from]!.start)) continue
      const entry = match.values[0]!
      const kind = entry.tags.find((tag) => tag.startsWith('kind:'))?.slice(5) ?? 'association'
      if (negatedAt(sentence, match.from)) continue
      stems ??= contentStems(sentence.tokens)
      evidence.push({sentence, kind, text: textOf(sentence, match.from, match.to, file), expected: entry.expected, reason: entry.reason, stems})
    }
  }
}

const causalOverclaim = createRule(ruleId, (context) => {
  const {knowledge, view, file} = context
  const causalIndex = knowledge.lexiconIndex('causal-verbs')
  const scopeIndex = knowledge.lexiconIndex('evidence-scope')
  const mechanisms = knowledge.lexiconIndex('mechanism-objects')
  const paragraphs = new ParagraphEvidence(context, view.sentences)
  // An article that reports a randomised trial may state its result as a cause; associations and
  // observational data elsewhere in it are then background, and only animal or cell evidence counts.
  let trial: boolean | undefined
  const usable = (evidence: Evidence): boolean => {
    trial ??= view.sentences.some((sentence) => knowledge.lexiconIndex('strong-evidence').search(sentence.tokens).length > 0)
    return !trial || evidence.kind === 'animal' || evidence.kind === 'cell'
  }

  view.sentences.forEach((sentence, at) => {
    // Headings are the `headline-overclaim` rule's: it compares them with their own body.
    if (voiceOf(sentence) === 'question' || sentence.record.heading) return
    if (sentence.record.strength !== 'direct_causal' || paragraphs.describes(at)) return
    // "the mechanism that causes it is poorly understood": the sentence says the cause is not known.
    if (knowledge.lexiconIndex('uncertain-framing').search(sentence.tokens).length > 0) return
    // "in mutant mice, blocking the pathway led to …": the claim states its own scope.
    if (scopeIndex.search(sentence.tokens).length > 0) return
    let stems: Set<string> | undefined
    for (const match of causalIndex.search(sentence.tokens)) {
      if (negatedAt(sentence, match.from) || hedgedAt(sentence, match.from)) continue
      if (!verbAt(sentence, match.from)) continue
      // "bleeding caused by vomiting": a participle naming a cause after a noun, not the article's claim.
      if (sentence.tokens[match.to + 1]?.norm === 'by' && !/^(is|are|was|were|be|been|being)$/.test(sentence.tokens[match.from - 1]?.norm ?? '')) continue
      // "in rats, …", "often leads to", history told as history: the claim states its own scope.
      if (scopeKindsAt(sentence, match.from).has('animal') || qualifiedAt(sentence, knowledge, match.from) || historicalAt(view, sentence, match.from)) continue
      // "reduces plasma concentrations", "increases receptor binding": a measured mechanism, not a health outcome.
      if (mechanisms.search(sentence.tokens).some((m) => m.from > match.to && m.from - match.to <= 5 && sentence.segmentOf[m.from] === sentence.segmentOf[match.from])) continue
      // The first usable description in this paragraph or the one before, in document order.
      const candidates = [...paragraphs.near(at, sentence.paragraph - 1), ...paragraphs.near(at, sentence.paragraph)]
      if (candidates.length === 0) continue
      stems ??= contentStems(sentence.tokens)
      const own = stems
      const near = candidates.find(
        (e) => usable(e) && shared(e.stems, own) >= (e.sentence.record.index === sentence.record.index - 1 ? 1 : 2)
      )
      if (!near) continue
      const entry = match.values[0]!
      const actual = textOf(sentence, match.from, match.to, file)
      const cause = new VFileMessage(`The article describes the evidence as ${kinds[near.kind]}: ${q(near.text)}`, {
        place: near.sentence.record.position,
        ruleId,
        source: 'retext-overstatement'
      })
      context.report(sentence, match.from, match.to, {
        reason: `Unexpected direct-causal ${q(actual)}, the evidence described on line ${near.sentence.record.position.start.line} is ${kinds[near.kind]}`,
        expected: near.kind === 'animal' || near.kind === 'cell' ? [...near.expected, ...entry.expected] : entry.expected,
        note: `${near.reason[0]!.toUpperCase()}${near.reason.slice(1)}; state the finding as the study measured it.`,
        cause
      })
      break
    }
  })

  // Mechanisms from animal and laboratory work ("regrows synapses", "rewires the brain") stated
  // as plain fact: reported once per sentence, with `cause` at the animal or cell study the
  // article describes when it describes one.
  const mechanismIndex = knowledge.lexiconIndex('preclinical-mechanisms')
  const verbsIndex = knowledge.lexiconIndex('mechanism-verbs')
  let preclinical: StudyEvidence | undefined | null
  for (const sentence of view.sentences) {
    if (voiceOf(sentence) === 'question') continue
    for (const match of mechanismIndex.search(sentence.tokens)) {
      const kinds = scopeKindsAt(sentence, match.from)
      if (kinds.has('animal') || kinds.has('hypothetical') || kinds.has('historical') || kinds.has('question')) continue
      if (negatedAt(sentence, match.from) || hedgedAt(sentence, match.from) || historicalAt(view, sentence, match.from)) continue
      // "hypothesised to", "is thought to": the article calls it a hypothesis (a hedge anywhere in the sentence).
      if (sentence.record.certainty === 'hedged') continue
      // "shows promise in treating it by promoting …": the mechanism of a promise, not a result.
      if (sentence.tokens.slice(0, match.from).some((t) => t.norm === 'promise' || t.norm === 'promising')) continue
      const entry = match.values[0]!
      if (entry.tags.includes('needs-verb') && !verbsIndex.search(sentence.tokens).some((v) => v.to < match.from && match.from - v.to <= 3 && sentence.segmentOf[v.to] === sentence.segmentOf[match.from])) continue
      // The sentence names its own animal or cell evidence ("in rodents, ketamine regrows synapses").
      if (scopeIndex.search(sentence.tokens).some((m) => m.values.some((entry) => entry.id !== 'people'))) continue
      if (preclinical === undefined) preclinical = studiesOf(view).find((study) => study.design === 'animal' || study.design === 'in-vitro') ?? null
      const actual = textOf(sentence, match.from, match.to, file)
      const described = preclinical ? view.byIndex[preclinical.sentence] : undefined
      const cause = described
        ? new VFileMessage(`The article describes the evidence as ${kinds_[preclinical!.design] ?? 'an animal study'}: ${q(preclinical!.cue)}`, {
            place: described.record.position,
            ruleId,
            source: 'retext-overstatement'
          })
        : undefined
      context.report(sentence, match.from, match.to, {
        reason: `Unexpected ${q(actual)} stated as fact about people, the mechanism is shown mainly in animal or laboratory studies`,
        expected: entry.expected,
        note: entry.reason,
        cause
      })
      break
    }
  }
})

const kinds_: Record<string, string> = {animal: 'an animal study', 'in-vitro': 'a study in cells'}

export default causalOverclaim
