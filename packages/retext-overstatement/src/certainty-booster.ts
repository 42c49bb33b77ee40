/**
 * Rule `certainty-booster`: words that present evidence as proof ("proves", "clinically proven",
 * "unquestionably", "clearly demonstrates", "definitely"). Quiet when negated ("has not been
 * proven", "no proof that"), which is calibrated writing.
 */
import {textOf, type SentenceView} from './context.js'
import {claimedMatches} from './hype.js'
import {createRule, q} from './rule.js'

export const ruleId = 'certainty-booster'

const provesBy: Record<string, string[]> = {
  prove: ['show', 'suggest'],
  proves: ['shows', 'suggests'],
  proved: ['showed', 'found'],
  proven: ['shown', 'found'],
  proof: ['evidence']
}

const turnOut = new Set(['wrong', 'false', 'untrue', 'mistaken', 'incorrect', 'difficult', 'unsuccessful', 'successful', 'challenging', 'elusive', 'just', 'as', 'more', 'less', 'too', 'fatal', 'useful', 'popular', 'impossible', 'costly'])

/**
 * "Prove" is a booster when it claims proof ("proves that", "proven to reduce", "clinically
 * proven"), not when it means "turn out" ("proved difficult", "should the assumptions prove
 * incorrect") or names a technique.
 */
function provesAsBooster(sentence: SentenceView, from: number, to: number): boolean {
  const word = sentence.tokens[from]!.norm
  if (from !== to) return true
  const next = sentence.tokens[to + 1]
  if (!next || next.kind !== 'word') return word === 'proven' || word === 'proof'
  if (turnOut.has(next.norm)) return false
  // "proof of age", "proof of her skill": only proof of an effect or "proof that" is a booster.
  if (word === 'proof') return next.norm === 'that' || (next.norm === 'of' && /^(efficacy|effectiveness|benefit|benefits|safety|concept)$/.test(sentence.tokens[to + 2]?.norm ?? '') && sentence.tokens[to + 2]?.norm !== 'concept')
  // "proven to be wrong", "proved to be difficult": the same, with "to be" between.
  if (next.norm === 'to' && sentence.tokens[to + 2]?.norm === 'be') {
    // "proved to be completely ineffective": the adjective after an adverb of degree.
    const degree = /^(completely|entirely|totally|largely|quite|very|rather|somewhat|highly|fairly|particularly|especially|equally|less|more)$/.test(sentence.tokens[to + 3]?.norm ?? '')
    const after = sentence.tokens[to + (degree ? 4 : 3)]?.norm ?? ''
    // "proved to be a challenge", "proved to be the cause": a noun phrase after it means "turned out".
    // ("proven to be a game-changer" stays a booster: the hype word says what was proven.)
    if (/^(a|an|the|one|among|quite|rather)$/.test(after) && !hypeAfter(sentence, to + 3)) return false
    if (turnOut.has(after) || (/(ful|ive|able|ible|ous|ent|ant|al|ic|less|ing)$/.test(after) && !/^(effective|efficacious|beneficial|superior|safe|curative)$/.test(after))) return false
  }
  // "proved helpful", "have proven ineffective": an adjective after it means "turned out".
  if (/(ful|ive|able|ible|ous|ent|ant|al|ic|less|ing)$/.test(next.norm) && !/^(effective|efficacious|beneficial|superior|safe|curative)$/.test(next.norm)) return false
  // "proved to contain", "proven to have used": "to" and a verb other than one of effect means "turned out".
  if (next.norm === 'to' && sentence.tokens[to + 2]?.norm !== 'be' && !effectVerbs.test(sentence.tokens[to + 2]?.norm ?? '')) return false
  if (word === 'prove' || word === 'proves' || word === 'proved') return ['that', 'to', 'beyond', 'conclusively', 'definitively', 'effective', 'safe', 'beneficial', 'its', 'their', 'it'].includes(next.norm)
  return true
}

/** Verbs of effect after "proven to": "proven to reduce", "proved to work". */
const effectVerbs = /^(work|works|reduce|reduces|lower|lowers|prevent|prevents|cure|cures|treat|treats|help|helps|heal|heals|improve|improves|relieve|relieves|increase|increases|boost|boosts|protect|protects|reverse|reverses|cut|cuts|stop|stops|slow|slows|eliminate|eliminates|restore|restores|extend|extends|save|saves|cause|causes|kill|kills|block|blocks|ease|eases|fight|fights|enhance|enhances|alleviate|alleviates|decrease|decreases|benefit|benefits|outperform|outperforms|shrink|shrinks|repair|repairs|support|supports|promote|promotes)$/

/** Does a hype phrase start within three words after `from` ("to be a real game-changer")? */
function hypeAfter(sentence: SentenceView, from: number): boolean {
  return hypeLexicon(sentence).some((match) => match.from > from && match.from <= from + 3)
}

let hypeLexicon: (sentence: SentenceView) => ReadonlyArray<{from: number}> = () => []

const certaintyBooster = createRule(ruleId, (context) => {
  hypeLexicon = (sentence) => context.knowledge.lexiconIndex('hype').search(sentence.tokens)
  for (const sentence of context.view.sentences) {
    for (const match of claimedMatches(context, sentence, 'certainty-boosters', {hedge: false})) {
      const entry = match.values[0]!
      const actual = textOf(sentence, match.from, match.to, context.file)
      // "yet to be proven", "is yet to be firmly established": a hedge in the same clause is calibration.
      const hedged = sentence.hedges.some((hedge) => sentence.segmentOf[hedge.from] === sentence.segmentOf[match.from])
      if (hedged) continue
      if (sentence.segments[sentence.segmentOf[match.from]]?.role === 'conditional') continue
      if (entry.id === 'proves' && !provesAsBooster(sentence, match.from, match.to)) continue
      // "I definitely want…", "5 = definitely cancerous": a feeling or a scale point, not a claim about evidence.
      const before = sentence.tokens.slice(Math.max(0, match.from - 2), match.from)
      if (before.some((t) => t.norm === 'i' || /^[\d=]/.test(t.text))) continue
      // "almost certainly", "more certainly": an approximation or a comparison, not a booster.
      if (/^(almost|nearly|virtually|practically|more|less|most|least)$/.test(sentence.tokens[match.from - 1]?.norm ?? '')) continue
      // "further research is certainly needed": a booster on a need or a hedge calibrates.
      const clause = sentence.segmentOf[match.from]
      if (sentence.tokens.some((t, i) => sentence.segmentOf[i] === clause && /^(needed|required|warranted|necessary|unclear|unknown|uncertain|limited)$/.test(t.norm))) continue
      // "definitely not for everyone": a booster on a caution calibrates, it does not overstate.
      if (sentence.tokens[match.to + 1]?.norm === 'not') continue
      // Offer the same inflection: "proves" → "shows", "proven" → "shown".
      const inflected = entry.id === 'proves' && match.from === match.to ? provesBy[sentence.tokens[match.from]!.norm] : undefined
      context.report(sentence, match.from, match.to, {
        expected: inflected ?? entry.expected,
        reason:
          entry.expected.length === 0
            ? `Unexpected certainty booster ${q(actual)}, remove it and let the evidence speak`
            : `Unexpected certainty booster ${q(actual)}, describe the evidence instead`,
        note: entry.reason
      })
    }
  }
}, ['certainty-boosters'])

export default certaintyBooster
