/**
 * The tokens of each sentence of the ledger, for the checks that read words the ledger does not
 * turn into claims (regulatory status, schedules, citations). Sentences are matched to ledger
 * records by their start offset.
 */
import {PairCache, recordFinder, segment, tokenize, type ClaimLedger, type Segment, type SentenceRecord, type Token} from '@claimlint/core'
import type {Root, Sentence} from 'nlcst'

export interface SentenceWork {
  record: SentenceRecord
  tokens: Token[]
  segments: Segment[]
  segmentOf: Int32Array
  /** Whether the sentence points back at the article's topic ("it", "the drug"), once a rule asks. */
  pointsBack: boolean | undefined
}

const cache = new PairCache<Root, ClaimLedger, SentenceWork[]>()

/**
 * Every sentence of `tree` that the ledger knows, with its tokens and clause segments; computed
 * once per tree and ledger, so both rules share it.
 */
export function sentencesOf(tree: Root, ledger: ClaimLedger): SentenceWork[] {
  return cache.get(tree, ledger, () => collect(tree, ledger))
}

function collect(tree: Root, ledger: ClaimLedger): SentenceWork[] {
  const recordAt = recordFinder(ledger)
  const out: SentenceWork[] = []
  let position = 0
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'SentenceNode') {
      const tokens = tokenize(node as Sentence)
      if (tokens.length === 0) return
      const record = recordAt(node.position?.start.offset ?? tokens[0]!.start, position++)
      if (!record) return
      const {segments, segmentOf} = segment(tokens)
      out.push({record, tokens, segments, segmentOf, pointsBack: undefined})
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number])
  }
  visit(tree)
  return out
}
