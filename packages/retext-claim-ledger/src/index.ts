/**
 * retext-claim-ledger: the understanding stage of claimlint. It reads the tree once and puts the
 * claim ledger on `file.data.claimLedger`: every sentence with its structure (prose, heading, list
 * item, table, reference …), its scopes (negated, hypothetical, reported, denied, historical,
 * another country, animals, a question) and certainty, and every claim with its subject, property,
 * value and scope. The rules that come after it only judge; they read this same ledger (asking for
 * it again costs nothing). With no rule at all, the ledger is still there: `claims()` in the
 * `claimlint` API is this plugin alone.
 */
import {ledgerOf, PackError, type Pack} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'

export interface Options {
  /** Extra rule packs (entities, properties, facts, lexicons) beside the built-in ones. */
  packs?: readonly Pack[] | null | undefined
}

const retextClaimLedger: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  return function (tree, file) {
    let knowledge
    try {
      knowledge = knowledgeFor(options?.packs ?? undefined)
    } catch (error) {
      // Packs that do not fit together: every rule reports the problem with its file and line.
      if (error instanceof PackError) return
      throw error
    }
    ledgerOf(tree, file, knowledge)
  }
}

export default retextClaimLedger
