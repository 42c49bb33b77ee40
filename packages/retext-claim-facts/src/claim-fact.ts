/**
 * Rule `claim-fact`: claims that contradict the facts of the rule packs.
 *
 * Four kinds of claims are checked:
 * - ledger claims with a target (receptor action at a receptor, route of a form, effect on an
 *   outcome, change in an amount such as glutamate release or suicidal behaviour), compared with
 *   the facts on the same subject, property and target;
 * - sentence-level claims of properties that have no target (FDA approval, approval for
 *   depression, DEA schedule): a value phrase of the pack, the drug the sentence is about, and the
 *   forms it names ("nasal sprays … in development");
 * - approval years and months, against the `dates` of the approval facts;
 * - class membership ("bupropion is an SSRI"), against the `parent` classes of the packs.
 *
 * Onset and duration are left to the `time-course` rule of retext-overstatement. Claims that are
 * negated, hedged, conditional, questioned, quoted or reported are not the article's own
 * assertions of fact and stay quiet, as do sentences that speak of promise or ongoing research
 * (`fact-hedges` lexicon).
 */
import {ledgerOf, scopeAt, spanText, type ClaimLedger, type FactDef, type Knowledge, type Mention, type ScopeKind, type Token} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import type {Root} from 'nlcst'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {applicableFacts, contradicted, family, lineage, plainWords, reportAgainstFact} from './facts.js'
import {approvedFor, conditionLabel, conditionsAfter, coversCondition, indicationSet, indicationsOf} from './approval-sets.js'
import {docsBase, source, type Options} from './options.js'
import {sentencesOf, type SentenceWork} from './sentences.js'
import {pointAt} from './place.js'
import {isTentative, markInformational, withInformational} from './severity.js'

export const ruleId = 'claim-fact'
const url = `${docsBase}${ruleId}.md`
const meta = {ruleId, source, url}

/** Past-tense auxiliaries: "nasal sprays were being developed" is history, not status. */
const pastAuxiliaries = new Set(['was', 'were', 'had', 'once', 'previously', 'formerly', 'until', 'before'])
/** Values whose phrases describe a state that ends ("in development"), so a past tense is history. */
const transientValues = new Set(['in-development'])
/**
 * Properties whose target-less facts hold for one use only: ketamine is approved as an
 * anaesthetic, so "not approved" or "in development" may well be true of another use or a new
 * formulation. For these, a claim is judged against such a fact only when the fact says the
 * drug is not approved at all (psilocybin, MDMA) and the claim says it is. Forms ("nasal spray")
 * are judged in full.
 */
const useSpecific = new Set(['approval'])
/** Approval for a use implies approval: a drug approved for nothing is not approved for that use. */
const broaderProperty: Record<string, string> = {'depression-approval': 'approval', 'ppd-approval': 'approval'}
/** Verbs before "to" that make "to reduce" a finding rather than an aim. */
const findingVerbs = new Set(['shown', 'proven', 'demonstrated', 'found', 'able', 'known', 'reported', 'appears', 'seems'])

/**
 * Grammar: words that point back at the article's topic. A sentence that names no drug is about
 * the topic only when it says so ("it", "the drug"); "Exercise can improve memory" in an article
 * about ketamine is not a claim about ketamine.
 */
const topicPointers = new Set(['it', 'its', 'itself', 'drug', 'medication', 'medicine', 'treatment', 'therapy', 'compound', 'spray', 'infusion', 'infusions'])
const pointerDeterminers = new Set(['the', 'this', 'that', 'its'])

/** Does the sentence point back at the topic? Asked by several checks, so answered once per sentence. */
function pointsAtTopic(work: SentenceWork): boolean {
  work.pointsBack ??= pointsBack(work.tokens) && topicNear(work)
  return work.pointsBack
}

/** How many sentences back an anaphor may reach for the topic. */
const topicReach = 3
const topicSentences = new WeakMap<ClaimLedger, Set<number>>()
let currentLedger: ClaimLedger | undefined

/**
 * Was the topic named in this sentence or in the few before it? "It" with the topic last named
 * pages earlier is as likely to mean the substance of the paragraph (an article's own subject,
 * unknown to the packs) as the drug the packs know.
 */
function topicNear(work: SentenceWork): boolean {
  const ledger = currentLedger
  if (!ledger?.topic) return false
  let named = topicSentences.get(ledger)
  if (!named) {
    named = new Set(ledger.mentions.filter((m) => m.entity === ledger.topic).map((m) => m.sentence))
    topicSentences.set(ledger, named)
  }
  for (let back = 0; back <= topicReach; back++) if (named.has(work.record.index - back)) return true
  return false
}

function pointsBack(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.kind !== 'word' || !topicPointers.has(token.norm)) return false
    if (token.norm === 'it' || token.norm === 'its' || token.norm === 'itself') return true
    // "the drug", "this novel therapy"
    return pointerDeterminers.has(tokens[index - 1]?.norm ?? '') || pointerDeterminers.has(tokens[index - 2]?.norm ?? '')
  })
}

/** Can a claim of the sentence have a drug: one it names (`mentions`), or the topic it points back at? */
function hasSubject(ledger: ClaimLedger, work: SentenceWork, mentions: readonly Mention[]): boolean {
  return mentions.length > 0 || Boolean(ledger.topic && pointsAtTopic(work))
}

const mentionIndex = new WeakMap<ClaimLedger, Map<number, Mention[]>>()
const noMentions: readonly Mention[] = []

/** Mentions of pack entities in one sentence (grouped once per ledger). */
function knownMentions(ledger: ClaimLedger, sentence: number): readonly Mention[] {
  let bySentence = mentionIndex.get(ledger)
  if (!bySentence) {
    bySentence = new Map()
    for (const mention of ledger.mentions) {
      if (mention.source !== 'known') continue
      const list = bySentence.get(mention.sentence)
      if (list) list.push(mention)
      else bySentence.set(mention.sentence, [mention])
    }
    mentionIndex.set(ledger, bySentence)
  }
  return bySentence.get(sentence) ?? noMentions
}

/** Is the word at `index` negated (the ledger's scope engine: "does not activate", "no trial has shown")? */
function negatedAt(work: SentenceWork, index: number): boolean {
  const token = work.tokens[index]!
  return scopeAt(work.record, token.start, token.end).has('negated')
}

/** Scope kinds that put words outside the writer's own plain claim about the present. */
const notOwnClaim: readonly ScopeKind[] = ['negated', 'hypothetical', 'reported', 'denied', 'historical', 'animal', 'question']

/** Are tokens `from`…`to` outside the writer's own plain present claim? */
function outsideClaim(work: SentenceWork, from: number, to: number): boolean {
  const kinds = scopeAt(work.record, work.tokens[from]!.start, work.tokens[to]!.end)
  return notOwnClaim.some((kind) => kinds.has(kind))
}

/**
 * Does the sentence name another jurisdiction than the US? Its regulatory statements are then
 * not judged by the US facts (a fact's `scope.jurisdiction`).
 */
function elsewhere(work: SentenceWork): boolean {
  return work.record.scopes.some((scope) => scope.kind === 'elsewhere')
}

/** Does the sentence speak of promise, aims or ongoing research before `end`? */
function softened(knowledge: Knowledge, work: SentenceWork, end: number): boolean {
  return knowledge
    .lexiconIndex('fact-hedges')
    .search(work.tokens)
    .some((match) => work.tokens[match.from]!.start < end)
}

/** "to prevent suicide" after a noun or an aim verb is a purpose, not a finding. */
function isPurpose(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.norm !== 'to') return false
  // "leading to increased", "due to reduced": a participle after "to" is not an aim.
  if (/(?:ed|ing)$/.test(tokens[index]?.norm ?? '')) return false
  return !findingVerbs.has(tokens[index - 2]?.norm ?? '')
}

function indexOfOffset(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.end > offset)
  return index === -1 ? tokens.length - 1 : index
}

function spanPosition(file: VFile, work: SentenceWork, from: number, to: number, fallback: Position): Position {
  const start = work.tokens[from]!.start
  const end = work.tokens[to]!.end
  const text = String(file.value ?? '')
  if (!text) return fallback
  const point = (offset: number) => pointAt(file, text, offset)
  return {start: point(start), end: point(end)}
}

/** Ledger claims with a target against the facts. */
function checkLedgerClaims(file: VFile, knowledge: Knowledge, ledger: ClaimLedger, works: ReadonlyArray<SentenceWork | undefined>): void {
  for (const claim of ledger.claims) {
    const property = knowledge.properties.get(claim.property)
    if (!property || property.kind === 'interval' || !property.target) continue
    if (claim.polarity !== 'affirmed' || claim.assertion !== 'own' || claim.certainty === 'hedged') continue
    // Another country, a condition, a past state, animals, a denied belief or a question: outside the facts' scope.
    if (claim.scope.some((kind) => kind !== 'negated' && kind !== 'reported')) continue
    if (claim.subjectSource === 'found') continue
    // Hypothetical, reported, denied, historical, animal or questioned (the ledger's scope kinds).
    if (claim.scope.some((kind) => notOwnClaim.includes(kind))) continue
    const work = works[claim.sentence]
    // The ledger gives a sentence that names no drug to the article's topic; only when the
    // sentence points back at it ("it", "the drug") is the claim the topic's.
    if (claim.subjectSource === 'topic' && !(work && pointsAtTopic(work))) continue
    if (work) {
      const at = indexOfOffset(work.tokens, claim.start)
      // The ledger looks four words back for a negator; "no trial has shown a reduction in"
      // needs the whole clause.
      if (negatedAt(work, at)) continue
      if (softened(knowledge, work, claim.end)) continue
      if (isPurpose(work.tokens, at)) continue
    }
    const facts = applicableFacts(knowledge, claim.subject, claim.property, claim.target)
    const fact = contradicted(knowledge, claim.property, claim.value, facts, claim)
    if (!fact) continue
    reportAgainstFact(
      file,
      knowledge,
      {
        actual: claim.text,
        place: claim.position,
        subject: claim.subject,
        property: claim.property,
        target: claim.target,
        value: claim.value
      },
      fact,
      meta
    )
  }
}

/** Approval, schedule and other properties without a target, sentence by sentence. */
function checkSentenceClaims(file: VFile, knowledge: Knowledge, ledger: ClaimLedger, works: readonly SentenceWork[]): void {
  const sentenceProperties = new Set<string>()
  for (const property of knowledge.properties.values()) {
    if (!property.target && property.kind === 'category') sentenceProperties.add(property.id)
  }
  if (sentenceProperties.size === 0) return

  for (const work of works) {
    const {record, tokens, segmentOf} = work
    if (record.assertion !== 'own' || record.certainty === 'hedged') continue
    // Most sentences have no drug to claim anything of, and need no search for values.
    const mentions = knownMentions(ledger, record.index)
    if (!hasSubject(ledger, work, mentions)) continue
    const matches = knowledge.valueIndex.search(tokens).filter((m) => m.values.some((v) => sentenceProperties.has(v.property)))
    if (matches.length === 0) continue
    if (softened(knowledge, work, record.end)) continue
    // The regulatory facts are US facts; another country's schedule or approval is not judged.
    if (elsewhere(work)) continue

    const forms = knowledge.targetIndex
      .search(tokens)
      .filter((m) => knowledge.targets.get(m.values[0]!)?.kind === 'form')

    for (const match of matches) {
      if (negatedAt(work, match.from)) continue
      // History, a wish or proposal ("recommended that it be placed in"), someone else's words.
      if (outsideClaim(work, match.from, match.to)) continue
      // "FDA-approved studies", "an approved REMS site": the approval is of something else.
      if (approvesSomethingElse(knowledge, work, mentions, match.to + 1)) continue
      const segmentIndex = segmentOf[match.from]
      const local = mentions.filter((m) => segmentOf[indexOfOffset(tokens, m.start)] === segmentIndex)
      let subjects = [...new Set((local.length > 0 ? local : mentions).map((m) => m.entity))]
      if (subjects.length === 0 && ledger.topic && pointsAtTopic(work)) subjects = [ledger.topic]
      if (subjects.length === 0) continue

      for (const sense of match.values) {
        if (!sentenceProperties.has(sense.property)) continue
        if (transientValues.has(sense.value)) {
          const before = tokens.slice(Math.max(0, match.from - 3), match.from)
          if (before.some((t) => pastAuxiliaries.has(t.norm)) || tokens.some((t) => /^(19|20)\d\d$/.test(t.text))) continue
        }
        // Facts about a form named in the sentence, over the whole family (a ketamine nasal spray
        // is esketamine's); else facts about the property as a whole, up the lineage only.
        const targeted: Array<{fact: FactDef; form: (typeof forms)[number]}> = []
        for (const subject of subjects) {
          for (const member of family(knowledge, subject)) {
            for (const form of forms) {
              for (const fact of knowledge.facts.get(`${member}\u0000${sense.property}\u0000${form.values[0]}`) ?? []) {
                targeted.push({fact, form})
              }
            }
          }
        }
        let from = match.from
        let to = match.to
        let fact: FactDef | undefined
        let target: string | undefined
        if (targeted.length > 0) {
          fact = contradicted(knowledge, sense.property, sense.value, targeted.map((t) => t.fact))
          const form = targeted.find((t) => t.fact === fact)?.form
          if (form) {
            from = Math.min(from, form.from)
            to = Math.max(to, form.to)
            target = form.values[0]
          }
        } else {
          const facts = subjects.flatMap((subject) => {
            for (const entity of lineage(knowledge, subject)) {
              const list = knowledge.facts.get(`${entity}\u0000${sense.property}\u0000`)
              if (list && list.length > 0) return list
            }
            return []
          })
          fact = contradicted(knowledge, sense.property, sense.value, facts)
          if (fact && useSpecific.has(sense.property) && fact.value === 'approved') fact = undefined
          // A drug approved for nothing is not approved for depression either (psilocybin, MDMA);
          // nor is a cleared device or a withdrawn drug.
          const broader = broaderProperty[sense.property]
          if (!fact && facts.length === 0 && broader && sense.value === 'approved') {
            fact = subjects
              .flatMap((subject) => lineage(knowledge, subject))
              .flatMap((entity) => knowledge.facts.get(`${entity}\u0000${broader}\u0000`) ?? [])
              .find((candidate) => candidate.value !== 'approved' && knowledge.excludes(broader, 'approved', candidate.value))
          }
          // A status that holds since a date (a withdrawal) does not judge the past tense or an
          // earlier year: "was approved in 2019".
          if (fact?.scope?.since && pastOrEarlier(tokens, match.from, fact.scope.since)) fact = undefined
        }
        if (!fact) continue
        const start = tokens[from]!.start
        const end = tokens[to]!.end
        const text = file.value === undefined ? spanText(tokens, from, to) : String(file.value).slice(start, end)
        reportAgainstFact(
          file,
          knowledge,
          {
            actual: text,
            place: spanPosition(file, work, from, to, record.position),
            subject: fact.subject,
            property: sense.property,
            target,
            value: sense.value
          },
          fact,
          meta
        )
        break
      }
    }
  }
}

/** Is the status at `at` put in the past ("was approved"), or dated before `since`? */
function pastOrEarlier(tokens: readonly Token[], at: number, since: string): boolean {
  const before = tokens.slice(Math.max(0, at - 4), at)
  if (before.some((t) => pastAuxiliaries.has(t.norm) || t.norm === 'been')) return true
  const year = Number(since.slice(0, 4))
  return tokens.some((t) => /^(19|20)\d\d$/.test(t.text) && Number(t.text) < year)
}

/** Words that make an approval date the first one ("first approved in", "originally approved"). */
const firstWords = new Set(['first', 'originally', 'initially'])

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const approvalProperties = new Set(['approval', 'depression-approval', 'ppd-approval'])

/** Dated approval facts of `subject` and the entities that belong to it, else of its parent. */
function datedApprovals(knowledge: Knowledge, subject: string, properties: ReadonlySet<string> = approvalProperties): FactDef[] {
  const level = (entity: string): FactDef[] => {
    const members = [entity, ...[...knowledge.entities.values()].filter((e) => e.parent === entity).map((e) => e.id)]
    return knowledge.allFacts.filter((fact) => members.includes(fact.subject) && properties.has(fact.property) && (fact.dates?.length ?? 0) > 0)
  }
  for (const entity of lineage(knowledge, subject)) {
    const facts = level(entity)
    if (facts.length > 0) return facts
  }
  return []
}

/** Approval years ("Prozac was approved in 1988") against the dates of the approval facts. */
function checkApprovalDates(file: VFile, knowledge: Knowledge, ledger: ClaimLedger, works: readonly SentenceWork[], reported: ReadonlySet<number>): void {
  const cues = knowledge.lexiconIndex('approval-date-cues')
  for (const work of works) {
    const {record, tokens, segmentOf} = work
    if (reported.has(record.index) || record.assertion !== 'own' || record.certainty === 'hedged') continue
    // An approval needs a drug (already answered for most sentences by the regulatory check).
    const mentions = knownMentions(ledger, record.index)
    if (!hasSubject(ledger, work, mentions)) continue
    const found = cues.search(tokens)
    if (found.length === 0) continue
    const years = tokens.map((t, i) => (/^(19|20)\d\d$/.test(t.text) ? i : -1)).filter((i) => i >= 0)
    if (years.length === 0) continue
    if (softened(knowledge, work, record.end)) continue
    if (elsewhere(work)) continue
    for (const cue of found) {
      if (outsideClaim(work, cue.from, cue.to)) continue
      // "approved in 2019", "approved on 5 March 2019", "In 2019, the FDA approved": a year
      // introduced by "in" or "on" (or a month), not a dateline.
      const introduced = (i: number): boolean => {
        const before = tokens[i - 1]?.norm ?? ''
        const month = months.includes(before)
        const word = month ? tokens[i - 2]?.norm ?? '' : before
        return word === 'in' || word === 'on' || (month && /^\d{1,2}$/.test(word) && ['in', 'on'].includes(tokens[i - 3]?.norm ?? ''))
      }
      let yearAt = years.find((i) => i > cue.to && i - cue.to <= 8 && introduced(i))
      if (yearAt === undefined && years.length === 1 && years[0]! < cue.from && introduced(years[0]!)) yearAt = years[0]
      if (yearAt === undefined) continue
      // The drug: the nearest mention, preferring one before the cue in its clause.
      let subject: string | undefined
      let best = Infinity
      for (const mention of mentions) {
        const at = indexOfOffset(tokens, mention.start)
        const distance = at < cue.from ? cue.from - at - (segmentOf[at] === segmentOf[cue.from] ? 0.5 : 0) : at - cue.to + 1
        if (distance < best) {
          best = distance
          subject = mention.entity
        }
      }
      if (!subject && mentions.length === 0 && pointsAtTopic(work)) subject = ledger.topic
      if (!subject) continue
      // The cue's tags name the dated properties it introduces (approval by default; a synthesis).
      const dated = cue.values[0]!.tags.length > 0 ? new Set(cue.values[0]!.tags) : approvalProperties
      let facts = datedApprovals(knowledge, subject, dated)
      if (facts.length === 0) continue
      // A drug has a set of approvals (indications, formulations, generics). "First approved in"
      // is the earliest; a generic, a formulation or a population is none the packs date; a
      // named use is judged only by the approvals of that use.
      const first = tokens.slice(Math.max(0, cue.from - 2), cue.from).some((t) => firstWords.has(t.norm))
      if (!first) {
        if (knowledge.lexiconIndex('approval-qualifiers').search(tokens).length > 0) continue
        const named = conditionsAfter(knowledge, tokens, cue.to + 1, knowledge.lexiconIndex('conditions').search(tokens))
        if (named.length > 0) {
          facts = facts.filter((fact) => indicationsOf(fact).some((member) => named.some((c) => coversCondition(knowledge, member, c.id))))
          if (facts.length === 0) continue
        }
      } else {
        const earliest = facts.flatMap((fact) => fact.dates!).sort()[0]!
        facts = facts.filter((fact) => fact.dates!.includes(earliest)).map((fact) => ({...fact, dates: [earliest]}))
      }
      const year = Number(tokens[yearAt]!.text)
      const monthWord = tokens[yearAt - 1]?.norm ?? ''
      const month = months.indexOf(monthWord) + 1
      const matches = (date: string): boolean => {
        const [y, m] = date.split('-')
        if (Number(y) !== year) return false
        return month === 0 || m === undefined || Number(m) === month
      }
      if (facts.some((fact) => fact.dates!.some(matches))) continue
      const closest = facts.reduce((a, b) => {
        const gap = (fact: FactDef) => Math.min(...fact.dates!.map((d) => Math.abs(Number(d.slice(0, 4)) - year)))
        return gap(b) < gap(a) ? b : a
      })
      const from = month > 0 ? yearAt - 1 : yearAt
      const start = tokens[from]!.start
      const end = tokens[yearAt]!.end
      const actual = plainWords(String(file.value ?? '').slice(start, end)) || spanText(tokens, from, yearAt)
      const label = knowledge.entities.get(closest.subject)?.label ?? closest.subject
      const expected = [...new Set(closest.dates!.map((date) => {
        const [y, m] = date.split('-')
        return month > 0 && m ? `${months[Number(m) - 1]![0]!.toUpperCase()}${months[Number(m) - 1]!.slice(1)} ${y}` : y!
      }))]
      const message = file.message(
        `Unexpected ${month > 0 ? 'date' : 'year'} \`${actual}\` for the ${dated === approvalProperties ? 'approval' : knowledge.properties.get(closest.property)?.label ?? closest.property} of ${label}: the facts say ${closest.dates!.join(', ')} (${closest.id}, ${closest.status})`,
        {place: spanPosition(file, work, from, yearAt, record.position), ruleId, source}
      )
      message.actual = actual
      message.expected = expected
      message.url = url
      message.note =
        `${closest.statement.trim()} Status: ${closest.status}. Source: ${closest.source}` +
        `${closest.url ? ` (${closest.url})` : ''}. Fact \`${closest.id}\` in \`${closest.origin.file}\`.`
      break
    }
  }
}

/** A message for a claim about a set of approvals, with the fact that shows the set. */
function reportSet(file: VFile, work: SentenceWork, from: number, to: number, reason: string, fact: FactDef, expected: string[]): void {
  const {tokens, record} = work
  const actual = plainWords(String(file.value ?? '').slice(tokens[from]!.start, tokens[to]!.end)) || spanText(tokens, from, to)
  const message = file.message(`Unexpected \`${actual}\`: ${reason} (${fact.id}, ${fact.status})`, {
    place: spanPosition(file, work, from, to, record.position),
    ruleId,
    source
  })
  message.actual = actual
  message.expected = expected
  message.url = url
  message.note =
    `${fact.statement.trim()} Status: ${fact.status}. Source: ${fact.source}` +
    `${fact.url ? ` (${fact.url})` : ''}. Fact \`${fact.id}\` in \`${fact.origin.file}\`.`
  if (isTentative(fact.status)) markInformational(message)
}

/** The drug a sentence's approval words are about: a mention before `at` (nearest), else one after, else the topic pointed at. */
function approvalSubject(ledger: ClaimLedger, work: SentenceWork, mentions: readonly Mention[], at: number): string | undefined {
  let best: Mention | undefined
  let distance = Infinity
  // Every mention, known or not: a drug no pack knows ("Placidyl is indicated for") nearest
  // before the words is their subject, and no pack fact judges it.
  for (const mention of ledger.mentions) {
    if (mention.sentence !== work.record.index) continue
    const index = indexOfOffset(work.tokens, mention.start)
    const gap = index < at ? at - index : index - at + 1000
    if (gap < distance) {
      distance = gap
      best = mention
    }
  }
  if (best) return best.source === 'known' ? best.entity : undefined
  return ledger.topic && pointsBack(work.tokens.slice(0, at)) && topicNear(work) ? ledger.topic : undefined
}

/** Words after an approval word that make the approved thing something other than the drug ("FDA-approved studies"). */
function approvesSomethingElse(knowledge: Knowledge, work: SentenceWork, mentions: readonly Mention[], after: number): boolean {
  const {tokens} = work
  const others = knowledge.lexiconIndex('approved-non-drugs')
  let at = after
  // Skip the drug's own name: "FDA-approved MDMA studies".
  for (const mention of mentions) {
    if (indexOfOffset(tokens, mention.start) === at) at = indexOfOffset(tokens, mention.end - 1) + 1
  }
  for (let look = at; look < Math.min(tokens.length, at + 3); look++) {
    if (others.matchAt(tokens, look)) return true
    if (tokens[look]!.kind !== 'word') break
  }
  return false
}

/**
 * Approvals as sets (see `approval-sets.ts`): conditions a drug is said to be approved for,
 * denied approvals of a member, "no approved treatment for", "the only approved treatment for".
 */
function checkApprovalSets(file: VFile, knowledge: Knowledge, ledger: ClaimLedger, works: readonly SentenceWork[], reported: Set<number>): void {
  const cues = knowledge.lexiconIndex('indication-cues')
  const setClaims = knowledge.lexiconIndex('approval-set-claims')
  const conditionIndex = knowledge.lexiconIndex('conditions')
  for (const work of works) {
    const {record, tokens} = work
    if (reported.has(record.index) || record.assertion !== 'own' || record.certainty === 'hedged') continue
    const claims = setClaims.search(tokens)
    const approvals = cues.search(tokens)
    if (claims.length === 0 && approvals.length === 0) continue
    const conditions = conditionIndex.search(tokens)
    if (conditions.length === 0) continue
    if (softened(knowledge, work, record.end)) continue
    if (elsewhere(work)) continue
    const mentions = knownMentions(ledger, record.index)
    let done = false

    // "there is no approved medicine for A", "X is the only FDA-approved treatment for A".
    for (const claim of claims) {
      if (done) break
      const kind = claim.values[0]!.tags[0]
      // "There is no approved …" holds its own negation; any other scope puts it outside.
      const kinds = scopeAt(record, tokens[claim.from]!.start, tokens[claim.to]!.end)
      if (notOwnClaim.some((k) => k !== 'negated' && kinds.has(k))) continue
      if (kind === 'only' && kinds.has('negated')) continue
      const named = conditionsAfter(knowledge, tokens, claim.to + 1, conditions)
      if (named.length === 0 || approvesSomethingElse(knowledge, work, mentions, claim.to + 1)) continue
      if (kind === 'none') {
        // A drug named before the words in their clause makes it a claim about that drug.
        if (mentions.some((m) => {
          const at = indexOfOffset(tokens, m.start)
          return at < claim.from && work.segmentOf[at] === work.segmentOf[claim.from]
        })) continue
        for (const condition of named) {
          const fact = approvedFor(knowledge, condition.id)[0]
          if (!fact) continue
          const label = knowledge.entities.get(fact.subject)?.label ?? fact.subject
          reportSet(file, work, claim.from, condition.to,
            `${label} is FDA-approved for ${conditionLabel(knowledge, indicationsOf(fact).find((m) => coversCondition(knowledge, m, condition.id)) ?? condition.id)}`,
            fact, fact.expected)
          done = true
          break
        }
      } else if (kind === 'only') {
        const subject = approvalSubject(ledger, work, mentions, claim.from)
        if (!subject) continue
        const own = family(knowledge, subject)
        for (const condition of named) {
          const fact = approvedFor(knowledge, condition.id).find((f) => !own.includes(f.subject) && !lineage(knowledge, f.subject).some((e) => own.includes(e)))
          if (!fact) continue
          const label = knowledge.entities.get(fact.subject)?.label ?? fact.subject
          const mine = knowledge.entities.get(subject)?.label ?? subject
          reportSet(file, work, claim.from, condition.to,
            `${mine} is not the only approved treatment for ${conditionLabel(knowledge, condition.id)}: ${label} is FDA-approved for it too`,
            fact, [])
          done = true
          break
        }
      }
    }

    // "X is approved for A and B" against X's set; "X is not approved for A" against X's own set.
    for (const cue of approvals) {
      if (done) break
      if (approvesSomethingElse(knowledge, work, mentions, cue.to + 1)) continue
      const named = conditionsAfter(knowledge, tokens, cue.to + 1, conditions)
      if (named.length === 0) continue
      const subject = approvalSubject(ledger, work, mentions, cue.from)
      if (!subject) continue
      const denied = negatedAt(work, cue.from)
      const kinds = scopeAt(record, tokens[cue.from]!.start, tokens[cue.to]!.end)
      if (notOwnClaim.some((k) => k !== 'negated' && kinds.has(k))) continue
      const set = indicationSet(knowledge, subject, denied)
      if (!set) continue
      const label = knowledge.entities.get(subject)?.label ?? subject
      const members = set.members.map((m) => conditionLabel(knowledge, m)).join('; ')
      for (const condition of named) {
        const member = set.members.some((m) => coversCondition(knowledge, m, condition.id))
        if (member === !denied) continue
        const fact = denied
          ? set.facts.find((f) => f.scope.indications.some((m) => coversCondition(knowledge, m, condition.id)))!
          : set.facts.find((f) => f.subject === subject) ?? set.facts[0]!
        reportSet(file, work, cue.from, condition.to,
          denied
            ? `${label} is FDA-approved for ${conditionLabel(knowledge, condition.id)}`
            : `${conditionLabel(knowledge, condition.id)} is not among the FDA-approved uses of ${label} (${members})`,
          fact, fact.expected)
        done = true
        break
      }
    }
    if (done) reported.add(record.index)
  }
}

/**
 * Efficacy stated as established for a condition whose evidence the facts call mixed ("proven
 * effective in treating depression and PTSD"): the `efficacy` facts of the drug's lineage, by the
 * conditions in their `scope.indications`.
 */
function checkEfficacy(file: VFile, knowledge: Knowledge, ledger: ClaimLedger, works: readonly SentenceWork[], reported: Set<number>): void {
  const cues = knowledge.lexiconIndex('efficacy-cues')
  const conditionIndex = knowledge.lexiconIndex('conditions')
  for (const work of works) {
    const {record, tokens} = work
    if (reported.has(record.index) || record.assertion !== 'own' || record.certainty === 'hedged') continue
    const found = cues.search(tokens)
    if (found.length === 0) continue
    const conditions = conditionIndex.search(tokens)
    if (conditions.length === 0 || softened(knowledge, work, record.end)) continue
    const mentions = knownMentions(ledger, record.index)
    for (const cue of found) {
      if (negatedAt(work, cue.from) || outsideClaim(work, cue.from, cue.to)) continue
      const named = conditionsAfter(knowledge, tokens, cue.to + 1, conditions)
      if (named.length === 0) continue
      const subject = approvalSubject(ledger, work, mentions, cue.from)
      if (!subject) continue
      const facts = lineage(knowledge, subject).flatMap((entity) => knowledge.facts.get(`${entity}\u0000efficacy\u0000`) ?? [])
      const condition = named.find((c) => facts.some((f) => f.value === 'mixed' && f.scope.indications.includes(c.id)))
      if (!condition) continue
      const fact = facts.find((f) => f.value === 'mixed' && f.scope.indications.includes(condition.id))!
      const label = knowledge.entities.get(subject)?.label ?? subject
      reportSet(file, work, cue.from, condition.to, `the evidence for ${label} in ${conditionLabel(knowledge, condition.id)} is mixed`, fact, fact.expected)
      reported.add(record.index)
      break
    }
  }
}

const copulas = new Set(['is', 'are', 'was', 'were'])
const articles = new Set(['a', 'an', 'another', 'the'])
const kindWords = new Set(['type', 'kind', 'form', 'class', 'member', 'sort'])
const exampleOpeners = ['such as', 'like', 'including', 'e.g.', 'for example', 'eg']

/**
 * Class membership: "bupropion is an SSRI", "lithium, an SSRI,", "SSRIs such as duloxetine".
 * A known drug said to belong to a drug class (an entity of kind `drug-class`) that is not in its
 * lineage (`parent` in the packs) is reported, with the drug's own first fact as the source.
 */
function checkClassMembership(file: VFile, knowledge: Knowledge, ledger: ClaimLedger, works: readonly SentenceWork[]): void {
  for (const work of works) {
    const {record, tokens, segmentOf} = work
    if (record.assertion !== 'own' || record.certainty === 'hedged') continue
    const known = knownMentions(ledger, record.index)
    // A claim of membership names a class and a drug: place the mentions only then.
    const kindOf = (mention: Mention): string | undefined => knowledge.entities.get(mention.entity)?.kind
    if (!known.some((m) => kindOf(m) === 'drug-class') || !known.some((m) => kindOf(m) === 'drug')) continue
    const mentions = known.map((m) => ({entity: m.entity, from: indexOfOffset(tokens, m.start), to: indexOfOffset(tokens, m.end - 1)}))
    const classes = mentions.filter((m) => knowledge.entities.get(m.entity)?.kind === 'drug-class')
    if (classes.length === 0) continue
    const drugs = mentions.filter((m) => knowledge.entities.get(m.entity)?.kind === 'drug')
    if (drugs.length === 0) continue
    if (softened(knowledge, work, record.end)) continue

    const pairs: Array<{drug: (typeof drugs)[number]; group: (typeof classes)[number]}> = []
    for (const group of classes) {
      // "X is (a|an) (type of)? CLASS" and "X, (a|an) CLASS".
      for (const drug of drugs) {
        if (drug.to >= group.from) continue
        const between = tokens.slice(drug.to + 1, group.from).filter((t) => t.kind === 'word' || t.text === ',')
        const words = between.map((t) => t.norm)
        const copula = words.length >= 1 && words.length <= 5 && (copulas.has(words[0]!) || words[0] === ',') &&
          words.slice(1).every((w, i) => (i === 0 ? articles.has(w) || kindWords.has(w) : kindWords.has(w) || w === 'of' || articles.has(w)))
        if (copula && !negatedAt(work, group.from)) pairs.push({drug, group})
      }
      // "CLASS such as X, Y and Z".
      const after = tokens.slice(group.to + 1, group.to + 3).map((t) => t.norm).join(' ')
      const opener = exampleOpeners.find((o) => after === o || after.startsWith(o + ' ') || tokens[group.to + 1]?.norm === o)
      const paren = tokens[group.to + 1]?.text === '('
      if (opener || paren) {
        // The listed drugs: items joined by commas, "and", "or"; after a comma, an item counts only
        // when an "and"/"or" closes the list ("such as sertraline, bupropion does" is two clauses).
        let at = group.to + 1 + (paren ? 1 : opener!.split(' ').length)
        const items: Array<(typeof drugs)[number]> = []
        let closed = false
        let pending: Array<(typeof drugs)[number]> = []
        while (at < tokens.length && items.length + pending.length < 8) {
          const drug = drugs.find((d) => d.from === at)
          if (drug) {
            pending.push(drug)
            at = drug.to + 1
            continue
          }
          const token = tokens[at]!
          if (token.norm === 'and' || token.norm === 'or') closed = true
          else if (token.text === ',' || token.text === '/') {
            if (closed) break
          } else break
          at++
        }
        if (paren || closed) items.push(...pending)
        else if (pending[0]) items.push(pending[0])
        for (const drug of items) pairs.push({drug, group})
      }
    }
    for (const {drug, group} of pairs) {
      if (lineage(knowledge, drug.entity).includes(group.entity)) continue
      const entity = knowledge.entities.get(drug.entity)!
      const groupDef = knowledge.entities.get(group.entity)!
      const fact = knowledge.allFacts.find((f) => f.subject === drug.entity) ??
        knowledge.allFacts.find((f) => lineage(knowledge, drug.entity).includes(f.subject))
      const from = Math.min(drug.from, group.from)
      const to = Math.max(drug.to, group.to)
      const actual = plainWords(String(file.value ?? '').slice(tokens[from]!.start, tokens[to]!.end))
      const parent = entity.parent ? knowledge.entities.get(entity.parent)?.label : undefined
      const belongs = [parent, ...entity.classes].filter(Boolean).join('; ') || 'a different class'
      const message = file.message(
        `Unexpected \`${actual}\`: ${entity.label} is not one of the ${groupDef.label}; it is ${belongs}`,
        {place: spanPosition(file, work, from, to, record.position), ruleId, source}
      )
      message.actual = actual
      message.expected = entity.classes.length > 0 || parent ? [`${entity.label}, ${belongs.split('; ')[0]}`] : []
      message.url = url
      message.note =
        `${entity.label}: ${belongs} (entity \`${entity.id}\` in \`${entity.origin.file}\`).` +
        (fact ? ` ${fact.statement.trim()} Status: ${fact.status}. Source: ${fact.source}${fact.url ? ` (${fact.url})` : ''}. Fact \`${fact.id}\`.` : '')
      if (fact && isTentative(fact.status)) markInformational(message)
    }
  }
}

const claimFactRule = lintRule<Root, Options | null | undefined>({origin: `${source}:${ruleId}`, url}, (tree, file, options) => {
  const knowledge = knowledgeFor(options?.packs)
  const ledger = ledgerOf(tree, file, knowledge)
  currentLedger = ledger
  const works = sentencesOf(tree, ledger)
  const byIndex: Array<SentenceWork | undefined> = []
  for (const work of works) byIndex[work.record.index] = work
  checkLedgerClaims(file, knowledge, ledger, byIndex)
  const before = file.messages.length
  checkSentenceClaims(file, knowledge, ledger, works)
  // Sentences whose approval claim was already reported get no second message about its date.
  const reported = new Set<number>()
  for (const message of file.messages.slice(before)) {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const work = works.find((w) => offset !== undefined && w.record.start <= offset && offset < w.record.end)
    if (work) reported.add(work.record.index)
  }
  checkApprovalSets(file, knowledge, ledger, works, reported)
  checkEfficacy(file, knowledge, ledger, works, reported)
  checkApprovalDates(file, knowledge, ledger, works, reported)
  checkClassMembership(file, knowledge, ledger, works)
})

/** `claim-fact`, with messages on preclinical or speculative facts kept as information. */
const claimFact = withInformational(claimFactRule)

export default claimFact
