/**
 * Rule `claim-contradiction`: two claims in one article on the same subject and property that
 * cannot both be true, in different sentences ("within hours, sometimes minutes" in one sentence
 * is nuance, not a contradiction).
 */
import {ledgerOf} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import {judge, type Entry} from './judge.js'
import {reportContradiction} from './message.js'
import {docsBase, source, type Options} from './options.js'

export const ruleId = 'claim-contradiction'
const url = `${docsBase}${ruleId}.md`

/** Claims already reported inside their own article: the cross-file rule leaves them alone. */
export const reportedWithin = new WeakSet<object>()

const claimContradiction = lintRule<Root, Options | null | undefined>(
  {origin: `${source}:${ruleId}`, url},
  (tree, file, options) => {
    const knowledge = knowledgeFor(options?.packs)
    const ledger = ledgerOf(tree, file, knowledge)
    const entries: Entry[] = ledger.claims.map((claim) => ({claim, fileIndex: 0}))
    const verdicts = judge(knowledge, entries, 'sentence')
    for (const verdict of verdicts) {
      reportedWithin.add(verdict.entry.claim)
      reportContradiction(knowledge, {claim: verdict.entry.claim, file}, {claim: verdict.other.claim, file}, verdict.fact, {
        ruleId,
        source,
        url
      })
    }
  }
)

export default claimContradiction
