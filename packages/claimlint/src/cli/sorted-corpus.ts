/**
 * unified-engine reads files in parallel, so they reach the corpus in whatever order the disk
 * answers. This corpus holds the files until the run is complete and then judges them in path
 * order, so the same articles always give the same messages (and the same other side). Of a
 * file's ledger it keeps the claims (all the judgement reads), not the sentences and mentions, and
 * their words as strings of their own (see `detach`).
 */
import {createCorpus, type Corpus} from 'retext-claim-contradiction'
import {detach} from '../release.js'

type Entry = Parameters<Corpus['add']>

export function createSortedCorpus(): Corpus {
  const entries = new Map<Entry[0], Entry>()
  let judged: Corpus | undefined
  // By path; files without one (texts given to `lintCorpus`) by their text, so no order of input matters.
  const key = (entry: Entry) => (entry[0].path === undefined ? `\u0000${String(entry[0].value ?? '')}` : entry[0].path)
  return {
    get size() {
      return entries.size
    },
    add(file, ledger, knowledge, meta) {
      // In place: the claims are known by identity (those already reported within their article).
      for (const claim of ledger.claims) {
        claim.text = detach(claim.text)
        claim.subjectText = detach(claim.subjectText)
        claim.value = detach(claim.value)
      }
      // The sentences that hold claims, for fitting the suggestions of messages made at the end.
      const sentences = ledger.sentences.filter((sentence) => sentence.claims.length > 0).map((sentence) => ({...sentence, text: detach(sentence.text), cues: [], strengthCues: [], scopes: []}))
      entries.set(file, [file, {topic: ledger.topic, claims: ledger.claims, sentences, mentions: []}, knowledge, meta])
      judged = undefined
    },
    judge() {
      if (judged) return
      judged = createCorpus()
      for (const entry of [...entries.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) judged.add(...entry)
      judged.judge()
    }
  }
}
