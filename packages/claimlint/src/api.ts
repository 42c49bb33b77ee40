/**
 * The programmatic API: `lint`, `lintSync`, `lintCorpus` and `claims`.
 *
 * What an input means:
 * - a `string` is always the document's text, never a path (`format` defaults to `text`);
 * - a `VFile`, or VFile options (`{path, value}`), is used as given; when it has a `path` but no
 *   `value`, the file is read from disk (UTF-8);
 * - a `URL` (`file:`) is read from disk.
 * `options.format` wins; otherwise a path's extension decides (`.md` Markdown, `.html` HTML,
 * anything else text). This module imports no Node built-ins, so it also bundles for the
 * browser; only reading a path needs Node.
 */
import type {Assertion, Certainty, ClaimLedger, ScopeKind, ScopeSpan, Strength, Structure} from '@claimlint/core'
import {createSortedCorpus} from './cli/sorted-corpus.js'
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {formatOf, type Format} from './format.js'
import {controlLate} from './control.js'
import {createProcessor, type Options} from './processor.js'

export type {Options} from './processor.js'

/** What can be linted: text, a VFile or VFile options (read from `path` without `value`), or a file URL. */
export type Input = string | VFile | URL | {path: string | URL; value?: string | Uint8Array | undefined}

type FsModule = typeof import('node:fs')

const fsId = 'node:fs'

/** `node:fs` without a static import, so bundlers for the browser never see it. */
function nodeFs(): FsModule {
  const fs = (globalThis as {process?: {getBuiltinModule?: (id: string) => unknown}}).process?.getBuiltinModule?.(fsId)
  if (!fs) throw new Error('claimlint: reading a path needs Node.js (20.16 or later for `lintSync`); pass the text (or a VFile with `value`) instead')
  return fs as FsModule
}

/** `node:fs` for the async API, also on Node.js before `process.getBuiltinModule` (20.16). */
async function nodeFsAsync(): Promise<FsModule> {
  try {
    return nodeFs()
  } catch (error) {
    if (typeof (globalThis as {process?: unknown}).process !== 'object') throw error
    return (await import(/* @vite-ignore */ fsId)) as FsModule
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}

const inputHint = 'the text (a string), a VFile, `{path, value}` or a `file:` URL'

/** Check what `lint` was given, with a message that says what it takes. */
function checkInput(input: unknown): asserts input is Input {
  if (typeof input === 'string' || input instanceof VFile || input instanceof URL) return
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const {path, value} = input as {path?: unknown; value?: unknown}
    const pathOk = path === undefined || typeof path === 'string' || path instanceof URL
    const valueOk = value === undefined || typeof value === 'string' || value instanceof Uint8Array
    if (pathOk && valueOk && (path !== undefined || value !== undefined)) return
  }
  throw new TypeError(`claimlint: cannot lint ${show(input)}; give ${inputHint}`)
}

const formats = ['markdown', 'html', 'text']

/** Check the options that are not rule options (those are checked by the preset). */
export function checkOptions(options: unknown): void {
  if (options === undefined || options === null) return
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`claimlint: options must be an object, not ${show(options)}`)
  const {format, ignore, rules, packs} = options as Record<string, unknown>
  if (format !== undefined && format !== null && !formats.includes(format as string)) {
    throw new TypeError(`claimlint: option \`format\` must be "markdown", "html" or "text", not ${show(format)}`)
  }
  if (ignore !== undefined && ignore !== null && !(Array.isArray(ignore) && ignore.every((item) => typeof item === 'string'))) {
    throw new TypeError(`claimlint: option \`ignore\` must be a list of phrases (strings), not ${show(ignore)}`)
  }
  if (rules !== undefined && rules !== null && (typeof rules !== 'object' || Array.isArray(rules))) {
    throw new TypeError(`claimlint: option \`rules\` must be an object of rule ids, not ${show(rules)}`)
  }
  if (packs !== undefined && packs !== null && !Array.isArray(packs)) {
    throw new TypeError(`claimlint: option \`packs\` must be a list of rule packs (see \`readPack\`), not ${show(packs)}`)
  }
}

/** The VFile for an input, and the path to read its text from when it has none. */
function fileOf(input: Input): {file: VFile; read: string | URL | undefined} {
  checkInput(input)
  if (typeof input === 'string') return {file: new VFile({value: input}), read: undefined}
  const file = input instanceof VFile ? input : input instanceof URL ? new VFile({path: input}) : new VFile({path: input.path, value: input.value})
  if (file.value !== undefined) return {file, read: undefined}
  if (input instanceof URL) return {file, read: input}
  if (file.path === undefined) throw new Error('claimlint: a VFile without `value` needs a `path` to read')
  return {file, read: file.path}
}

async function toFileAsync(input: Input): Promise<VFile> {
  const {file, read} = fileOf(input)
  if (read !== undefined) file.value = await (await nodeFsAsync()).promises.readFile(read)
  return file
}

function toFileSync(input: Input): VFile {
  const {file, read} = fileOf(input)
  if (read !== undefined) file.value = nodeFs().readFileSync(read)
  return file
}

/** The format for a file: `options.format`, else its extension, else `text`. */
export function formatFor(file: VFile, options?: Readonly<Options> | null): Format {
  return options?.format ?? formatOf(file.extname)
}

function processorFor(file: VFile, options?: Readonly<Options> | null) {
  return createProcessor({...options, format: formatFor(file, options)})
}

function finish(file: VFile): VFile {
  file.messages.sort(compareMessage)
  return file
}

/** Lint one document. Messages are on `file.messages`, sorted by place. */
export async function lint(input: Input, options?: Readonly<Options> | null): Promise<VFile> {
  checkOptions(options)
  const file = await toFileAsync(input)
  await processorFor(file, options).process(file)
  return finish(file)
}

/** Synchronous `lint`. */
export function lintSync(input: Input, options?: Readonly<Options> | null): VFile {
  checkOptions(options)
  const file = toFileSync(input)
  processorFor(file, options).processSync(file)
  return finish(file)
}

/**
 * Lint several documents together: each gets its own messages and also the contradictions with
 * the others (their `cause.file` names the other document). Give inputs paths so the messages can
 * say which document the other side is in.
 */
export async function lintCorpus(inputs: readonly Input[], options?: Readonly<Options> | null): Promise<VFile[]> {
  if (!Array.isArray(inputs)) throw new TypeError(`claimlint: \`lintCorpus\` takes a list of inputs (${inputHint}), not ${show(inputs)}`)
  checkOptions(options)
  // Judged in path order (text order for inputs without a path), so the other side named for a
  // contradiction does not depend on the order of `inputs`.
  const corpus = createSortedCorpus()
  const files: VFile[] = []
  for (const input of inputs) {
    const file = await toFileAsync(input)
    await createProcessor({...options, corpus, format: formatFor(file, options)}).process(file)
    files.push(file)
  }
  corpus.judge()
  for (const file of files) controlLate(file)
  return files.map(finish)
}

/** One claim of the claim report. */
export interface ClaimReportClaim {
  subject: string
  property: string
  target: string | undefined
  value: string
  polarity: 'affirmed' | 'negated'
  certainty: Certainty
  assertion: Assertion
  /** Scope kinds in force at the claim (negated, hypothetical, reported, denied, historical, elsewhere, animal, question). */
  scope: ScopeKind[]
  /** Said to be the only value ("only intravenously"). */
  exclusive: boolean
  text: string
  start: number
  end: number
}

/** One sentence of the claim report; `start` and `end` are offsets into the input. */
export interface ClaimReportSentence {
  text: string
  start: number
  end: number
  certainty: Certainty
  /** 1 (very uncertain) to 6 (very certain). */
  certaintyScore: number
  cues: string[]
  strength: Strength
  heading: boolean
  /** What kind of text the sentence stands in (prose, heading, list-item, table, reference, quote, code). */
  structure: Structure
  /** The scopes of the sentence, with the words that opened them (offsets into the input). */
  scopes: ScopeSpan[]
  claims: ClaimReportClaim[]
}

/** The claim report: every sentence that carries certainty cues or claims, in document order. */
export interface ClaimReport {
  topic: string | undefined
  sentences: ClaimReportSentence[]
}

/** Shape a ledger as the claim report (plain data, offsets into the input). */
export function toClaimReport(ledger: ClaimLedger): ClaimReport {
  return {
    topic: ledger.topic,
    sentences: ledger.sentences.map((sentence) => ({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      certainty: sentence.certainty,
      certaintyScore: sentence.certaintyScore,
      cues: sentence.cues,
      strength: sentence.strength,
      heading: sentence.heading,
      structure: sentence.structure,
      scopes: sentence.scopes,
      claims: sentence.claims.map((index) => {
        const claim = ledger.claims[index]!
        return {
          subject: claim.subject,
          property: claim.property,
          target: claim.target,
          value: claim.value,
          polarity: claim.polarity,
          certainty: claim.certainty,
          assertion: claim.assertion,
          scope: claim.scope,
          exclusive: claim.exclusive,
          text: claim.text,
          start: claim.start,
          end: claim.end
        }
      })
    }))
  }
}

/** The claim ledger of a document, for claim reports and medical review. */
export async function claims(input: Input, options?: Readonly<Options> | null): Promise<ClaimReport> {
  const file = await lint(input, options)
  const ledger = file.data.claimLedger
  if (!ledger) throw new Error('claimlint: no claim ledger was built (is the document empty of text?)')
  return toClaimReport(ledger)
}
