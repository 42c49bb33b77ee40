/**
 * Rule `headline-overclaim`: a heading or title that states a finding more strongly than the body
 * under it: a plain causal claim ("Drug X reverses memory loss") over a body that only hedges
 * ("may slow", "was associated with"). `cause` points at the body sentence.
 */
import {VFileMessage} from 'vfile-message'
import {hedgedAt, negatedAt, textOf, voiceOf, type SentenceView} from './context.js'
import {createRule, q} from './rule.js'
import {contentStems, shared} from './words.js'

export const ruleId = 'headline-overclaim'

const rank = {none: 0, correlational: 1, conditional_causal: 2, direct_causal: 3} as const

function strengthOf(sentence: SentenceView): number {
  if (sentence.record.certainty === 'hedged' && sentence.record.strength === 'direct_causal') return 2
  return rank[sentence.record.strength]
}

const kinds: Record<string, string> = {
  association: 'an association',
  observational: 'an observational study',
  animal: 'a study in animals',
  cell: 'a study in cells',
  preliminary: 'a small or uncontrolled study'
}

const headlineOverclaim = createRule(ruleId, (context) => {
  const {knowledge, view, file} = context
  const causalIndex = knowledge.lexiconIndex('causal-verbs')
  const weakIndex = knowledge.lexiconIndex('weak-evidence')
  const sentences = view.sentences
  sentences.forEach((heading, index) => {
    if (!heading.record.heading || voiceOf(heading) !== 'own') return
    const match = causalIndex.search(heading.tokens).find((m) => !hedgedAt(heading, m.from) && !negatedAt(heading, m.from))
    if (!match || heading.record.certainty === 'hedged' || heading.record.strength !== 'direct_causal') return
    // "… in mice with dementia": the heading states the scope of its evidence.
    if (knowledge.lexiconIndex('evidence-scope').search(heading.tokens).length > 0) return
    const stems = contentStems(heading.tokens)
    // The body: the sentences up to the next heading.
    const body: SentenceView[] = []
    for (let next = index + 1; next < sentences.length && !sentences[next]!.record.heading; next++) body.push(sentences[next]!)
    // Compare with the body sentences closest to the heading: the three that share most content words.
    const actual = textOf(heading, match.from, match.to, file)

    // The body describes weaker evidence ("in mice", "an observational study") the heading leaves out.
    if (weakIndex.search(heading.tokens).length === 0) {
      for (const sentence of body.slice(0, 4)) {
        const weak = weakIndex.search(sentence.tokens).find((m) => !negatedAt(sentence, m.from))
        if (!weak) continue
        const entry = weak.values[0]!
        const kind = entry.tags.find((tag) => tag.startsWith('kind:'))?.slice(5) ?? 'association'
        const cause = new VFileMessage(`The body describes ${kinds[kind]}: ${q(textOf(sentence, weak.from, weak.to, file))}`, {
          place: sentence.record.position,
          ruleId,
          source: 'retext-overstatement'
        })
        context.report(heading, match.from, match.to, {
          reason: `Unexpected ${q(actual)} in a heading, the evidence below is ${kinds[kind]} (line ${sentence.record.position.start.line})`,
          expected: kind === 'animal' || kind === 'cell' ? [`${actual} in ${kind === 'animal' ? 'mice' : 'cells'}`, ...entry.expected] : entry.expected,
          note: `Readers often read only the headline; ${entry.reason}.`,
          cause
        })
        return
      }
    }

    const related = body
      .map((sentence, order) => ({sentence, order, overlap: shared(contentStems(sentence.tokens), stems)}))
      .filter((entry) => entry.overlap >= 1)
      .sort((a, b) => b.overlap - a.overlap || a.order - b.order)
      .slice(0, 3)
      .map((entry) => entry.sentence)
    if (related.length === 0) return
    const strongest = Math.max(...related.map(strengthOf))
    if (strongest >= 3) return
    const weaker = related.find((sentence) => sentence.record.certainty === 'hedged' || rank[sentence.record.strength] <= 1) ?? related[0]!
    const cause = new VFileMessage(`The body says: ${q(weaker.record.text.slice(0, 120))}`, {
      place: weaker.record.position,
      ruleId,
      source: 'retext-overstatement'
    })
    context.report(heading, match.from, match.to, {
      reason: `Unexpected ${q(actual)} in a heading, the text below only says it ${weaker.record.certainty === 'hedged' ? 'may' : 'is associated'} (line ${weaker.record.position.start.line})`,
      expected: weaker.record.certainty === 'hedged' ? [`may ${actual}`.replace(/^may (\w+?)s\b/, 'may $1')] : ['is linked to', 'is associated with'],
      note: 'Readers often read only the headline; it should not state more than the article supports.',
      cause
    })
  })
})

export default headlineOverclaim
