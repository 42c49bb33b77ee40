/**
 * Rule `causal-overclaim`: direct-causal wording ("causes", "prevents", "reverses") about a
 * finding that the article itself describes as an association, an observational study, or an
 * animal or cell study. The claim is reported when the description is in the same paragraph or
 * the one before, and the two sentences share content words; `cause` points at the description.
 */
import {VFileMessage} from 'vfile-message'
import {hedgedAt, negatedAt, textOf, voiceOf, type SentenceView} from './context.js'
import {createRule, q} from './rule.js'
import {contentStems, shared} from './words.js'

export const ruleId = 'causal-overclaim'

const notVerbBefore = /^(a|an|the|this|these|those|its|their|our|his|her|had|has|have|having|with|of|in|for|by|to|at|on|producing|providing|giving|showing|yielding|get|got|getting|been|be|is|are|was|were)$/

/** A causal word used as a verb ("lowers blood pressure"), not a noun or an adjective ("producing results in", "had reduced effects"). */
function verbAt(sentence: SentenceView, from: number): boolean {
  const before = sentence.tokens[from - 1]
  if (!before) return true
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

const causalOverclaim = createRule(ruleId, (context) => {
  const {knowledge, view, file} = context
  const weakIndex = knowledge.lexiconIndex('weak-evidence')
  const causalIndex = knowledge.lexiconIndex('causal-verbs')
  const evidence: Evidence[] = []
  const weakIn = new Set<number>()
  for (const sentence of view.sentences) {
    for (const match of weakIndex.search(sentence.tokens)) {
      const entry = match.values[0]!
      const kind = entry.tags.find((tag) => tag.startsWith('kind:'))?.slice(5) ?? 'association'
      if (negatedAt(sentence, match.from, 3)) continue
      weakIn.add(sentence.record.index)
      evidence.push({
        sentence,
        kind,
        text: textOf(sentence, match.from, match.to, file),
        expected: entry.expected,
        reason: entry.reason,
        stems: contentStems(sentence.tokens)
      })
    }
  }
  if (evidence.length === 0) return
  // An article that reports a randomised trial may state its result as a cause; associations and
  // observational data elsewhere in it are then background, and only animal or cell evidence counts.
  const scopeIndex = knowledge.lexiconIndex('evidence-scope')
  const trial = view.sentences.some((sentence) => knowledge.lexiconIndex('strong-evidence').search(sentence.tokens).length > 0)
  const usable = trial ? evidence.filter((e) => e.kind === 'animal' || e.kind === 'cell') : evidence
  if (usable.length === 0) return

  for (const sentence of view.sentences) {
    // Headings are the `headline-overclaim` rule's: it compares them with their own body.
    if (weakIn.has(sentence.record.index) || voiceOf(sentence) === 'question' || sentence.record.heading) continue
    if (sentence.record.strength !== 'direct_causal') continue
    // "in mutant mice, blocking the pathway led to …": the claim states its own scope.
    if (scopeIndex.search(sentence.tokens).length > 0) continue
    const stems = contentStems(sentence.tokens)
    for (const match of causalIndex.search(sentence.tokens)) {
      if (negatedAt(sentence, match.from, 4) || hedgedAt(sentence, match.from)) continue
      if (!verbAt(sentence, match.from)) continue
      const near = usable.find(
        (e) =>
          (e.sentence.paragraph === sentence.paragraph || e.sentence.paragraph === sentence.paragraph - 1) &&
          shared(e.stems, stems) >= (e.sentence.record.index === sentence.record.index - 1 ? 1 : 2)
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
  }
})

export default causalOverclaim
