/**
 * Messages for contradictions, in the unified style: the reason names both sides, `cause` is a
 * message placed at the other side (with its file when it is another article), `expected` holds
 * a wording consistent with the facts or with the rest of the article.
 */
import {valueLabel, type Claim, type FactDef, type Knowledge} from '@claimlint/core'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {quotation} from 'quotation'

export interface Side {
  claim: Claim
  file: VFile
}

function describe(knowledge: Knowledge, claim: Claim): string {
  return claim.interval ? claim.value : valueLabel(knowledge, claim)
}

/** What the claim is about, briefly: "ketamine at the NMDA receptor", "onset of ketamine's effect". */
function topicOf(knowledge: Knowledge, claim: Claim): string {
  const subject = knowledge.entities.get(claim.subject)?.label ?? claim.subject
  const target = claim.target ? knowledge.targets.get(claim.target)?.label ?? claim.target : undefined
  switch (claim.property) {
    case 'onset':
    case 'duration':
      return `${claim.property} of ${subject}'s effect${target ? ` (${target})` : ''}`
    case 'receptor-action':
      return `${subject} at the ${target ?? 'receptor'}`
    case 'route':
      return `${subject} ${target ?? 'administration'} route`
    case 'effect':
      return `${subject} on ${target ?? 'the outcome'}`
    default:
      return `${subject}, ${knowledge.properties.get(claim.property)?.label ?? claim.property}`
  }
}

/** Suggested wordings: the fact's, else the other side's value. */
function expectedFor(knowledge: Knowledge, other: Claim, fact: FactDef | undefined): string[] {
  if (fact && fact.expected.length > 0) return fact.expected
  if (other.interval || !other.implied) return [other.text]
  const value = knowledge.properties.get(other.property)?.values.find((v) => v.id === other.value)
  return value?.wording ? [value.wording] : [other.text]
}

/** Add a contradiction message at `side`, pointing at `other`. */
export function reportContradiction(
  knowledge: Knowledge,
  side: Side,
  other: Side,
  fact: FactDef | undefined,
  meta: {ruleId: string; source: string; url: string}
): VFileMessage {
  const {claim, file} = side
  const elsewhere = other.file !== file
  const where = elsewhere
    ? `${other.file.path ?? 'another file'}:${other.claim.position.start.line}:${other.claim.position.start.column}`
    : `line ${other.claim.position.start.line}`
  const reason =
    `Unexpected ${quotation(claim.text, '`')} (${topicOf(knowledge, claim)}: ${describe(knowledge, claim)}), ` +
    `contradicted by ${quotation(other.claim.text, '`')} (${describe(knowledge, other.claim)}) on ${where}`

  const cause = new VFileMessage(`The other side: ${quotation(other.claim.text, '`')}`, {
    place: other.claim.position,
    ruleId: meta.ruleId,
    source: meta.source
  })
  if (other.file.path) cause.file = other.file.path

  const message = file.message(reason, {place: claim.position, ruleId: meta.ruleId, source: meta.source, cause})
  message.actual = claim.text
  message.expected = expectedFor(knowledge, other.claim, fact)
  message.url = meta.url
  message.note = fact
    ? `${fact.statement} (${fact.id}, ${fact.status}; source: ${fact.source}${fact.url ? `, ${fact.url}` : ''})`
    : claim.implied
      ? `${quotation(claim.text, '`')} implies ${describe(knowledge, claim)}.`
      : `Both statements are about ${topicOf(knowledge, claim)}; keep the one the evidence supports.`
  return message
}
