/**
 * Rule `absolute`: claims without exception ("always works", "completely safe", "no side
 * effects", "guaranteed", "permanent"). Universal words such as "everyone" and "always" are
 * reported only in claims, not in advice ("always tell your doctor") or after a negation ("not
 * everyone responds").
 */
import {hedgedAt, historicalAt, matchesOf, negatedAt, qualifiedAt, textOf, type SentenceView} from './context.js'
import {claimedMatches} from './hype.js'
import {createRule, q} from './rule.js'

export const ruleId = 'absolute'

const advice = new Set(['should', 'must', 'always', 'never', 'please', 'do', 'dont', 'ask', 'tell', 'talk', 'consult', 'check', 'make', 'keep', 'avoid', 'seek', 'follow', 'use'])
const benefitWords = /^(relief|relieves?|results?|cures?|cured|fix|fixes|solution|recovery|recover|benefits?|improvements?|improves?|remission|healing|heals?|effects?|weightloss|resolves?|resolution|reversal|reverses?)$/
const claimVerbs = /^(works?|working|helps?|helped|relieves?|cures?|treats?|responds?|respond|benefits?|recovers?|effective|safe|improves?|heals?|feels?|gets?|experiences?|returns?|lasts?|fails?|causes?|succeeds?)$/

/** "No side effects were observed": a study's report of what it saw, not a promise. */
const observed = /^(observed|reported|seen|noted|recorded|found|detected|occurred|documented)$/
/** Harms that "permanent" describes without overstating a benefit ("permanent side effects"). */
const harms = /^(side|damage|harm|injury|injuries|disability|impairment|loss|scarring|toxicity|dependence|addiction)$/

function observedAfter(sentence: SentenceView, to: number): boolean {
  const clause = sentence.segmentOf[to]
  for (let index = to + 1; index < Math.min(sentence.tokens.length, to + 14); index++) {
    if (sentence.segmentOf[index] !== clause) break
    if (observed.test(sentence.tokens[index]!.norm)) return true
  }
  return false
}

/** "to ensure", "help ensure", "designed to assure": a purpose, not an assurance. */
const purpose = /^(to|help|helps|helping|aim|aims|aimed|designed|intended|meant|try|tries|trying|strive|strives|seek|seeks|work|works|working)$/

const absolute = createRule(ruleId, (context) => {
  const {knowledge} = context
  const outcomes = knowledge.lexiconIndex('assured-outcomes')
  for (const sentence of context.view.sentences) {
    const {tokens} = sentence
    // "permanent relief" is the time-course rule's, which can cite the duration facts.
    const matches = claimedMatches(context, sentence, 'absolutes')
    const timed = matches.length > 0 ? context.knowledge.lexiconIndex('time-course').search(tokens) : []
    for (const match of matches) {
      const entry = match.values[0]!
      if (timed.some((t) => t.from <= match.to && t.to >= match.from)) continue
      // "most … are harmless", "usually harmless", "relatively safe": a quantified statement.
      if (qualifiedAt(sentence, knowledge, match.from)) continue
      // "no side effects were observed": what a study saw, reported as such.
      if (observedAfter(sentence, match.to)) continue
      // "permanent side effects", "permanent damage": a harm, not a promised benefit.
      if (entry.tags.includes('benefit') && harms.test(tokens[match.to + 1]?.norm ?? '')) continue
      // "no risk of accumulation": a named risk ruled out, not safety without exception.
      if (entry.id === 'completely-safe' && /^(no|without)$/.test(tokens[match.from]!.norm) && tokens[match.to + 1]?.norm === 'of') continue
      // "permanent" and "forever" overstate a benefit ("permanent relief"), not a harm or a name ("permanent disability").
      if (entry.tags.includes('benefit') && !tokens.slice(Math.max(0, match.from - 4), match.to + 4).some((t) => benefitWords.test(t.norm))) continue
      if (entry.tags.includes('universal')) {
        // Advice addressed to the reader, or a sentence with a modal of obligation, is not a claim.
        const first = tokens.find((t) => t.kind === 'word')
        if (first && advice.has(first.norm)) continue
        if (tokens.some((t) => t.norm === 'should' || t.norm === 'must')) continue
        // "almost everyone", "nearly always": an approximation, not an absolute.
        if (/^(almost|nearly|virtually|practically|not|hardly)$/.test(tokens[match.from - 1]?.norm ?? '')) continue
        // A bare "always"/"never"/"everyone" counts only next to a verb of effect: "works for everyone", "never fails".
        const near = tokens.slice(Math.max(0, match.from - 4), match.to + 5)
        if (!near.some((t) => claimVerbs.test(t.norm))) continue
      }
      const actual = textOf(sentence, match.from, match.to, context.file)
      context.report(sentence, match.from, match.to, {
        reason: `Unexpected absolute ${q(actual)}, say how often or for whom instead`,
        expected: entry.expected,
        note: entry.reason
      })
    }
    // "100%" written with a sign: "100% effective", "100% safe". The sign is never a word, and
    // testing the kind first spares reading the text of almost every token.
    for (let index = 0; index + 2 < tokens.length; index++) {
      if (tokens[index + 1]!.kind === 'word' || tokens[index + 1]!.text !== '%' || tokens[index]!.text !== '100') continue
      const next = tokens[index + 2]!
      if (!/^(effective|safe|success|successful|natural|cure|guaranteed|recovery|relief|of)$/.test(next.norm)) continue
      if (next.norm === 'of') continue
      if (negatedAt(sentence, index) || hedgedAt(sentence, index) || qualifiedAt(sentence, knowledge, index) || historicalAt(context.view, sentence, index)) continue
      context.report(sentence, index, index + 2, {
        reason: `Unexpected absolute ${q(textOf(sentence, index, index + 2, context.file))}, give the measured rate instead`,
        expected: ['effective in most trials', 'well tolerated by most patients'],
        note: 'A 100% success or safety claim is not what trials report.'
      })
    }
    // Assurances: "assures a safe and effective treatment", "ensuring the best outcomes".
    for (const match of matchesOf(context.view, sentence, 'assurance-verbs')) {
      const entry = match.values[0]!
      const before = tokens[match.from - 1]?.norm ?? ''
      if (purpose.test(before) || (before === 'and' && purpose.test(tokens[match.from - 2]?.norm ?? ''))) continue
      const clause = sentence.segmentOf[match.from]
      // "ensuring that its benefits outweigh the risks": a proposition that care checks, not a promise.
      if (tokens[match.to + 1]?.norm === 'that' && !entry.tags.includes('strong')) continue
      const strong = entry.tags.includes('strong')
      const outcome = outcomes
        .search(tokens)
        .find(
          (o) =>
            o.from > match.to &&
            o.from - match.to <= 8 &&
            sentence.segmentOf[o.from] === clause &&
            (strong || !o.values[0]!.tags.includes('strong')) &&
            // "an approach to healing", "the road to recovery": a direction, not an outcome.
            tokens[o.from - 1]?.norm !== 'to'
        )
      // "Results are guaranteed", "relief is assured": the outcome as the subject of a passive.
      const subject = outcome
        ? undefined
        : outcomes
            .search(tokens)
            .find((o) => o.to < match.from && match.from - o.to <= 3 && /^(is|are|be|been|was|were)$/.test(tokens[match.from - 1]?.norm ?? '') && !o.values[0]!.tags.includes('strong'))
      if (!outcome && !subject) continue
      if (context.ignored(entry, textOf(sentence, match.from, match.to, context.file))) continue
      if (negatedAt(sentence, match.from) || hedgedAt(sentence, match.from) || qualifiedAt(sentence, knowledge, match.from) || historicalAt(context.view, sentence, match.from)) continue
      // "If the dose is right, the team can ensure …": a condition governs the whole sentence.
      if (sentence.segments.some((segment) => segment.role === 'conditional')) continue
      const [first, last] = outcome ? [match.from, outcome.to] : [subject!.from, match.to]
      const actual = textOf(sentence, first, last, context.file)
      context.report(sentence, first, last, {
        reason: `Unexpected assurance ${q(actual)}, say what the evidence showed instead`,
        expected: entry.expected,
        note: entry.reason
      })
    }
  }
}, ['absolutes', 'assurance-verbs'])

export default absolute
