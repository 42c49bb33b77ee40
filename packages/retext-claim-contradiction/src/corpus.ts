/**
 * The claims of every file in one run, so that articles of one site are checked against each
 * other. The unified-engine CLI fills it through a `FileSet` completer; `lintCorpus` in the API
 * fills it directly.
 */
import {fitMessage, inlineSpansOf, type Claim, type ClaimLedger, type Knowledge} from '@claimlint/core'
import type {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import {judge, type Entry} from './judge.js'
import {reportContradiction} from './message.js'
import {reportedWithin} from './within.js'

/**
 * Does a message stand on the claim's words? Its place may have been widened to the phrase its
 * suggestion replaces ("instant relief" for the claim "instant"), so it covers them.
 */
function samePlace(message: VFileMessage, claim: Claim): boolean {
  const place = message.place
  if (!place || !('start' in place)) return false
  const start = place.start.offset
  const end = place.end.offset
  return start !== undefined && end !== undefined && start <= claim.start && end >= claim.end
}

export interface CorpusMeta {
  ruleId: string
  source: string
  url: string
  /** `true` for errors, `false` for warnings (as unified-lint-rule sets them). */
  fatal: boolean | undefined
}

export interface Corpus {
  /** Record a file's ledger. Adding a file again replaces its earlier ledger. */
  add(file: VFile, ledger: ClaimLedger, knowledge: Knowledge, meta: CorpusMeta): void
  /** Compare all files recorded so far and add messages to the odd ones out. Idempotent. */
  judge(): void
  /** Number of files recorded. */
  readonly size: number
}

/** Make an empty corpus. */
export function createCorpus(): Corpus {
  const files: Array<{file: VFile; ledger: ClaimLedger}> = []
  /** Where each file is in `files`, so adding one costs the same in a folder of any size. */
  const positions = new Map<VFile, number>()
  let knowledge: Knowledge | undefined
  let meta: CorpusMeta | undefined
  let judged = false

  return {
    get size() {
      return files.length
    },
    add(file, ledger, base, settings) {
      const existing = positions.get(file)
      if (existing === undefined) {
        positions.set(file, files.length)
        files.push({file, ledger})
      } else files[existing] = {file, ledger}
      knowledge = base
      meta = settings
      judged = false
    },
    judge() {
      if (judged || !knowledge || !meta || files.length < 2) return
      judged = true
      const entries: Entry[] = []
      files.forEach(({ledger}, fileIndex) => {
        for (const claim of ledger.claims) entries.push({claim, fileIndex})
      })
      const verdicts = judge(knowledge, entries, 'file')
      for (const verdict of verdicts) {
        if (reportedWithin.has(verdict.entry.claim)) continue
        const side = files[verdict.entry.fileIndex]!
        // One message per problem: a contradiction inside the article already says it all; a fact
        // or time-course message on the same words gives way to this one, which also names the
        // other article (and keeps the stricter severity).
        const same = side.file.messages.filter((m) => samePlace(m, verdict.entry.claim))
        if (same.some((m) => m.ruleId === 'claim-contradiction')) continue
        const other = files[verdict.other.fileIndex]!
        const message = reportContradiction(
          knowledge,
          {claim: verdict.entry.claim, file: side.file},
          {claim: verdict.other.claim, file: other.file},
          verdict.fact,
          meta
        )
        fitMessage(side.file, message, side.ledger, inlineSpansOf(side.file))
        message.fatal = meta.fatal || same.some((m) => m.fatal === true) ? true : meta.fatal
        if (same.length > 0) side.file.messages = side.file.messages.filter((m) => !same.includes(m))
      }
    }
  }
}
