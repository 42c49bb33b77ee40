/**
 * Rule `absolute`: claims without exception ("always works", "completely safe", "no side
 * effects", "guaranteed", "permanent"). Universal words such as "everyone" and "always" are
 * reported only in claims, not in advice ("always tell your doctor") or after a negation ("not
 * everyone responds").
 */
import {textOf} from './context.js'
import {claimedMatches} from './hype.js'
import {createRule, q} from './rule.js'

export const ruleId = 'absolute'

const advice = new Set(['should', 'must', 'always', 'never', 'please', 'do', 'dont', 'ask', 'tell', 'talk', 'consult', 'check', 'make', 'keep', 'avoid', 'seek', 'follow', 'use'])
const benefitWords = /^(relief|relieves?|results?|cures?|cured|fix|fixes|solution|recovery|recover|benefits?|improvements?|improves?|remission|healing|heals?|effects?|weightloss|resolves?|resolution|reversal|reverses?)$/
const claimVerbs = /^(works?|working|helps?|helped|relieves?|cures?|treats?|responds?|respond|benefits?|recovers?|effective|safe|improves?|heals?|feels?|gets?|experiences?|returns?|lasts?|fails?|causes?|succeeds?)$/

const absolute = createRule(ruleId, (context) => {
  for (const sentence of context.view.sentences) {
    const {tokens} = sentence
    // "permanent relief" is the time-course rule's, which can cite the duration facts.
    const matches = claimedMatches(context, sentence, 'absolutes')
    const timed = matches.length > 0 ? context.knowledge.lexiconIndex('time-course').search(tokens) : []
    for (const match of matches) {
      const entry = match.values[0]!
      if (timed.some((t) => t.from <= match.to && t.to >= match.from)) continue
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
      context.report(sentence, index, index + 2, {
        reason: `Unexpected absolute ${q(textOf(sentence, index, index + 2, context.file))}, give the measured rate instead`,
        expected: ['effective in most trials', 'well tolerated by most patients'],
        note: 'A 100% success or safety claim is not what trials report.'
      })
    }
  }
}, ['absolutes'])

export default absolute
