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
import type {ClaimLedger, SentenceRecord} from './types.js'

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

/**
 * A finder of the ledger record of the `position`-th sentence with tokens, which starts at `start`
 * (rules that walk the tree's sentences ask it). The ledger walks the sentences in the same order,
 * so when its records start at increasing offsets the record at `position` is the one; otherwise
 * the last record with that start decides, and `undefined` when none has it.
 */
export function recordFinder(ledger: ClaimLedger): (start: number, position: number) => SentenceRecord | undefined {
  const records = ledger.sentences
  let increasing = true
  for (let index = 1; index < records.length && increasing; index++) increasing = records[index]!.start > records[index - 1]!.start
  let byStart: Map<number, SentenceRecord> | undefined
  return (start, position) => {
    const record = records[position]
    if (increasing && record?.start === start) return record
    if (!byStart) {
      byStart = new Map()
      for (const other of records) byStart.set(other.start, other)
    }
    return byStart.get(start)
  }
}
