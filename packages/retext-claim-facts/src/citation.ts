/**
 * Rule `citation`: citations of known studies ("Zarate et al. (2006)", "a 2018 meta-analysis by
 * Wilkinson and colleagues") whose journal, year, design or topic, as the sentence gives them,
 * are not the study's. Studies come from the `references` of the packs; the journal, design and
 * topic words from the lexicons `citation-journals`, `citation-designs` and `citation-topics`.
 * A citation of a study the packs do not list stays quiet, and so does a sentence that cites
 * more than one study (the words cannot be given to one of them safely), and a wrong field that
 * fits another study of the same first author (several candidates: the year may be the slip).
 */
import {ledgerOf, PhraseIndex, spanText, tokenizeText, type Knowledge, type LexiconEntry, type PhraseMatch, type ReferenceDef, type Token} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {quotation} from 'quotation'
import {docsBase, source, type Options} from './options.js'
import {plainWords} from './facts.js'
import {sentencesOf, type SentenceWork} from './sentences.js'
import {pointAt} from './place.js'

export const ruleId = 'citation'
const url = `${docsBase}${ruleId}.md`

/** Words between a surname and its year, or that mark a surname as a citation. */
const linkers = new Set(['et', 'al', 'al.', 'and', 'colleagues', 'coworkers', 'coauthors', '&', 'co-workers', 'co-authors', 'team'])
const year = /^(19[5-9]\d|20\d\d)$/

/** What the packs know about references, indexed once per knowledge base. */
interface ReferenceIndex {
  bySurname: Map<string, ReferenceDef[]>
  /**
   * The one-word surnames as a phrase index: it shares the phrase starts the ledger finds in each
   * sentence, so a sentence that names no known first author is passed over without reading it.
   */
  surnames: PhraseIndex<true>
  journals: Map<ReferenceDef, Set<string>>
  designs: Map<ReferenceDef, Set<string>>
  topics: Map<ReferenceDef, Set<string>>
  designTags: Map<string, Set<string>>
  topicTags: Map<string, Set<string>>
}

const indexes = new WeakMap<Knowledge, ReferenceIndex>()

function entryIds(matches: ReadonlyArray<PhraseMatch<LexiconEntry>>): string[] {
  return matches.flatMap((m) => m.values.map((entry) => entry.id))
}

function closure(ids: Iterable<string>, tags: Map<string, Set<string>>): Set<string> {
  const out = new Set<string>()
  const stack = [...ids]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (out.has(id)) continue
    out.add(id)
    for (const broader of tags.get(id) ?? []) stack.push(broader)
  }
  return out
}

function referenceIndex(knowledge: Knowledge): ReferenceIndex {
  let index = indexes.get(knowledge)
  if (index) return index
  const tagsOf = (lexicon: string): Map<string, Set<string>> =>
    new Map((knowledge.lexicons.get(lexicon)?.entries ?? []).map((entry) => [entry.id, new Set(entry.tags)]))
  const designTags = tagsOf('citation-designs')
  const topicTags = tagsOf('citation-topics')
  const journalIndex = knowledge.lexiconIndex('citation-journals')
  const designIndex = knowledge.lexiconIndex('citation-designs')
  const topicIndex = knowledge.lexiconIndex('citation-topics')
  const bySurname = new Map<string, ReferenceDef[]>()
  const journals = new Map<ReferenceDef, Set<string>>()
  const designs = new Map<ReferenceDef, Set<string>>()
  const topics = new Map<ReferenceDef, Set<string>>()
  for (const reference of knowledge.references) {
    const first = reference.authors[0]
    if (first) {
      const key = tokenizeText(first).map((t) => t.norm).join(' ')
      const list = bySurname.get(key)
      if (list) list.push(reference)
      else bySurname.set(key, [reference])
    }
    // A journal name matches when it is the whole venue string.
    const ids = new Set<string>()
    for (const name of [reference.venue, ...reference.venueAliases]) {
      const tokens = tokenizeText(name)
      const match = journalIndex.matchAt(tokens, 0)
      if (match && match.to === tokens.length - 1) for (const id of entryIds([match])) ids.add(id)
    }
    journals.set(reference, ids)
    designs.set(reference, new Set(entryIds(designIndex.search(tokenizeText(reference.design)))))
    topics.set(reference, closure(reference.topics.flatMap((topic) => entryIds(topicIndex.search(tokenizeText(topic)))), topicTags))
  }
  const surnames = new PhraseIndex<true>()
  for (const key of bySurname.keys()) if (!key.includes(' ')) surnames.add(key, true)
  index = {bySurname, surnames, journals, designs, topics, designTags, topicTags}
  indexes.set(knowledge, index)
  return index
}

interface Citation {
  /** Token range of the citation (surname to year). */
  from: number
  to: number
  surname: string
  year: number | undefined
  yearAt: number | undefined
  references: ReferenceDef[]
}

/** Find citations of known first authors in a sentence. */
function findCitations(tokens: readonly Token[], index: ReferenceIndex): Citation[] {
  const found: Citation[] = []
  if (index.surnames.search(tokens).length === 0) return found
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!
    if (token.kind !== 'word') continue
    const references = index.bySurname.get(token.norm)
    if (!references || !/^\p{Lu}/u.test(token.text)) continue
    // After the name: "et al.", "and colleagues", "& Mercier", then "(2006)" or ", 2006".
    let look = at + 1
    let linked = false
    while (look < tokens.length && look <= at + 6) {
      const next = tokens[look]!
      if (next.kind === 'word' && linkers.has(next.norm)) linked = true
      else if (next.kind === 'word' && /^\p{Lu}/u.test(next.text) && linked && !year.test(next.text)) {
        // A co-author after "and" / "&".
      } else if (next.kind !== 'word' && /^[(),'’]$/.test(next.text)) {
        // Punctuation of the citation.
      } else break
      look++
    }
    let yearValue: number | undefined
    let yearAt: number | undefined
    if (look < tokens.length && year.test(tokens[look]!.text)) {
      yearValue = Number(tokens[look]!.text)
      yearAt = look
    } else {
      // "a 2018 meta-analysis by Wilkinson": a year shortly before the name.
      for (let back = at - 1; back >= Math.max(0, at - 6); back--) {
        if (year.test(tokens[back]!.text)) {
          yearValue = Number(tokens[back]!.text)
          yearAt = back
          break
        }
      }
      // "a 2018 meta-analysis by Wilkinson", or "In 2006, Zarate et al. reported".
      const by = yearAt !== undefined && tokens.slice(yearAt, at).some((t) => t.norm === 'by' || t.norm === 'from' || t.norm === 'of')
      const opening = yearAt !== undefined && linked && tokens[yearAt - 1]?.norm === 'in' && at - yearAt <= 3
      if (yearAt !== undefined && !by && !opening) {
        yearValue = undefined
        yearAt = undefined
      }
    }
    if (yearValue === undefined) continue
    // A bare surname followed by a year counts only as "Surname (2006)" or "(Surname, 2006)".
    if (!linked && yearAt !== undefined && yearAt > at && tokens[at + 1]?.text !== '(' && tokens[at - 1]?.text !== '(') continue
    const from = Math.min(at, yearAt ?? at)
    let to = Math.max(at, yearAt ?? at)
    if (tokens[to + 1]?.text === ')' && to > at) to++
    found.push({from, to, surname: token.text, year: yearValue, yearAt, references})
  }
  return found
}

/** Journal names in the sentence; a one-word name counts only after "in" or "journal". */
function findJournals(tokens: readonly Token[], knowledge: Knowledge): Array<{from: number; to: number; ids: string[]}> {
  return knowledge
    .lexiconIndex('citation-journals')
    .search(tokens)
    .filter((match) => {
      if (!/^\p{Lu}/u.test(tokens[match.from]!.text)) return false
      if (match.to > match.from) return true
      if (/^[A-Z]{2,}$/.test(tokens[match.from]!.text)) return true
      const before = tokens[match.from - 1]?.norm
      const before2 = tokens[match.from - 2]?.norm
      return before === 'in' || before === 'journal' || (before === 'the' && (before2 === 'in' || before2 === 'journal'))
    })
    .map((match) => ({from: match.from, to: match.to, ids: entryIds([match])}))
}

function cite(reference: ReferenceDef): string {
  const authors = reference.authors
  const names = authors.length === 2 && reference.design.includes('review') ? `${authors[0]} & ${authors[1]}` : authors.length > 1 ? `${authors[0]} et al.` : `${authors[0]} et al.`
  return `${names} (${reference.year})`
}

function text(file: VFile, tokens: readonly Token[], from: number, to: number): string {
  const value = file.value === undefined ? undefined : String(file.value)
  return value === undefined ? spanText(tokens, from, to) : plainWords(value.slice(tokens[from]!.start, tokens[to]!.end))
}

function placeOf(file: VFile, tokens: readonly Token[], from: number, to: number) {
  const value = String(file.value ?? '')
  const point = (offset: number) => pointAt(file, value, offset)
  return {start: point(tokens[from]!.start), end: point(tokens[to]!.end)}
}

function note(reference: ReferenceDef): string {
  return `${reference.statement.trim()}${reference.url ? ` Source: ${reference.url}.` : ''} Reference \`${reference.id}\` in \`${reference.origin.file}\`.`
}

function checkSentence(file: VFile, knowledge: Knowledge, index: ReferenceIndex, work: SentenceWork): void {
  const {tokens, segmentOf} = work
  const citations = findCitations(tokens, index)
  if (citations.length !== 1) return
  const citation = citations[0]!

  const journals = findJournals(tokens, knowledge)
  const designMatches = knowledge.lexiconIndex('citation-designs').search(tokens)
  const firstDesign = designMatches[0]
  const claimedDesign = firstDesign ? entryIds([firstDesign]) : []
  // Topics that say what the study is about: in the phrase that names the design ("a
  // meta-analysis of ketamine trials for suicidal ideation"), or before the citation in its
  // clause ("in a PTSD trial, Feder et al."). Findings reported after the citation ("found that
  // ketamine reduced suicidal thoughts") are results, not the study's scope, and are not judged.
  const citationSegment = segmentOf[citation.from]
  const designSegment = firstDesign ? segmentOf[firstDesign.from] : -2
  const topicMatches = knowledge
    .lexiconIndex('citation-topics')
    .search(tokens)
    .filter(
      (match) =>
        (segmentOf[match.from] === designSegment && (designSegment !== citationSegment || match.from < citation.from || match.from > firstDesign!.from)) ||
        (segmentOf[match.from] === citationSegment && match.from < citation.from)
    )

  const designOk = (reference: ReferenceDef): boolean => {
    const has = index.designs.get(reference)!
    if (has.size === 0 || claimedDesign.length === 0) return true
    return claimedDesign.some((id) => has.has(id) || [...(index.designTags.get(id) ?? [])].some((tag) => has.has(tag)))
  }
  const journalOk = (reference: ReferenceDef, ids: readonly string[]): boolean => {
    const has = index.journals.get(reference)!
    return has.size === 0 || ids.some((id) => has.has(id))
  }
  const topicOk = (reference: ReferenceDef, ids: readonly string[]): boolean => {
    const has = index.topics.get(reference)!
    return has.size === 0 || ids.every((id) => has.has(id))
  }

  const sameYear = citation.references.filter((reference) => reference.year === citation.year)
  const message = (reason: string, from: number, to: number, expected: string[], reference: ReferenceDef): void => {
    const m = file.message(reason, {place: placeOf(file, tokens, from, to), ruleId, source})
    m.actual = text(file, tokens, from, to)
    m.expected = expected
    m.url = url
    m.note = note(reference)
  }

  if (sameYear.length === 0) {
    // Wrong year: only when the journal names exactly one study of this author, a year or two off.
    if (journals.length !== 1 || citation.yearAt === undefined) return
    const byJournal = citation.references.filter(
      (reference) => journalOk(reference, journals[0]!.ids) && index.journals.get(reference)!.size > 0 && designOk(reference)
    )
    if (byJournal.length !== 1) return
    const reference = byJournal[0]!
    if (Math.abs(reference.year - citation.year!) > 2) return
    message(
      `Unexpected year ${quotation(String(citation.year), '`')} for ${citation.surname}'s study in ${reference.venue}, expected ${quotation(String(reference.year), '`')}`,
      citation.yearAt,
      citation.yearAt,
      [String(reference.year)],
      reference
    )
    return
  }

  // Several candidate studies: when the field the sentence gets wrong fits another study of the
  // same first author (another year), the year may be the slip as well as the field; no message.
  const otherYears = citation.references.filter((reference) => reference.year !== citation.year)

  // Journal.
  if (journals.length === 1) {
    const journal = journals[0]!
    if (!sameYear.some((reference) => journalOk(reference, journal.ids))) {
      if (otherYears.some((reference) => index.journals.get(reference)!.size > 0 && journalOk(reference, journal.ids))) return
      const reference = sameYear.find(designOk) ?? sameYear[0]!
      message(
        `Unexpected journal ${quotation(text(file, tokens, journal.from, journal.to), '`')} for ${citation.surname} et al. (${citation.year}), which appeared in ${reference.venue}`,
        journal.from,
        journal.to,
        [...new Set(sameYear.map((r) => r.venue))],
        reference
      )
      return
    }
  }

  // Design.
  if (firstDesign && !sameYear.some(designOk)) {
    if (otherYears.some((reference) => index.designs.get(reference)!.size > 0 && designOk(reference))) return
    const reference = sameYear[0]!
    message(
      `Unexpected design ${quotation(text(file, tokens, firstDesign.from, firstDesign.to), '`')} for ${citation.surname} et al. (${citation.year}), which is a ${reference.design}`,
      firstDesign.from,
      firstDesign.to,
      [],
      reference
    )
    return
  }

  // Topic.
  const topicIds = [...new Set(entryIds(topicMatches))]
  const candidates = sameYear.filter(designOk)
  if (topicIds.length > 0 && candidates.length > 0 && !candidates.some((reference) => topicOk(reference, topicIds))) {
    if (otherYears.some((reference) => index.topics.get(reference)!.size > 0 && topicOk(reference, topicIds) && designOk(reference))) return
    const reference = candidates[0]!
    const has = index.topics.get(reference)!
    const wrong = topicMatches.find((match) => match.values.some((entry) => !has.has(entry.id)))!
    // Studies in the packs that are about the topic, with a compatible design, to cite instead.
    const instead = knowledge.references.filter(
      (other) => other !== reference && topicOk(other, topicIds) && index.topics.get(other)!.size > 0 && designOk(other)
    )
    message(
      `Unexpected topic ${quotation(text(file, tokens, wrong.from, wrong.to), '`')} for ${citation.surname} et al. (${citation.year}), which is about ${reference.topics.join(', ')}`,
      wrong.from,
      wrong.to,
      instead.map(cite),
      reference
    )
  }
}

const citation = lintRule<Root, Options | null | undefined>({origin: `${source}:${ruleId}`, url}, (tree, file, options) => {
  const knowledge = knowledgeFor(options?.packs)
  if (knowledge.references.length === 0) return
  const index = referenceIndex(knowledge)
  const ledger = ledgerOf(tree, file, knowledge)
  for (const work of sentencesOf(tree, ledger)) checkSentence(file, knowledge, index, work)
})

export default citation
