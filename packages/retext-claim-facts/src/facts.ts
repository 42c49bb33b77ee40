/**
 * Which facts apply to a claim, and the message that reports a claim against a fact. Shared by
 * the ledger claims (receptor action, route, effect, change) and the sentence-level claims
 * (approval, schedule) of `claim-fact`.
 */
import {contradictsFact, factKey, type Claim, type FactDef, type Knowledge} from '@claimlint/core'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {quotation} from 'quotation'
import {isTentative, markInformational} from './severity.js'

/** `subject`, its parent, its parent's parent… (esketamine → ketamine). */
export function lineage(knowledge: Knowledge, subject: string): string[] {
  const out: string[] = []
  let current: string | undefined = subject
  while (current && !out.includes(current)) {
    out.push(current)
    current = knowledge.entities.get(current)?.parent
  }
  return out
}

/** The lineage plus the entities whose parent is `subject` (ketamine → esketamine). */
export function family(knowledge: Knowledge, subject: string): string[] {
  const out = lineage(knowledge, subject)
  for (const entity of knowledge.entities.values()) {
    if (entity.parent === subject && !out.includes(entity.id)) out.push(entity.id)
  }
  return out
}

/**
 * Facts about `subject`'s `property` (and `target`): those of the nearest entity in its lineage
 * that has any, so esketamine's own label facts win over the facts about racemic ketamine. When
 * no fact names the target, a fact about the property as a whole applies (an SSRI is oral
 * whatever the form).
 */
export function applicableFacts(
  knowledge: Knowledge,
  subject: string,
  property: string,
  target: string | undefined
): FactDef[] {
  const chain = lineage(knowledge, subject)
  for (const entity of chain) {
    const facts = knowledge.facts.get(factKey(entity, property, target))
    if (facts && facts.length > 0) return facts
  }
  if (target !== undefined) {
    for (const entity of chain) {
      const facts = knowledge.facts.get(factKey(entity, property, undefined))
      if (facts && facts.length > 0) return facts
    }
  }
  return []
}

/**
 * The fact a value contradicts, unless another applicable fact agrees with it. A set-valued
 * property (routes) is contradicted only by a claim that says its value is the only one, or by a
 * value the claim's form rules out (see `contradictsFact`); without the claim, never.
 */
export function contradicted(
  knowledge: Knowledge,
  property: string,
  value: string,
  facts: readonly FactDef[],
  claim?: Pick<Claim, 'exclusive' | 'target'>
): FactDef | undefined {
  if (facts.some((fact) => fact.value === value)) return undefined
  if (knowledge.properties.get(property)?.cardinality === 'set') {
    if (!claim) return undefined
    const asClaim = {...claim, property, value, interval: undefined} as Claim
    return facts.find((fact) => contradictsFact(knowledge, asClaim, fact))
  }
  return facts.find((fact) => knowledge.excludes(property, value, fact.value))
}

function valueText(knowledge: Knowledge, property: string, value: string): string {
  return knowledge.properties.get(property)?.values.find((v) => v.id === value)?.label ?? value
}

export interface Reported {
  /** The claim's words. */
  actual: string
  place: Position
  subject: string
  property: string
  target: string | undefined
  value: string
}

/**
 * The words of a claim as a reader sees them: markup between the words in Markdown or HTML
 * sources ("inhibits</em> glutamate", "Schedule I** drug") is dropped.
 */
export function plainWords(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[*_`[\]]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Add a `claim-fact` message: the claim, what is established, the fact's status and source. */
export function reportAgainstFact(
  file: VFile,
  knowledge: Knowledge,
  claim: Reported,
  fact: FactDef,
  meta: {ruleId: string; source: string; url: string}
): VFileMessage {
  const subject = knowledge.entities.get(claim.subject)?.label ?? claim.subject
  const target = claim.target ? knowledge.targets.get(claim.target)?.label ?? claim.target : undefined
  const about = target ? `${subject} (${target})` : subject
  const claimed = valueText(knowledge, claim.property, claim.value)
  const established = valueText(knowledge, claim.property, fact.value)
  const reason =
    `Unexpected ${quotation(plainWords(claim.actual), '`')} (${claimed}) for ${about}: ` +
    `the facts say ${established} (${fact.id}, ${fact.status})`
  const message = file.message(reason, {place: claim.place, ruleId: meta.ruleId, source: meta.source})
  const wording = knowledge.properties.get(claim.property)?.values.find((v) => v.id === fact.value)?.wording
  message.actual = plainWords(claim.actual)
  message.expected = fact.expected.length > 0 ? [...fact.expected] : wording ? [wording] : []
  message.url = meta.url
  message.note =
    `${fact.statement.trim()} Status: ${fact.status}. Source: ${fact.source}` +
    `${fact.url ? ` (${fact.url})` : ''}. Fact \`${fact.id}\` in \`${fact.origin.file}\`.`
  if (isTentative(fact.status)) markInformational(message)
  return message
}
