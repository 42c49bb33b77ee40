/**
 * Rule `time-course`: onset and duration words that the packs' facts contradict: "immediate"
 * or "instant" relief where the effect takes hours (onset claims of the ledger), and "lasting"
 * or "long-lasting" relief where one dose helps for days (the `time-course` lexicon). Quiet when
 * hedged, negated, about repeated treatment ("with repeated sessions"), or about a treatment
 * whose facts say nothing about time.
 */
import {factsFor, parseDuration, type FactDef, type Knowledge} from '@claimlint/core'
import {hedgedAt, negatedAt, textOf, type SentenceView} from './context.js'
import {claimedMatches} from './hype.js'
import {createRule, q} from './rule.js'

export const ruleId = 'time-course'

function describe(seconds: number): string {
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes`
  if (seconds < 86_400 * 2) return `${Math.round(seconds / 3600)} hours`
  if (seconds < 86_400 * 14) return `${Math.round(seconds / 86_400)} days`
  return `${Math.round(seconds / 604_800)} weeks`
}

function noteOf(fact: FactDef): string {
  return `${fact.statement} (${fact.id}, ${fact.status}; source: ${fact.source}${fact.url ? `, ${fact.url}` : ''})`
}

const anaphors = new Set(['it', 'its', 'treatment', 'therapy', 'drug', 'medication', 'medicine', 'infusion', 'infusions', 'session', 'sessions', 'dose'])

/**
 * Whose duration: the entities named in the sentence; the article's topic only when the phrase
 * is about relief or the sentence points back at the treatment ("it", "this therapy"), so that
 * "the condition can have long-lasting effects" is not read as a claim about the drug.
 */
function subjectsOf(
  knowledge: Knowledge,
  sentence: SentenceView,
  mentions: ReadonlyArray<{entity: string; sentence: number}>,
  topic: string | undefined,
  aboutRelief: boolean
): string[] {
  const here = mentions.filter((m) => m.sentence === sentence.record.index).map((m) => m.entity)
  const pointsBack = aboutRelief || sentence.tokens.some((t) => anaphors.has(t.norm))
  const subjects = here.length > 0 ? here : topic && pointsBack ? [topic] : []
  return subjects.filter((subject) => knowledge.entities.get(subject)?.kind !== 'comparator')
}

const timeCourse = createRule(ruleId, (context) => {
  const {knowledge, view} = context
  const reported = new Set<string>()

  // Onset: the ledger's onset claims ("immediate relief", "works instantly").
  for (const claim of view.ledger.claims) {
    if (claim.property !== 'onset' || claim.target || !claim.interval) continue
    if (claim.polarity !== 'affirmed' || claim.certainty === 'hedged' || claim.assertion === 'question' || claim.assertion === 'conditional') continue
    const fact = factsFor(knowledge, claim).find((f) => f.interval && f.interval[0] > claim.interval![1])
    if (!fact) continue
    const sentence = view.byIndex[claim.sentence]
    if (!sentence) continue
    const from = sentence.tokens.findIndex((t) => t.start >= claim.start)
    let to = from
    while (to + 1 < sentence.tokens.length && sentence.tokens[to + 1]!.end <= claim.end) to++
    if (from < 0 || hedgedAt(sentence, from) || negatedAt(sentence, from)) continue
    reported.add(`${claim.sentence}:${from}`)
    context.report(sentence, from, to, {
      reason: `Unexpected onset ${q(claim.text)}, the effect takes about ${describe(fact.interval![0])} to ${describe(fact.interval![1])} to appear`,
      expected: fact.expected,
      note: noteOf(fact)
    })
  }

  // Duration: "lasting relief", "long-lasting effects".
  for (const sentence of view.sentences) {
    const matches = claimedMatches(context, sentence, 'time-course')
    if (matches.length === 0) continue
    if (knowledge.lexiconIndex('time-course-context').search(sentence.tokens).length > 0) continue
    for (const match of matches) {
      const entry = match.values[0]!
      const range = entry.tags.find((tag) => tag.startsWith('range:'))
      const claimedLow = range ? parseDuration(range.slice('range:'.length)) : undefined
      if (claimedLow === undefined || !entry.tags.includes('duration')) continue
      if (hedgedAt(sentence, match.from) || negatedAt(sentence, match.from)) continue
      let fact: FactDef | undefined
      const aboutRelief = sentence.tokens.slice(match.from, match.to + 2).some((t) => t.norm === 'relief' || t.norm === 'remission' || t.norm === 'recovery')
      for (const subject of subjectsOf(knowledge, sentence, view.ledger.mentions, view.ledger.topic, aboutRelief)) {
        fact = factsFor(knowledge, {subject, property: 'duration', target: undefined}).find((f) => f.interval && f.interval[1] < claimedLow)
        if (fact) break
      }
      if (!fact) continue
      const actual = textOf(sentence, match.from, match.to, context.file)
      context.report(sentence, match.from, match.to, {
        reason: `Unexpected ${q(actual)}, the benefit of one dose lasts about ${describe(fact.interval![0])} to ${describe(fact.interval![1])}`,
        expected: entry.expected.length > 0 ? entry.expected : fact.expected,
        note: `${entry.reason} ${noteOf(fact)}`
      })
    }
  }
}, ['time-course'])

export default timeCourse
