/**
 * Sentence-level certainty and claim strength. Certainty comes from the `hedges` and `boosters`
 * lexicons of the packs; strength follows the four classes of Yu, Li & Wang (2019): no relation,
 * correlational, conditional causal ("may increase"), direct causal ("increases").
 */
import type {Knowledge} from './knowledge.js'
import type {Token} from './tokens.js'
import type {Certainty, Strength} from './types.js'

export interface SentenceAssessment {
  certainty: Certainty
  /** Words that set the certainty. */
  cues: string[]
  /** Token ranges of the hedge cues, for scoping hedges to clauses. */
  hedgeSpans: Array<[number, number]>
  strength: Strength
  strengthCues: string[]
}

const correlational = new Set([
  'associated', 'association', 'associations', 'correlated', 'correlation', 'correlations', 'correlates',
  'linked', 'link', 'links', 'related', 'relationship', 'relationships', 'relation', 'predict', 'predicts',
  'predicted', 'predictor', 'predictors', 'predictive', 'tied', 'connected', 'connection', 'accompanied'
])

const causal = new Set([
  'cause', 'causes', 'caused', 'causing', 'lead', 'leads', 'led', 'leading', 'result', 'results', 'resulted',
  'increase', 'increases', 'increased', 'decrease', 'decreases', 'decreased', 'reduce', 'reduces', 'reduced',
  'reducing', 'improve', 'improves', 'improved', 'improving', 'prevent', 'prevents', 'prevented', 'protect',
  'protects', 'induce', 'induces', 'induced', 'promote', 'promotes', 'promoted', 'enhance', 'enhances',
  'enhanced', 'lower', 'lowers', 'lowered', 'raise', 'raises', 'raised', 'boost', 'boosts', 'cut', 'cuts',
  'trigger', 'triggers', 'triggered', 'effective', 'efficacy', 'effect', 'effects', 'impact', 'impacts',
  'affect', 'affects', 'alleviate', 'alleviates', 'relieve', 'relieves', 'treat', 'treats', 'cure', 'cures',
  'benefit', 'benefits', 'beneficial', 'worsen', 'worsens', 'inhibit', 'inhibits', 'block', 'blocks',
  'contribute', 'contributes', 'contributed', 'drive', 'drives', 'influence', 'influences', 'attenuate',
  'attenuates', 'mitigate', 'mitigates', 'eliminate', 'eliminates', 'restore', 'restores', 'slow', 'slows',
  'harm', 'harms', 'harmful', 'damage', 'damages', 'responsible', 'due', 'because', 'owing'
])

const conditionalModals = new Set(['may', 'might', 'could', 'can', 'would', 'possibly', 'potentially', 'likely'])

/** Grade one sentence. */
export function assessSentence(tokens: readonly Token[], knowledge: Knowledge): SentenceAssessment {
  const hedges = knowledge.lexiconIndex('hedges').search(tokens)
  const boosters = knowledge.lexiconIndex('boosters').search(tokens)
  const text = (from: number, to: number): string =>
    tokens
      .slice(from, to + 1)
      .map((t) => t.text)
      .join(' ')

  const cues: string[] = []
  const hedgeSpans: Array<[number, number]> = []
  for (const match of hedges) {
    cues.push(text(match.from, match.to))
    hedgeSpans.push([match.from, match.to])
  }
  let certainty: Certainty = 'plain'
  if (hedges.length > 0) certainty = 'hedged'
  else if (boosters.length > 0) {
    certainty = 'boosted'
    for (const match of boosters) cues.push(text(match.from, match.to))
  }

  const strengthCues: string[] = []
  let hasCorrelational = false
  let hasCausal = false
  let hasModal = false
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (correlational.has(token.norm)) {
      hasCorrelational = true
      strengthCues.push(token.text)
    } else if (causal.has(token.norm)) {
      hasCausal = true
      strengthCues.push(token.text)
    } else if (conditionalModals.has(token.norm)) hasModal = true
  }

  let strength: Strength = 'none'
  if (hasCorrelational && !(hasCausal && !hasModal && strengthCues.length > 2)) strength = 'correlational'
  else if (hasCausal) strength = hasModal || certainty === 'hedged' ? 'conditional_causal' : 'direct_causal'

  return {certainty, cues, hedgeSpans, strength, strengthCues}
}
