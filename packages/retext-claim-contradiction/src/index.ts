/**
 * retext-claim-contradiction: claims that contradict each other within one article
 * (`claim-contradiction`) and across the articles of one run (`claim-contradiction-across-files`).
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import claimContradictionAcrossFiles from './across.js'
import type {Options} from './options.js'
import claimContradiction from './within.js'

/** Both rules, with their default severities (warnings). */
const retextClaimContradiction: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  this.use(claimContradiction, options ?? undefined)
  this.use(claimContradictionAcrossFiles, options ?? undefined)
}

export default retextClaimContradiction
export {claimContradiction, claimContradictionAcrossFiles}
export {createCorpus, type Corpus, type CorpusMeta} from './corpus.js'
export {judge, isComparable, type Entry, type Scope, type Verdict} from './judge.js'
export {optionSpecs, type Options} from './options.js'
