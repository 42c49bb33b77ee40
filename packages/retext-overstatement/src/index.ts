/**
 * retext-overstatement: claims stated more strongly than the evidence allows.
 *
 * Rules: `hype`, `absolute`, `certainty-booster`, `efficacy-overclaim`, `time-course`,
 * `causal-overclaim`, `headline-overclaim`. All read the claim ledger of `@claimlint/core` and
 * the lexicons of the packs; all are quiet on hedged, negated, asked and (optionally) quoted words.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import absolute from './absolute.js'
import causalOverclaim from './causal-overclaim.js'
import certaintyBooster from './certainty-booster.js'
import efficacyOverclaim from './efficacy-overclaim.js'
import headlineOverclaim from './headline-overclaim.js'
import hype from './hype.js'
import type {Options} from './options.js'
import timeCourse from './time-course.js'

/**
 * Every rule of the package, with what it checks. The rules that cite a fact or point at the
 * evidence come first: when a preset keeps one message per span, it keeps the first rule's.
 */
export const rules: ReadonlyArray<{id: string; plugin: Plugin<[(Readonly<Options> | null | undefined)?], Root>; description: string}> = [
  {id: 'time-course', plugin: timeCourse, description: 'onset or duration words the facts contradict (immediate relief, lasting relief)'},
  {id: 'efficacy-overclaim', plugin: efficacyOverclaim, description: 'efficacy asserted where the evidence is small or mixed'},
  {id: 'headline-overclaim', plugin: headlineOverclaim, description: 'a heading that states more strongly than its body or leaves out the scope of its evidence'},
  {id: 'causal-overclaim', plugin: causalOverclaim, description: 'direct-causal wording about associations, observational, animal or cell studies'},
  {id: 'hype', plugin: hype, description: 'promotional words stated as fact (game-changer, breakthrough, miracle, cure)'},
  {id: 'absolute', plugin: absolute, description: 'claims without exception (always works, completely safe, no side effects)'},
  {id: 'certainty-booster', plugin: certaintyBooster, description: 'evidence presented as proof (proven, unquestionably, clearly demonstrates)'}
]

/** All rules, as warnings. */
const retextOverstatement: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  for (const rule of rules) this.use(rule.plugin, options ?? undefined)
}

export default retextOverstatement
export {absolute, causalOverclaim, certaintyBooster, efficacyOverclaim, headlineOverclaim, hype, timeCourse}
export {optionSpecs, type Options} from './options.js'
