/**
 * The ledger of a file, computed once and shared: every rule that asks for it with the same
 * tree and knowledge gets the same object, which is also kept on `file.data.claimLedger`.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {extractLedger, type PointAt} from './extract.js'
import type {Knowledge} from './knowledge.js'
import {PairCache} from './pair-cache.js'
import type {ClaimLedger} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The claim ledger of this file, set by `ledgerOf`. */
    claimLedger: ClaimLedger
  }
}

const cache = new PairCache<Root, Knowledge, ClaimLedger>()

/** The claim ledger of `tree`, built on first use. */
export function ledgerOf(tree: Root, file: VFile, knowledge: Knowledge): ClaimLedger {
  const ledger = cache.get(tree, knowledge, () => {
    const value = file.value === undefined ? undefined : String(file.value)
    const place = value === undefined ? undefined : location(file)
    const pointAt: PointAt = (offset) => {
      const point = place?.toPoint(offset)
      return point && point.offset !== undefined
        ? {line: point.line, column: point.column, offset: point.offset}
        : {line: 1, column: offset + 1, offset}
    }
    return extractLedger(tree, knowledge, pointAt, value)
  })
  file.data.claimLedger = ledger
  return ledger
}
