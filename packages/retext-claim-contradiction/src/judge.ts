/**
 * Who is the odd one out. Claims on the same subject, property and target that cannot both hold
 * are paired; the one reported is the claim that contradicts the fact sheet, else the one in the
 * minority, else the later one. The side that agrees with the facts and the majority stays quiet.
 *
 * Claims are grouped by key, and within a group by value: the work is linear in the number of
 * claims plus the square of the number of distinct values of one key, which is small (a handful of
 * routes or onset phrases), never the square of the number of claims or of files.
 */
import {comparisonKey, conflicts, contradictsFact, factsFor, type Claim, type FactDef, type Knowledge} from '@claimlint/core'

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

/** How two claims must differ to be compared: another sentence of one article, or another article. */
export type Scope = 'sentence' | 'file'

/** Scopes under which a claim is not the writer's general statement (see the core's scope engine). */
const notGeneral = new Set(['negated', 'hypothetical', 'reported', 'denied', 'historical', 'animal', 'question'])

/**
 * Can a claim take part in a contradiction at all? Only the writer's own, affirmed, general
 * statements: not negated, conditional, reported, denied, past, about animals, or asked.
 */
export function isComparable(claim: Claim): boolean {
  return claim.polarity === 'affirmed' && claim.assertion === 'own' && !(claim.scope ?? []).some((kind) => notGeneral.has(kind))
}

const later = (a: Entry, b: Entry): boolean =>
  a.fileIndex === b.fileIndex ? a.claim.start > b.claim.start : a.fileIndex > b.fileIndex

/** Claims with the same value (or interval): they agree with each other. */
interface Bucket {
  entries: Entry[]
  /** A representative claim. */
  claim: Claim
  wrong: boolean
  /** How far a time lies from the fact's range when it overlaps it (0 inside, or with no fact): see `distanceFrom`. */
  distance: number
  support: number
  conflicting: Bucket[]
}

/**
 * How much of a time claim lies outside a fact's range when the two overlap: the share of the
 * claim's interval, on a log scale, that the range does not cover (0 all inside it; with no fact,
 * 0). A lower bound of 0 ("up to seven days") counts from a hundredth of the upper one. "Weeks to
 * months" lies further outside "days to two weeks" than "up to seven days" does, and "minutes"
 * further outside "40 minutes to a day" than "hours or days".
 */
function distanceFrom(claim: Claim, fact: FactDef | undefined): number {
  if (!claim.interval || !fact?.interval) return 0
  const high = Math.max(claim.interval[1], 1)
  const low = Math.max(claim.interval[0], high / 100, 1)
  const width = Math.log(high) - Math.log(low)
  if (width <= 0) return 0
  const inside = Math.max(0, Math.log(Math.min(high, fact.interval[1])) - Math.log(Math.max(low, fact.interval[0], 1)))
  return 1 - inside / width
}

const scopeOf = (entry: Entry, scope: Scope): number => (scope === 'file' ? entry.fileIndex : entry.claim.sentence)

/** The earliest entry of `bucket` outside the scope of `entry`, if any (buckets are in text order). */
function opposite(bucket: Bucket, entry: Entry, scope: Scope): Entry | undefined {
  const own = scopeOf(entry, scope)
  for (const candidate of bucket.entries) {
    if (scope === 'sentence' && candidate.fileIndex !== entry.fileIndex) continue
    if (scopeOf(candidate, scope) !== own) return candidate
  }
  return undefined
}

/** Judge entries (in file and text order). */
export function judge(knowledge: Knowledge, entries: readonly Entry[], scope: Scope): Verdict[] {
  const groups = new Map<string, Map<string, Bucket>>()
  for (const entry of entries) {
    if (!isComparable(entry.claim)) continue
    const key = comparisonKey(knowledge, entry.claim)
    let buckets = groups.get(key)
    if (!buckets) {
      buckets = new Map()
      groups.set(key, buckets)
    }
    const valueKey = entry.claim.interval ? entry.claim.interval.join('-') : entry.claim.value
    const bucket = buckets.get(valueKey)
    if (bucket) bucket.entries.push(entry)
    else buckets.set(valueKey, {entries: [entry], claim: entry.claim, wrong: false, distance: 0, support: 0, conflicting: []})
  }

  const verdicts: Verdict[] = []
  for (const buckets of groups.values()) {
    const list = [...buckets.values()]
    if (list.length < 2) continue
    // A set-valued group holds claims on several forms, each with its own facts.
    const factOf = (claim: Claim): FactDef | undefined => factsFor(knowledge, claim).find((f) => f.status === 'established' || f.status === 'supported')
    const facts = new Map<Bucket, FactDef | undefined>()
    for (const bucket of list) {
      const fact = factOf(bucket.claim)
      facts.set(bucket, fact)
      bucket.wrong = fact ? contradictsFact(knowledge, bucket.claim, fact) : false
      bucket.distance = distanceFrom(bucket.claim, fact)
      for (const other of list) {
        if (conflicts(knowledge, bucket.claim, other.claim)) bucket.conflicting.push(other)
        else bucket.support += other.entries.length
      }
    }

    for (const bucket of list) {
      if (bucket.conflicting.length === 0) continue
      // Fair opponents agree with the facts (or no fact decides); stronger ones have more support.
      const ranked = [...bucket.conflicting].sort((a, b) => Number(a.wrong) - Number(b.wrong) || b.support - a.support)
      for (const entry of bucket.entries) {
        if (entry.claim.certainty === 'hedged') continue
        let verdict: Verdict | undefined
        for (const other of ranked) {
          const side = opposite(other, entry, scope)
          if (!side) continue
          if (bucket.wrong) {
            verdict = {entry, other: side, fact: facts.get(bucket)}
            break
          }
          if (other.wrong) continue
          // Neither contradicts the fact: the one further from it is the odd one out.
          if (Math.abs(bucket.distance - other.distance) > 0.2) {
            if (bucket.distance > other.distance) {
              verdict = {entry, other: side, fact: undefined}
              break
            }
            continue
          }
          if (other.support > bucket.support || (other.support === bucket.support && later(entry, side))) {
            verdict = {entry, other: side, fact: undefined}
            break
          }
        }
        if (verdict) verdicts.push(verdict)
      }
    }
  }
  return verdicts.sort((a, b) => a.entry.fileIndex - b.entry.fileIndex || a.entry.claim.start - b.entry.claim.start)
}
