/**
 * retext-claim-facts: claims checked against the sourced facts of the rule packs (`claim-fact`)
 * and citations checked against the references pack (`citation`).
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import citation from './citation.js'
import claimFact from './claim-fact.js'
import type {Options} from './options.js'

/** Both rules, as warnings (messages on preclinical or speculative facts are information). */
const retextClaimFacts: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  this.use(claimFact, options ?? undefined)
  this.use(citation, options ?? undefined)
}

export default retextClaimFacts
export {citation, claimFact}
export {applicableFacts, contradicted, family, lineage} from './facts.js'
export {isTentative} from './severity.js'
export {optionSpecs, type Options} from './options.js'

/** The rules of this package, for presets: id, plugin and what the rule reports. */
export const rules: ReadonlyArray<{id: string; plugin: Plugin<[(Readonly<Options> | null | undefined)?], Root>; description: string}> = [
  {id: 'claim-fact', plugin: claimFact as Plugin<[(Readonly<Options> | null | undefined)?], Root>, description: 'claims that contradict the sourced facts of the rule packs'},
  {id: 'citation', plugin: citation as Plugin<[(Readonly<Options> | null | undefined)?], Root>, description: 'citations of known studies with the wrong journal, year, design or topic'}
]
