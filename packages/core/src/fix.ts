/**
 * Suggested wordings that read well once applied. A message's `expected` strings replace the words
 * at its `place` (that is what the language server's quick fixes, the playground and any vfile
 * consumer do), so each wording is fitted to the grammar of the phrase it replaces:
 *
 * - a verb phrase takes the form of the verb it replaces ("by activating …" + "blocks …" gives
 *   "by blocking …"; "scans clearly demonstrate" + "shows" gives "scans show");
 * - a wording that brings its own auxiliary ("is linked to", "can impair") takes the place of the
 *   auxiliary before the replaced verb too ("has shown" + "has been studied");
 * - a time adverbial with its preposition ("within hours") replaces a time adjective together with
 *   the noun it qualifies, which it then follows ("instant relief" becomes "relief within hours"),
 *   and a time noun together with its preposition ("within minutes");
 * - a wording of another kind than the phrase (a noun phrase for a verb phrase, a whole clause for
 *   a phrase, a prepositional phrase for a verb) does not fit: it moves to the note, and when none
 *   fits the message offers no fix (`expected` left out: an empty list would mean "remove").
 *
 * In Markdown, a place never starts or ends inside inline markup: it widens to the whole emphasis,
 * strong or strikethrough node it cuts, whose delimiters the replacement then leaves out (so no
 * `**` is left unmatched); a link or code cut that way gets no fix.
 *
 * Parts of speech and verb forms come from compromise (a well-kept English tagger and conjugator);
 * the sentence is tagged as a whole so that each word is read in its context.
 */
import nlp from 'compromise'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ClaimLedger} from './types.js'

interface Term {
  text: string
  start: number
  end: number
  tags: Set<string>
}

/** Inline Markdown nodes a place must not cut, by offsets in the file. */
export interface InlineSpan {
  start: number
  end: number
  /** Length of the opening and closing delimiters; `undefined` for nodes that cannot be unwrapped. */
  open: number | undefined
  close: number | undefined
}

/** Where a fitted wording goes: offsets into the file and the text that replaces them. */
export interface Fitted {
  start: number
  end: number
  text: string
}

type Form = 'Gerund' | 'PresentTense' | 'PastTense' | 'Infinitive'

const markup = /[*_`~[\]<>#|\\]/g

/** Characters of context read on either side of the replaced words. */
const reach = 40

/** Tags of recent texts: a wording is read once however many messages suggest it. */
const tagged = new Map<string, Term[]>()

/** Tag a text; offsets are relative to it. Markup characters are blanked first (same offsets). */
function tag(text: string): Term[] {
  const known = tagged.get(text)
  if (known) return known
  const terms = tagNow(text)
  if (tagged.size >= 512) tagged.delete(tagged.keys().next().value!)
  tagged.set(text, terms)
  return terms
}

function tagNow(text: string): Term[] {
  const doc = nlp(text.replace(markup, ' '))
  const terms: Term[] = []
  for (const sentence of doc.json({offset: true}) as Array<{terms: Array<{text: string; tags: string[]; offset: {start: number; length: number}}>}>) {
    for (const term of sentence.terms) terms.push({text: term.text, start: term.offset.start, end: term.offset.start + term.offset.length, tags: new Set(term.tags)})
  }
  return terms
}

const auxiliaries = ['Auxiliary', 'Modal', 'Copula']

function isVerb(term: Term | undefined): boolean {
  return Boolean(term && term.tags.has('Verb'))
}

function isAuxiliary(term: Term | undefined): boolean {
  return Boolean(term && auxiliaries.some((name) => term.tags.has(name)))
}

const conjugations = new Map<string, Record<string, string> | undefined>()

/** compromise's conjugations of a verb, kept per word. */
function formsOf(word: string): Record<string, string> | undefined {
  if (conjugations.has(word)) return conjugations.get(word)
  const forms = (nlp(word).verbs().conjugate() as Array<Record<string, string>>)[0]
  if (conjugations.size >= 1024) conjugations.delete(conjugations.keys().next().value!)
  conjugations.set(word, forms)
  return forms
}

/** The form of a verb: compared with its own conjugations, so "demonstrate" after "scans" is the plural present. */
function formOf(word: string): Form | undefined {
  const forms = formsOf(word)
  if (!forms) return undefined
  const lower = word.toLowerCase()
  for (const form of ['Gerund', 'PresentTense', 'PastTense', 'Infinitive'] as const) if (forms[form]?.toLowerCase() === lower) return form
  return undefined
}

/** `word` in `form` ("blocks" as a gerund: "blocking"), keeping a capital. */
function conjugate(word: string, form: Form): string | undefined {
  const made = formsOf(word)?.[form]
  if (!made || /\s/.test(made)) return undefined
  return /^[A-Z]/.test(word) ? made[0]!.toUpperCase() + made.slice(1) : made
}

/** Terms of `terms` that overlap [start, end) (a term's offsets take in its punctuation). */
function within(terms: readonly Term[], start: number, end: number): Term[] {
  return terms.filter((term) => term.start < end && term.end > start)
}

/**
 * Fit one wording to the phrase at [start, end) of `sentence` (offsets relative to the sentence).
 * Returns the span to replace and the text, or `undefined` when the wording does not fit.
 */
export function fitWording(sentence: string, start: number, end: number, wording: string): Fitted | undefined {
  if (wording === '') return removable(sentence, start, end) ? {start, end, text: ''} : undefined
  const terms = tag(sentence)
  const span = within(terms, start, end)
  const head = span[0]
  if (!head) return undefined
  const before = terms.filter((term) => term.end <= start || (term.start < start && !within([term], start, end).length)).at(-1)
  const after = terms.find((term) => term.start >= end)
  const lowered = wording
  const alone = tag(lowered)
  // Whether the wording opens with a verb, read as a predicate ("It blocks …", not "the blocks").
  const framed = tag(`It ${lowered}`)[1]
  const first = alone[0] && framed ? {...alone[0], tags: isVerb(framed) || isAuxiliary(framed) ? framed.tags : alone[0].tags} : undefined
  if (!first || !alone[0]) return undefined
  const wordingIsClause = alone.some((term, index) => index > 0 && isVerb(term) && !term.tags.has('Gerund') && !term.tags.has('Infinitive') && !term.tags.has('Adjective')) && (alone[0].tags.has('Noun') || alone[0].tags.has('Determiner')) && !isVerb(alone[0])
  const spanVerb = span.find((term) => isVerb(term) && !term.tags.has('Adjective'))
  const spanIsVerbPhrase = Boolean(spanVerb) && span.indexOf(spanVerb!) <= 1 && span.slice(0, span.indexOf(spanVerb!)).every((term) => term.tags.has('Adverb'))
  const spanIsClause = span.some((term, index) => index > 0 && isVerb(term) && !term.tags.has('Hyphenated')) && (head.tags.has('Noun') || head.tags.has('ProperNoun')) && !isVerb(head)

  if (wordingIsClause) return spanIsClause ? {start, end, text: wording} : undefined
  if (spanIsClause) return undefined

  if (isVerb(first) || isAuxiliary(first)) {
    if (!spanIsVerbPhrase || !spanVerb) return undefined
    const replaceFrom = head.start
    if (isAuxiliary(first)) {
      // The wording's own auxiliary replaces the one before the phrase ("has shown" → "has been studied").
      if (isAuxiliary(before) && !span.some(isAuxiliary)) return {start: before!.start, end, text: wording}
      const form = formOf(spanVerb.text)
      if (form === 'Gerund') {
        if (first.tags.has('Modal')) return undefined
        const verb = conjugate(first.text, 'Gerund')
        return verb ? {start: replaceFrom, end, text: verb + wording.slice(first.end)} : undefined
      }
      return form === 'PresentTense' || form === 'PastTense' ? {start: replaceFrom, end, text: wording} : undefined
    }
    if (isAuxiliary(before) && !before!.tags.has('Copula') && formOf(spanVerb.text) !== 'Gerund') {
      // "has shown efficacy" + "showed benefit": the auxiliary goes with the verb it helped.
      const past = conjugate(first.text, 'PastTense')
      return past ? {start: before!.start, end, text: past + wording.slice(first.end)} : undefined
    }
    const form = formOf(spanVerb.text)
    if (!form) return undefined
    let made = conjugate(first.text, form)
    // A base form after a plural subject ("scans demonstrate"): the infinitive reads as the present.
    if (form === 'Infinitive' && !isAuxiliary(before) && before?.text.toLowerCase() !== 'to') made = conjugate(first.text, 'Infinitive')
    return made ? {start: replaceFrom, end, text: made + wording.slice(first.end)} : undefined
  }

  if (first.tags.has('Preposition')) {
    if (spanIsVerbPhrase) return undefined
    // A time adjective with its noun: "instant relief" → "relief within hours".
    if (span.length === 1 && head.tags.has('Adjective') && after && after.tags.has('Noun') && !after.tags.has('Pronoun')) {
      return {start, end: after.end, text: `${sentence.slice(after.start, after.end)} ${wording}`}
    }
    // A noun after its preposition: "within minutes" → "within hours".
    if (before && before.tags.has('Preposition') && !head.tags.has('Preposition')) return {start: before.start, end, text: wording}
    if (head.tags.has('Preposition') || (span.length === 1 && (head.tags.has('Adjective') || head.tags.has('Adverb')))) return {start, end, text: wording}
    return undefined
  }

  // A noun phrase, adjective or adverb: fits a phrase of the same kind.
  if (spanIsVerbPhrase) return undefined
  const nounLike = (term: Term) => term.tags.has('Noun') || term.tags.has('Value') || term.tags.has('Date')
  // Nominal: the first word after leading modifiers is a noun ("new option"), not "safe for …".
  const modifier = (term: Term) => term.tags.has('Adjective') || term.tags.has('Adverb') || term.tags.has('Determiner')
  const headWord = alone.find((term) => !modifier(term))
  const wordingIsNoun = Boolean(headWord && nounLike(headWord))
  const spanIsNoun = span.some(nounLike)
  if (wordingIsNoun !== spanIsNoun) return undefined
  if (!wordingIsNoun && !modifier(head)) return undefined
  if (alone[0]!.tags.has('Determiner') && before && before.tags.has('Adjective')) return undefined
  // Number agrees with the words replaced: "intramuscular infusions" → "intravenous infusions".
  const lastOfSpan = span.at(-1)!
  const lastOfWording = alone.at(-1)!
  if (wordingIsNoun && lastOfSpan.tags.has('Plural') && lastOfWording.tags.has('Singular') && !alone.some((term) => term.tags.has('Determiner'))) {
    const plural = (nlp(lastOfWording.text).nouns().toPlural().text() as string).trim()
    if (plural && !/\s/.test(plural)) wording = wording.slice(0, lastOfWording.start) + plural + wording.slice(lastOfWording.end)
  }
  // One article: the wording's own replaces the one before the phrase; else "a" or "an" is chosen
  // again for the wording's first word ("a game-changer" → "an option").
  if (before && before.tags.has('Determiner') && /^(a|an)$/i.test(before.text)) {
    if (first.tags.has('Determiner')) return {start: before.start, end, text: wording}
    const article = /^[aeio]/i.test(wording) ? 'an' : 'a'
    const cased = /^A/.test(before.text) ? article[0]!.toUpperCase() + article.slice(1) : article
    return {start: before.start, end, text: `${cased} ${wording}`}
  }
  if (first.tags.has('Determiner') && before && before.tags.has('Determiner')) return {start: before.start, end, text: wording}
  return {start, end, text: wording}
}

/** Whether removing [start, end) of `sentence` leaves a sentence: only modifiers can go. */
function removable(sentence: string, start: number, end: number): boolean {
  const span = within(tag(sentence), start, end)
  return span.length > 0 && span.every((term) => term.tags.has('Adverb') || term.tags.has('Adjective') || term.tags.has('Determiner'))
}

/** Widen [start, end) so it cuts no inline node; `undefined` when a link or code would be cut. */
function outsideMarkup(start: number, end: number, inline: readonly InlineSpan[]): {start: number; end: number; unwrap: InlineSpan[]} | undefined {
  let changed = true
  const unwrap: InlineSpan[] = []
  while (changed) {
    changed = false
    for (const node of inline) {
      const cuts = (node.start < start && start < node.end) || (node.start < end && end < node.end)
      if (!cuts) continue
      if (node.open === undefined || node.close === undefined) return undefined
      start = Math.min(start, node.start)
      end = Math.max(end, node.end)
      changed = true
    }
  }
  for (const node of inline) if (node.start >= start && node.end <= end && node.open !== undefined) unwrap.push(node)
  return {start, end, unwrap}
}

/** The file's text between two offsets with the delimiters of `unwrap` left out. */
function unwrapped(text: string, from: number, to: number, unwrap: readonly InlineSpan[]): string {
  const drop = new Set<number>()
  for (const node of unwrap) {
    for (let at = node.start; at < node.start + (node.open ?? 0); at++) drop.add(at)
    for (let at = node.end - (node.close ?? 0); at < node.end; at++) drop.add(at)
  }
  let out = ''
  for (let at = from; at < to; at++) if (!drop.has(at)) out += text[at]
  return out
}

/** The sentence holding [start, end): a binary search, the sentences being in document order. */
function sentenceAt(ledger: ClaimLedger, start: number, end: number) {
  const sentences = ledger.sentences
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const record = sentences[middle]!
    if (record.end < start) low = middle + 1
    else if (record.start > start) high = middle - 1
    else return record.start <= start && end <= record.end ? record : undefined
  }
  return undefined
}

/**
 * Fit every wording of `message` to its sentence and set `place`, `actual` and `expected` to what
 * applies cleanly. Wordings that do not fit are kept in the note. `inline` lists the Markdown inline
 * nodes of the file (see `InlineSpan`).
 */
export function fitMessage(file: VFile, message: VFileMessage, ledger: ClaimLedger | undefined, inline: readonly InlineSpan[] = []): void {
  const expected = message.expected
  const place = message.place
  if (!Array.isArray(expected) || !place || !('start' in place)) return
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined || !ledger) return
  const sentence = sentenceAt(ledger, start, end)
  if (!sentence) return
  // A file the CLI has released once linted keeps no text, only the sentences that hold claims
  // (see `releaseFile` in claimlint): the sentence stands at its offset in a text of spaces, and
  // only a fit of the very words flagged applies, since the place cannot be moved.
  const value = String(file.value ?? '')
  const released = value.slice(sentence.start, sentence.end) !== sentence.text
  const text = released ? ' '.repeat(sentence.start) + sentence.text : value
  // The grammar that decides a fit is local: read at most `reach` characters either side of the
  // words (cut at spaces), so a run-on sentence of any length costs the same as a short one.
  const from0 = Math.max(sentence.start, text.lastIndexOf(' ', Math.max(sentence.start, start - reach)))
  const to0 = Math.min(sentence.end, end + reach)
  const cut = to0 < sentence.end ? Math.max(end, text.lastIndexOf(' ', to0)) : sentence.end
  const origin = from0 > sentence.start ? from0 + 1 : sentence.start
  const own = text.slice(origin, cut)
  const fits: Fitted[] = []
  const unfit: string[] = []
  for (const wording of expected) {
    const fitted = fitWording(own, start - origin, end - origin, wording)
    // Every fix of one message replaces the same words: the first that fits chooses them.
    if (fitted && (fits.length === 0 || (fits[0]!.start === fitted.start && fits[0]!.end === fitted.end))) fits.push(fitted)
    else unfit.push(wording)
  }
  if (expected.length === 0) {
    const removal = fitWording(own, start - origin, end - origin, '')
    if (!removal) {
      // Removing these words would break the sentence: no fix, the message still says why.
      message.expected = undefined
      return
    }
    fits.push(removal)
  }
  let from = fits[0] ? fits[0].start + origin : start
  let to = fits[0] ? fits[0].end + origin : end
  let texts = fits.map((fit) => fit.text)
  if (released && (from !== start || to !== end)) {
    unfit.push(...texts)
    texts = []
    from = start
    to = end
  }
  const clear = outsideMarkup(from, to, inline)
  if (!clear) {
    unfit.push(...texts)
    texts = []
  } else if (clear.start !== from || clear.end !== to || clear.unwrap.length > 0) {
    const head = unwrapped(text, clear.start, from, clear.unwrap)
    const tail = unwrapped(text, to, clear.end, clear.unwrap)
    if (clear.unwrap.length > 0 || clear.start !== from || clear.end !== to) texts = texts.map((wording) => head + wording + tail)
    from = clear.start
    to = clear.end
  }
  if (from !== start || to !== end) {
    const where = location(file)
    const startPoint = where.toPoint(from)
    const endPoint = where.toPoint(to)
    if (startPoint && endPoint) {
      message.place = {start: {...startPoint, offset: from}, end: {...endPoint, offset: to}}
      message.line = startPoint.line
      message.column = startPoint.column
      message.actual = text.slice(from, to)
    }
  }
  if (unfit.length > 0 && expected.length > 0) {
    const quoted = unfit.map((wording) => `“${wording}”`).join(', ')
    message.note = `${message.note ? `${message.note} ` : ''}Rewrite the sentence along the lines of ${quoted}.`
  }
  if (expected.length === 0) {
    // Removal: `[]` stays a removal; words that cut markup are removed with it unwrapped.
    message.expected = !clear ? undefined : texts[0] === '' ? [] : texts
    return
  }
  message.expected = texts.length > 0 ? texts : undefined
}

const unwrappable = new Set(['emphasis', 'strong', 'delete'])
const kept = new Set(['link', 'linkReference', 'inlineCode', 'image', 'imageReference', 'footnoteReference', 'html'])

interface UnistLike {
  type: string
  position?: {start: {offset?: number}; end: {offset?: number}}
  children?: UnistLike[]
}

/** The inline nodes of the Markdown tree claimlint kept for the file (`file.data.claimlintSource`). */
export function inlineSpansOf(file: VFile): InlineSpan[] {
  const source = (file.data as {claimlintSource?: {format?: string; tree?: UnistLike}}).claimlintSource
  if (source?.format !== 'markdown' || !source.tree) return []
  const spans: InlineSpan[] = []
  const walk = (node: UnistLike) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && (unwrappable.has(node.type) || kept.has(node.type))) {
      const first = node.children?.[0]?.position?.start.offset
      const last = node.children?.at(-1)?.position?.end.offset
      const open = unwrappable.has(node.type) && first !== undefined ? first - start : undefined
      const close = unwrappable.has(node.type) && last !== undefined ? end - last : undefined
      spans.push({start, end, open, close: open === undefined ? undefined : close})
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(source.tree)
  return spans
}
