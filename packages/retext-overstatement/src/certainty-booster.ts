/**
 * Rule `certainty-booster`: words that present evidence as proof ("proves", "clinically proven",
 * "unquestionably", "clearly demonstrates", "definitely"). Quiet when negated ("has not been
 * proven", "no proof that"), which is calibrated writing.
 */
import {textOf} from './context.js'
import {claimedMatches} from './hype.js'
import {createRule, q} from './rule.js'

export const ruleId = 'certainty-booster'

const certaintyBooster = createRule(ruleId, (context) => {
  for (const sentence of context.view.sentences) {
    for (const match of claimedMatches(context, sentence, 'certainty-boosters', {hedge: false})) {
      const entry = match.values[0]!
      const actual = textOf(sentence, match.from, match.to, context.file)
      // "yet to be proven", "remains unproven": a hedge in the same clause is calibration.
      const hedged = sentence.hedges.some((hedge) => sentence.segmentOf[hedge.from] === sentence.segmentOf[match.from])
      if (hedged && entry.id === 'proves') continue
      context.report(sentence, match.from, match.to, {
        reason:
          entry.expected.length === 0
            ? `Unexpected certainty booster ${q(actual)}, remove it and let the evidence speak`
            : `Unexpected certainty booster ${q(actual)}, describe the evidence instead`,
        expected: entry.expected,
        note: entry.reason
      })
    }
  }
})

export default certaintyBooster
