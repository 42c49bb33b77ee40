/**
 * The shape every overstatement rule shares: a `unified-lint-rule` with our origin and docs URL,
 * plus messages about quoted speech reported as information (`fatal: undefined`) when the user
 * asks for that, since `unified-lint-rule` would otherwise give them the rule's severity.
 */
import type {Knowledge, LexiconEntry} from '@claimlint/core'
import {knowledgeFor} from '@claimlint/packs'
import type {Root} from 'nlcst'
import {quotation} from 'quotation'
import type {Plugin, Transformer} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {textOf, viewOf, voiceOf, type DocumentView, type SentenceView} from './context.js'
import {docsBase, source, type Options} from './options.js'

export interface RuleContext {
  tree: Root
  file: VFile
  options: Readonly<Options>
  knowledge: Knowledge
  view: DocumentView
  /** Report words `from`–`to` of a sentence. Returns `undefined` when quoted speech is off. */
  report(sentence: SentenceView, from: number, to: number, message: Report): VFileMessage | undefined
  /** Is this lexicon entry or phrase ignored by the options? */
  ignored(entry: LexiconEntry, phrase: string): boolean
}

export interface Report {
  /** Someone else's words or label, whatever the sentence: reported like quoted speech. */
  attributed?: boolean | undefined
  reason: string
  expected: string[]
  note: string
  cause?: VFileMessage | undefined
}

const informational = new WeakSet<VFileMessage>()

declare module 'vfile' {
  interface DataMap {
    /**
     * One line index per file text, shared by every rule (each would otherwise scan the text
     * again); kept on the file, so that a program holding many linted files can drop it with the
     * file's other data.
     */
    overstatementPlace: {value: string; place: ReturnType<typeof location>}
  }
}

function placeOf(file: VFile): ReturnType<typeof location> {
  const value = String(file)
  const cached = file.data.overstatementPlace
  if (cached && cached.value === value) return cached.place
  const place = location(value)
  file.data.overstatementPlace = {value, place}
  return place
}

/** Match the capitalisation of the words being replaced. */
export function matchCase(suggestion: string, actual: string): string {
  if (!suggestion) return suggestion
  return /^\p{Lu}/u.test(actual) ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion
}

export function q(value: string): string {
  return quotation(value, '`')
}

/** Per processor: the lexicons its enabled rules search in every sentence. */
const everywhereIn = new WeakMap<object, Set<string>>()
/** Per file being linted: that set, for the first rule, which builds the shared view. */
const everywhereFor = new WeakMap<VFile, ReadonlySet<string>>()

/** The lexicons searched everywhere by the enabled rules of `processor`, filled as they attach. */
function lexiconsOf(processor: unknown): Set<string> {
  // A unified processor is a callable object.
  if ((typeof processor !== 'object' && typeof processor !== 'function') || processor === null) return new Set()
  let lexicons = everywhereIn.get(processor)
  if (!lexicons) {
    lexicons = new Set()
    everywhereIn.set(processor, lexicons)
  }
  return lexicons
}

/**
 * Create an overstatement rule. `everywhere` lists the lexicons the rule searches in every
 * sentence (through `matchesOf`): the view searches them for all enabled rules in one pass.
 */
export function createRule(
  ruleId: string,
  run: (context: RuleContext) => void,
  everywhere: readonly string[] = []
): Plugin<[(Readonly<Options> | null | undefined)?], Root> {
  const url = `${docsBase}${ruleId}.md`
  const inner = lintRule<Root, Options | null | undefined>({origin: `${source}:${ruleId}`, url}, (tree, file, options) => {
    const settings: Readonly<Options> = options ?? {}
    const knowledge = knowledgeFor(settings.packs)
    const view = viewOf(tree, file, knowledge, everywhereFor.get(file))
    const place = placeOf(file)
    const ignore = new Set((settings.ignore ?? []).map((value) => value.toLowerCase()))
    const quotedMode = settings.quoted ?? 'info'
    run({
      tree,
      file,
      options: settings,
      knowledge,
      view,
      ignored: (entry, phrase) => ignore.has(entry.id) || ignore.has(phrase.toLowerCase()),
      report(sentence, from, to, report) {
        const own = voiceOf(sentence, from, to)
        const voice = own === 'own' && report.attributed ? 'quoted' : own
        if (voice === 'question') return undefined
        if (voice === 'quoted' && quotedMode === 'off') return undefined
        const startOffset = sentence.tokens[from]!.start
        const endOffset = sentence.tokens[to]!.end
        const start = place.toPoint(startOffset)
        const end = place.toPoint(endOffset)
        const actual = textOf(sentence, from, to, file)
        const reason = voice === 'quoted' ? `${report.reason} (in quoted or attributed speech)` : report.reason
        const message = file.message(reason, {
          place: start && end ? {start, end} : sentence.record.position,
          ruleId,
          source,
          ...(report.cause ? {cause: report.cause} : {})
        })
        message.actual = actual
        message.expected = report.expected.map((suggestion) => matchCase(suggestion, actual))
        message.url = url
        message.note = report.note
        if (voice === 'quoted') informational.add(message)
        return message
      }
    })
  })

  const plugin = function (this: unknown, config?: unknown) {
    const transform = (inner as unknown as (this: unknown, config?: unknown) => Transformer<Root> | undefined).call(this, config)
    if (!transform) return undefined
    const lexicons = lexiconsOf(this)
    for (const lexicon of everywhere) lexicons.add(lexicon)
    return function (tree: Root, file: VFile, next: (error?: Error | null) => void) {
      everywhereFor.set(file, lexicons)
      ;(transform as unknown as (tree: Root, file: VFile, next: (error?: Error | null) => void) => void)(tree, file, (error) => {
        for (const message of file.messages) if (informational.has(message)) message.fatal = undefined
        next(error)
      })
    }
  }
  Object.defineProperty(plugin, 'name', {value: `${source}:${ruleId}`})
  return plugin as unknown as Plugin<[(Readonly<Options> | null | undefined)?], Root>
}
