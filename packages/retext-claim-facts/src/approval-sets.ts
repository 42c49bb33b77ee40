/**
 * Approvals as sets. A drug's US approvals cover a set of indications (`scope.indications` of its
 * approval facts, ids of the `conditions` lexicon); writing about approvals is checked against
 * that set:
 * - "X is approved for A and B": each condition named must be a member (or the broader or a
 *   narrower condition of one); a condition outside a closed set is reported;
 * - "X is not approved for A", where A is a member of X's own set, is reported;
 * - "there is no approved treatment for A" is reported when some drug is approved for A;
 * - "X is the only approved treatment for A" is reported when a drug outside X's family is.
 * A fact whose scope ends (`until`: a withdrawn approval) is no member today.
 */
import type {FactDef, Knowledge, LexiconEntry, PhraseMatch, Token} from '@claimlint/core'
import {family, lineage} from './facts.js'

/** Approval properties and the condition the property itself names. */
export const approvalIndication: Record<string, string | undefined> = {
  approval: undefined,
  'depression-approval': 'depression',
  'ppd-approval': 'ppd'
}

export interface ConditionAt {
  id: string
  from: number
  to: number
}

/** The `conditions` entry of an id. */
function conditionEntry(knowledge: Knowledge, id: string): LexiconEntry | undefined {
  return knowledge.lexicons.get('conditions')?.entries.find((entry) => entry.id === id)
}

/** Is the claimed condition the member, a narrower kind of it, or the broader condition it is a kind of? */
export function coversCondition(knowledge: Knowledge, member: string, claimed: string): boolean {
  if (member === claimed) return true
  if (conditionEntry(knowledge, member)?.tags.includes(claimed)) return true
  return Boolean(conditionEntry(knowledge, claimed)?.tags.includes(member))
}

const linkCache = new WeakMap<Knowledge, Set<string>>()

function links(knowledge: Knowledge): Set<string> {
  let set = linkCache.get(knowledge)
  if (!set) {
    set = new Set()
    for (const entry of knowledge.lexicons.get('indication-links')?.entries ?? []) {
      for (const phrase of entry.phrases) set.add(phrase.toLowerCase())
    }
    linkCache.set(knowledge, set)
  }
  return set
}

/** Punctuation that may stand inside a list of conditions. */
const listPunctuation = new Set([',', '/', '(', ')', '&', '-', '–'])

/**
 * The conditions governed by an approval word that ends at token `after - 1`: the first condition
 * within a few link words ("for the treatment of"), then further conditions joined by link words
 * ("and", "or", commas). Any other word ends the list.
 */
export function conditionsAfter(knowledge: Knowledge, tokens: readonly Token[], after: number, found: ReadonlyArray<PhraseMatch<LexiconEntry>>): ConditionAt[] {
  const linkWords = links(knowledge)
  const out: ConditionAt[] = []
  let at = after
  let gap = 0
  while (at < tokens.length) {
    const match = found.find((m) => m.from === at)
    if (match) {
      out.push({id: match.values[0]!.id, from: match.from, to: match.to})
      at = match.to + 1
      gap = 0
      continue
    }
    const token = tokens[at]!
    const isLink = token.kind === 'word' ? linkWords.has(token.norm) || /^(19|20)\d\ds?$/.test(token.text) : listPunctuation.has(token.text)
    if (!isLink) break
    if (++gap > 8) break
    at++
  }
  return out
}

/** Is the approval fact still in force (no `until` in its scope)? */
function inForce(fact: FactDef): boolean {
  return !fact.scope?.until
}

/** The indications an approval fact covers: its scope's set, else the condition its property names. */
export function indicationsOf(fact: FactDef): string[] {
  if (fact.scope?.indications.length) return fact.scope.indications
  const implied = approvalIndication[fact.property]
  return implied ? [implied] : []
}

/** Approval facts (value `approved`, in force) of the given entities. */
function approvalsOf(knowledge: Knowledge, entities: readonly string[]): FactDef[] {
  return knowledge.allFacts.filter(
    (fact) => entities.includes(fact.subject) && fact.property in approvalIndication && fact.value === 'approved' && inForce(fact)
  )
}

/**
 * The closed set of a subject's indications: the `scope.indications` of the approval facts of its
 * family (`own`: of its lineage only, for denials). `undefined` when no fact declares the set.
 */
export function indicationSet(knowledge: Knowledge, subject: string, own = false): {members: string[]; facts: FactDef[]} | undefined {
  const entities = own ? lineage(knowledge, subject) : family(knowledge, subject)
  const facts = approvalsOf(knowledge, entities).filter((fact) => (fact.scope?.indications.length ?? 0) > 0)
  if (facts.length === 0) return undefined
  return {members: [...new Set(facts.flatMap((fact) => fact.scope.indications))], facts}
}

/** Approval facts in force of any drug that cover `condition` (a member, or a narrower kind of it). */
export function approvedFor(knowledge: Knowledge, condition: string): FactDef[] {
  return knowledge.allFacts.filter((fact) => {
    if (!(fact.property in approvalIndication) || fact.value !== 'approved' || !inForce(fact)) return false
    return indicationsOf(fact).some((member) => member === condition || conditionEntry(knowledge, member)?.tags.includes(condition))
  })
}

/** The label of a condition id, for messages. */
export function conditionLabel(knowledge: Knowledge, id: string): string {
  return conditionEntry(knowledge, id)?.reason ?? id
}
