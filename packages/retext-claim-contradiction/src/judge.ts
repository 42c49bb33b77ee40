/**
 * Who is the odd one out. Claims on the same subject, property and target that cannot both hold
 * are paired; the one reported is the claim that contradicts the fact sheet, else the one in the
 * minority, else the later one. The side that agrees with the facts and the majority stays quiet.
 * Claims are grouped by key first, so the cost grows with the number of claims, not of pairs of files.
 */
import {claimKey, conflicts, contradictsFact, factsFor, type Claim, type FactDef, type Knowledge} from '@claimlint/core'

/** A claim with the file it came from. */
export interface Entry {
  claim: Claim
  /** Position of the file in the run, for "later" across files. */
  fileIndex: number
}

export interface Verdict {
  /** The claim to report. */
  entry: Entry
  /** The claim on the other side to point at. */
  other: Entry
  /** The fact the reported claim contradicts, if any. */
  fact: FactDef | undefined
}

/** Can a claim take part in a contradiction at all? */
export function isComparable(claim: Claim): boolean {
  return claim.polarity === 'affirmed' && claim.assertion === 'own'
}

const later = (a: Entry, b: Entry): boolean =>
  a.fileIndex === b.fileIndex ? a.claim.start > b.claim.start : a.fileIndex > b.fileIndex

/**
 * Judge entries. `opposes(a, b)` says whether two entries may be compared at all (same file and
 * different sentences for one article; different files across a folder).
 */
export function judge(
  knowledge: Knowledge,
  entries: readonly Entry[],
  opposes: (a: Entry, b: Entry) => boolean
): Verdict[] {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    if (!isComparable(entry.claim)) continue
    const key = claimKey(entry.claim)
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }

  const verdicts: Verdict[] = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const fact = factsFor(knowledge, group[0]!.claim).find((f) => f.status === 'established' || f.status === 'supported')
    const wrong = new Map<Entry, boolean>()
    for (const entry of group) wrong.set(entry, fact ? contradictsFact(knowledge, entry.claim, fact) : false)

    // Support: how many claims in the group agree with each one. Grouping by value keeps this
    // linear for category values; intervals compare within the (small) group.
    const support = new Map<Entry, number>()
    for (const entry of group) {
      let count = 0
      for (const other of group) if (!conflicts(knowledge, entry.claim, other.claim)) count++
      support.set(entry, count)
    }

    for (const entry of group) {
      if (entry.claim.certainty === 'hedged') continue
      const opponents = group.filter((other) => other !== entry && opposes(entry, other) && conflicts(knowledge, entry.claim, other.claim))
      if (opponents.length === 0) continue
      const pickOther = (candidates: Entry[]): Entry =>
        candidates.reduce((best, candidate) => {
          const a = support.get(candidate)!
          const b = support.get(best)!
          if (a !== b) return a > b ? candidate : best
          return later(best, candidate) ? candidate : best
        })
      if (wrong.get(entry)) {
        const right = opponents.filter((o) => !wrong.get(o))
        verdicts.push({entry, other: pickOther(right.length > 0 ? right : opponents), fact})
        continue
      }
      // Neither side contradicts a fact (or there is none): the minority, else the later one.
      const fair = opponents.filter((o) => !wrong.get(o))
      if (fair.length === 0) continue
      const mine = support.get(entry)!
      const stronger = fair.filter((o) => support.get(o)! > mine || (support.get(o)! === mine && later(entry, o)))
      if (stronger.length === 0) continue
      verdicts.push({entry, other: pickOther(stronger), fact: undefined})
    }
  }
  return verdicts.sort((a, b) => a.entry.fileIndex - b.entry.fileIndex || a.entry.claim.start - b.entry.claim.start)
}
