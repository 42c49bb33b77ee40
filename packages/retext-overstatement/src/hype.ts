/**
 * Rule `hype`: promotional words ("game-changer", "breakthrough", "miracle", "cure") stated as the
 * article's own unhedged claim. Quiet when hedged in the clause ("a potential game-changer",
 * "could be a breakthrough"), negated ("not a cure"), asked, inside quotation marks, or part of an
 * official term ("Breakthrough Therapy designation", "cure rate").
 */
import type {LexiconEntry, PhraseMatch} from '@claimlint/core'
import {hedgedAt, historicalAt, literalAt, matchesOf, mentionAt, negatedAt, textOf, type SentenceView} from './context.js'
import {createRule, q, type RuleContext} from './rule.js'

export const ruleId = 'hype'

/** Words that make a cure or a breakthrough a goal, not a result: "the search for a cure". */
const aimWords = new Set([
  'find', 'finds', 'finding', 'search', 'searching', 'quest', 'goal', 'goals', 'mission', 'seek', 'seeking', 'toward', 'towards',
  'achieve', 'achieving', 'pursuit', 'pursue', 'pursuing', 'hope', 'hopes', 'hoping', 'dedicated', 'committed', 'aim', 'aims', 'aiming', 'aimed',
  'develop', 'developing', 'working', 'race', 'fight', 'next', 'future', 'eventual', 'eventually', 'ultimate', 'ultimately',
  'to', 'for', 'discover', 'discovering', 'into', 'hard', 'difficult', 'impossible'
])

/** Verbs that end an infinitive's reach: after them, an earlier "to" no longer governs the word. */
const finiteVerbs = new Set(['can', 'will', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'offers', 'offered', 'provides', 'provided', 'makes', 'made'])

/** Aims listed together ("the prevention, treatment and cure of", "prevent, treat and cure"). */
const listAims = new Set(['treat', 'treatment', 'treatments', 'prevent', 'prevention', 'diagnose', 'diagnosis', 'detect', 'detection', 'manage', 'management', 'causes'])
const listGlue = new Set(['and', 'or', 'the', 'a', ',', '&'])

/** Is the hype word at `from` a goal ("to cure", "the search for a cure") rather than a claimed result? */
function aimAt(sentence: SentenceView, from: number): boolean {
  const clause = sentence.segmentOf[from]
  let glueOnly = true
  let glued = false
  for (let look = from - 1; look >= Math.max(0, from - 4); look--) {
    const token = sentence.tokens[look]!
    if (token.kind === 'word' && listAims.has(token.norm) && glueOnly && glued) return true
    if (listGlue.has(token.norm) && token.norm !== 'the' && token.norm !== 'a') glued = true
    if (token.kind !== 'word') continue
    if (!listGlue.has(token.norm)) glueOnly = false
    if (sentence.segmentOf[look] !== clause) break
    // "to cure", "to one day cure" state a goal; a "to" before a finite verb belongs to another
    // phrase ("this therapy to Americans can be life changing").
    if (token.norm === 'to' && sentence.tokens.slice(look + 1, from).some((t) => finiteVerbs.has(t.norm))) continue
    if (aimWords.has(token.norm)) return !(token.norm === 'for' && look < from - 2)
  }
  return false
}

/**
 * Is the phrase part of a name: an acronym in capitals ("the PROOF study", "ALL patients") or a
 * capitalised word inside an ordinary sentence ("the Proof cohort"), or in an organisation's
 * "About …" section?
 */
function nameAt(context: RuleContext, sentence: SentenceView, from: number, to: number): boolean {
  if (context.view.aboutSection.has(sentence.record.index)) return true
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  const lower = words.filter((t) => /^\p{Ll}/u.test(t.text)).length
  const titleCase = sentence.record.heading || lower < words.length / 2
  for (let index = from; index <= to; index++) {
    const token = sentence.tokens[index]!
    if (token.kind !== 'word') continue
    if (/^\p{Lu}{3,}$/u.test(token.text) && !titleCase && lower > 3) return true
    const first = sentence.tokens.slice(0, index).every((t) => t.kind !== 'word')
    // After a colon, a quotation mark, a dash or a dateline ("(Edmonton, AB) Groundbreaking
    // research…", "/PRNewswire/ -- New…"), a capital starts the sentence proper, not a name.
    const afterBreak = /^[:“"‘'()/—–-]+$/.test(sentence.tokens[index - 1]?.text ?? '')
    if (!titleCase && !first && !afterBreak && /^\p{Lu}\p{Ll}/u.test(token.text)) return true
  }
  return false
}

/** Is a word of `lexicon` within `before` words before or `after` words after the phrase, in its clause? */
function besideAt(context: RuleContext, sentence: SentenceView, from: number, to: number, lexicon: string, before: number, after: number, clauseOnly = true): boolean {
  const clause = sentence.segmentOf[from]
  for (const match of context.knowledge.lexiconIndex(lexicon).search(sentence.tokens)) {
    if ((clauseOnly && sentence.segmentOf[match.from] !== clause) || (match.from >= from && match.to <= to)) continue
    const gap = match.to < from ? wordsBetween(sentence, match.to, from) : match.from > to ? wordsBetween(sentence, to, match.from) : -1
    if (gap < 0) continue
    if (match.to < from ? gap < before : gap < after) return true
  }
  return false
}

function wordsBetween(sentence: SentenceView, from: number, to: number): number {
  let count = 0
  for (let index = from + 1; index < to; index++) if (sentence.tokens[index]!.kind === 'word') count++
  return count
}

/**
 * Is the phrase part of a formal designation ("breakthrough device designation", "breakthrough
 * status") or a registered name ("Miracle®")?
 */
function designationAt(context: RuleContext, sentence: SentenceView, from: number, to: number): boolean {
  if (/^[®™℠]$/.test(sentence.tokens[to + 1]?.text ?? '')) return true
  return context.knowledge
    .lexiconIndex('designation-heads')
    .search(sentence.tokens)
    .some((head) => head.from > to && wordsBetween(sentence, to, head.from) <= 2)
}

/** Lexicon matches of `lexicon` in a sentence that are the article's own unhedged claim. */
export function claimedMatches(
  context: RuleContext,
  sentence: SentenceView,
  lexicon: string,
  check: {hedge?: boolean; negation?: boolean} = {}
): Array<PhraseMatch<LexiconEntry>> {
  const {knowledge, options} = context
  const matches = matchesOf(context.view, sentence, lexicon)
  const found: Array<PhraseMatch<LexiconEntry>> = []
  if (matches.length === 0) return found
  const official = knowledge.lexiconIndex('official-terms').search(sentence.tokens)
  for (const match of matches) {
    const entry = match.values[0]!
    const phrase = textOf(sentence, match.from, match.to, context.file)
    if (context.ignored(entry, phrase)) continue
    if (entry.tags.includes('soft') && !options.soft) continue
    if (official.some((term) => term.from <= match.from && term.to >= match.to)) continue
    if (literalAt(sentence, match.from, match.to)) continue
    if (nameAt(context, sentence, match.from, match.to)) continue
    if (designationAt(context, sentence, match.from, match.to)) continue
    if (historicalAt(context.view, sentence, match.from)) continue
    // "cured leaves", "the curing barn": the preserving sense of "cure".
    if (/^cur(e|es|ed|ing)$/.test(sentence.tokens[match.from]!.norm) && besideAt(context, sentence, match.from, match.to, 'cure-senses', 4, 4, false)) continue
    // "a profound effect on the pharmacokinetics", "profound changes in receptor density": the size of a mechanism.
    if (entry.id === 'profound' && besideAt(context, sentence, match.from, match.to, 'mechanism-objects', 0, 5)) continue
    // "eradicated crops", "the defeat of the army": eradication overstates only of an illness.
    if (entry.tags.includes('needs-illness') && !besideAt(context, sentence, match.from, match.to, 'illness-words', 3, 4)) continue
    // "a remarkable new species": a word of wonder overstates only when it grades a finding.
    if (entry.tags.includes('adjective') && !besideAt(context, sentence, match.from, match.to, 'graded-findings', 6, 4)) continue
    if (check.hedge !== false && hedgedAt(sentence, match.from)) continue
    if (check.negation !== false && negatedAt(sentence, match.from)) continue
    if (entry.tags.includes('aim') && aimAt(sentence, match.from)) continue
    found.push(match)
  }
  return found
}

/**
 * Hype words side by side ("miracle cure", "breakthrough cure") are one overstatement: one match
 * from the first word to the last, with the first entry's reason and wordings.
 */
function joined(sentence: SentenceView, matches: Array<PhraseMatch<LexiconEntry>>): Array<PhraseMatch<LexiconEntry>> {
  const out: Array<PhraseMatch<LexiconEntry>> = []
  for (const match of [...matches].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1)
    // Tokens are words and punctuation (no spaces): the next word's token follows the last one's.
    if (last && match.from === last.to + 1 && sentence.tokens[match.from]?.kind === 'word') out[out.length - 1] = {...last, to: match.to}
    else out.push(match)
  }
  return out
}

const hype = createRule(ruleId, (context) => {
  for (const sentence of context.view.sentences) {
    for (const match of joined(sentence, claimedMatches(context, sentence, 'hype'))) {
      const entry = match.values[0]!
      const actual = textOf(sentence, match.from, match.to, context.file)
      context.report(sentence, match.from, match.to, {
        attributed: mentionAt(sentence, match.from),
        reason: `Unexpected hype ${q(actual)}, describe what the evidence shows instead`,
        expected: entry.expected,
        note: `${entry.reason} Hedge it ("a potential ${actual}") only if the evidence is early; otherwise say what was measured.`
      })
    }
  }
}, ['hype'])

export default hype
