/**
 * Rule `time-course`: onset and duration words that the packs' facts contradict: "immediate"
 * or "instant" relief where the effect takes hours (onset claims of the ledger), and "lasting"
 * or "long-lasting" relief where one dose helps for days (the `time-course` lexicon). Quiet when
 * hedged, negated, about repeated treatment ("with repeated sessions"), or about a treatment
 * whose facts say nothing about time.
 */
import {factsFor, parseDuration, type FactDef, type Knowledge, type LexiconEntry, type PhraseMatch, type StudyEvidence} from '@claimlint/core'
import {VFileMessage} from 'vfile-message'
import {hedgedAt, negatedAt, studiesOf, textOf, type SentenceView} from './context.js'
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

  // Lasting benefit where no fact of the packs speaks: compared with the follow-up of the studies
  // the article describes (ledger.evidence). Reported unless a study followed people for at least
  // as long as the phrase claims; `cause` points at the longest study described, if any. Quiet
  // when an illness is the subject ("the illness can have long-lasting effects") or when the
  // phrase names no benefit.
  const illness = knowledge.lexiconIndex('illness-words')
  const benefits = knowledge.lexiconIndex('lasting-benefits')
  let longest: StudyEvidence | undefined | null
  const reportUnbacked = (sentence: SentenceView, match: PhraseMatch<LexiconEntry>, claimedLow: number): void => {
    const entry = match.values[0]!
    const clause = sentence.segmentOf[match.from]
    const benefit = benefits.search(sentence.tokens).some((b) => b.from <= match.to + 3 && b.to >= match.from && sentence.segmentOf[b.from] === clause)
    if (!benefit) return
    if (illness.search(sentence.tokens).some((m) => m.to < match.from)) return
    // "lasting changes in gene expression": a mechanism, not a benefit to a person.
    if (knowledge.lexiconIndex('mechanism-objects').search(sentence.tokens).some((m) => m.from > match.to && m.from - match.to <= 4)) return
    if (longest === undefined) {
      longest = null
      for (const study of studiesOf(view)) if (study.weeks !== undefined && (!longest || study.weeks > longest.weeks!)) longest = study
    }
    // A study of a few weeks or months does not show a benefit that lasts: at least half a year.
    const claimedWeeks = Math.max(claimedLow / 604_800, 26)
    if (longest && longest.weeks! >= claimedWeeks) return
    const described = longest ? view.byIndex[longest.sentence] : undefined
    const actual = textOf(sentence, match.from, match.to, context.file)
    const cause =
      described && longest
        ? new VFileMessage(`The longest study the article describes lasted about ${describe(longest.weeks! * 604_800)}: ${q(longest.cue)}`, {
            place: described.record.position,
            ruleId,
            source: 'retext-overstatement'
          })
        : undefined
    context.report(sentence, match.from, match.to, {
      reason: longest
        ? `Unexpected ${q(actual)}, the longest study the article describes lasted about ${describe(longest.weeks! * 604_800)} (line ${described?.record.position.start.line ?? '?'})`
        : `Unexpected ${q(actual)}, the article describes no follow-up that shows how long the benefit lasts`,
      expected: entry.expected,
      note: `${entry.reason} Lasting benefit needs a follow-up at least as long as the claim.`,
      cause
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
      if (!fact) {
        reportUnbacked(sentence, match, claimedLow)
        continue
      }
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
