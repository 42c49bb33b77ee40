/**
 * Document-level tasks: run the overstatement rules over whole press releases (title, then body),
 * count what they report, per rule, and judge the release as a whole.
 */
import {tokenizeText} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import {retext} from 'retext'
import retextOverstatement from 'retext-overstatement'

const processor = retext().use(retextOverstatement, {soft: true}).freeze()

/** The rules whose messages are about wording (the HealthNewsReview "sensational language" criterion). */
export const wordingRules = ['hype', 'absolute', 'certainty-booster', 'headline-overclaim']

/** Messages per rule id for one document. */
export function countsOf(text, includeQuoted = true) {
  const file = processor.processSync(text)
  const counts = {}
  for (const message of file.messages) {
    if (message.fatal === undefined && !includeQuoted) continue // quoted speech, reported as information
    counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
  }
  return {counts, messages: file.messages}
}

/**
 * Does the text report a controlled comparison in people or a regulator's approval (the
 * `controlled-evidence` lexicon of `rules/overstatement/evidence.yml`)?
 */
export function reportsControlledEvidence(text) {
  return knowledgeFor().lexiconIndex('controlled-evidence').search(tokenizeText(text)).length > 0
}

/**
 * Release-level judgement: sensational when the wording rules report at least `k` times, quoted
 * speech and soft entries included, or `k + 1` times when the release reports a randomised trial
 * or an approval. The reviewers judge whether strong wording is justified by the evidence, and
 * they let a single strong word pass more often when the evidence is a controlled trial.
 */
export function judgeRelease(document, k) {
  const score = wordingRules.reduce((sum, id) => sum + (document.counts[id] ?? 0), 0)
  return score >= (document.controlled ? k + 1 : k)
}

export function releaseText(release) {
  return `${release.title}\n\n${release.text}`
}
