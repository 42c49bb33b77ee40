/**
 * When two claims on the same subject, property and target cannot both be true.
 */
import type {Knowledge} from './knowledge.js'
import type {Claim, FactDef, Interval} from './types.js'

/** Intervals overlap when neither ends before the other starts. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** The key under which claims are compared. */
export function claimKey(claim: Pick<Claim, 'subject' | 'property' | 'target'>): string {
  return `${claim.subject}\u0000${claim.property}\u0000${claim.target ?? ''}`
}

/**
 * Do two affirmed claims conflict? For a property that holds one value, when their values exclude
 * each other. For a property that holds a set (routes), several values are the usual case: only
 * when one claim says its value is the only one, or when the target rules one of them out (there
 * is no intramuscular infusion) and not the other.
 */
export function conflicts(knowledge: Knowledge, a: Claim, b: Claim): boolean {
  if (a.interval && b.interval) return !overlaps(a.interval, b.interval)
  if (a.value === b.value) return false
  if (!knowledge.excludes(a.property, a.value, b.value)) return false
  if (knowledge.properties.get(a.property)?.cardinality !== 'set') return true
  if (a.exclusive || b.exclusive) return true
  const rulesOut = a.target === undefined ? undefined : ruledOut(knowledge, a.property, a.target)
  return rulesOut !== undefined && rulesOut.has(a.value) !== rulesOut.has(b.value)
}

/** The values of `property` that a target cannot have (an infusion is never intramuscular). */
function ruledOut(knowledge: Knowledge, property: string, target: string): ReadonlySet<string> | undefined {
  const implies = knowledge.targets.get(target)?.implies
  return implies && implies.property === property && implies.rulesOut.length > 0 ? new Set(implies.rulesOut) : undefined
}

/**
 * Does a claim contradict an established fact about its key? A fact about a set-valued property
 * names one member: a claim contradicts it only by saying another value is the only one, or by a
 * value the target rules out.
 */
export function contradictsFact(knowledge: Knowledge, claim: Claim, fact: FactDef): boolean {
  if (claim.interval && fact.interval) return !overlaps(claim.interval, fact.interval)
  if (claim.value === fact.value) return false
  if (!knowledge.excludes(claim.property, claim.value, fact.value)) return false
  if (knowledge.properties.get(claim.property)?.cardinality !== 'set') return true
  if (claim.exclusive) return true
  return claim.target !== undefined && (ruledOut(knowledge, claim.property, claim.target)?.has(claim.value) ?? false)
}

/**
 * Facts that apply to a claim: those on its subject and, for an entity with a parent
 * (esketamine → ketamine), those on the parent.
 */
export function factsFor(knowledge: Knowledge, claim: Pick<Claim, 'subject' | 'property' | 'target'>): FactDef[] {
  const found: FactDef[] = []
  let subject: string | undefined = claim.subject
  const seen = new Set<string>()
  while (subject && !seen.has(subject)) {
    seen.add(subject)
    const key = `${subject}\u0000${claim.property}\u0000${claim.target ?? ''}`
    const list = knowledge.facts.get(key)
    if (list) found.push(...list)
    subject = knowledge.entities.get(subject)?.parent
  }
  return found
}

/** Human label of a claim's value: `antagonist (blocks the receptor)`, `within hours`. */
export function valueLabel(knowledge: Knowledge, claim: Pick<Claim, 'property' | 'value'>): string {
  const property = knowledge.properties.get(claim.property)
  return property?.values.find((v) => v.id === claim.value)?.label ?? claim.value
}
