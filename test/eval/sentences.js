/**
 * Sentence-level tasks: hedge detection (BioScope), claim strength (PubMed conclusions),
 * certainty score (science findings) and exaggeration (press release vs abstract). Each reads
 * `assessSentence` from @claimlint/core over `tokenizeText`, exactly as the ledger grades a sentence.
 */
import {assessSentence, tokenizeText} from '@claimlint/core'
import {binary, multiclass, spearman} from './metrics.js'

export const strengthLabels = ['none', 'correlational', 'conditional_causal', 'direct_causal']

export function assess(knowledge, text) {
  return assessSentence(tokenizeText(text), knowledge)
}

export function hedgeTask(knowledge, rows) {
  const gold = rows.map((row) => row.speculative)
  const predicted = rows.map((row) => assess(knowledge, row.text).certainty === 'hedged')
  return {n: rows.length, ...binary(gold, predicted, true), predicted}
}

export function strengthTask(knowledge, rows) {
  const gold = rows.map((row) => row.label)
  const predicted = rows.map((row) => assess(knowledge, row.text).strength)
  return {...multiclass(gold, predicted, strengthLabels), predicted}
}

export function certaintyTask(knowledge, rows) {
  const scores = rows.map((row) => assess(knowledge, row.text).certaintyScore)
  return {n: rows.length, rho: spearman(scores, rows.map((row) => row.certainty)), scores}
}

/** A causal statement that denies the relation ("had no effect on", "did not reduce"). */
const denied = /\b(no (discernible |significant |clear |measurable )?(effect|effects|difference|benefit|impact|influence)|did not|does not|do not|don['’]t|doesn['’]t|didn['’]t|not (significantly |directly )?(affect|alter|change|improve|reduce|increase|cause|curb|influence))\b/i

const canCause = /\bcan (be used to |help (to )?|significantly |substantially |effectively |also |potentially )?(reduce|increase|improve|lead|cause|prevent|lower|raise|mitigate|protect|affect|alter|change|boost|help|slow|delay|trigger|induce|enhance|relieve|decrease|counter|result)\w*\b/i

/**
 * Strength 0–3 of a passage: the strongest of its sentences. The InSciOut coding behind this set
 * codes a statement that denies a relation as "no relationship" (0), where the PubMed set codes
 * "did not reduce" as direct causal; a denied causal statement therefore counts as 0 here.
 */
export function passageStrength(knowledge, text) {
  let best = 0
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
    let level = strengthLabels.indexOf(assess(knowledge, sentence).strength)
    if (level === 3 && denied.test(sentence)) level = 0
    // InSciOut codes "can" before a causal verb ("can reduce pain", "can lead to") with "may" and
    // "could", as a conditional cause, where the PubMed set codes it as direct.
    else if (level === 3 && canCause.test(sentence)) level = 2
    if (level > best) best = level
  }
  return best
}

export function exaggerationTask(knowledge, rows) {
  const labels = ['downplays', 'same', 'exaggerates']
  const gold = rows.map((row) => row.label)
  const predicted = rows.map((row) => {
    const release = passageStrength(knowledge, row.release)
    const abstract = passageStrength(knowledge, row.abstract)
    return release > abstract ? 'exaggerates' : release < abstract ? 'downplays' : 'same'
  })
  const strengthGold = rows.flatMap((row) => [row.releaseStrength, row.abstractStrength])
  const strengthPredicted = rows.flatMap((row) => [passageStrength(knowledge, row.release), passageStrength(knowledge, row.abstract)])
  return {
    ...multiclass(gold, predicted, labels),
    predicted,
    strength: multiclass(strengthGold.map(String), strengthPredicted.map(String), ['0', '1', '2', '3'])
  }
}
