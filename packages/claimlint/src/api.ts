/**
 * The programmatic API: `lint`, `lintSync`, `lintCorpus` and `claims`.
 */
import type {Assertion, Certainty, ClaimLedger, Strength} from '@claimlint/core'
import {createCorpus} from 'retext-claim-contradiction'
import {VFile, type Compatible} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {createProcessor, type Options} from './processor.js'

/** What can be linted: text, a VFile (or its options), or a file URL to read. */
export type Input = string | VFile | URL | {path: string; value?: string | undefined}

function isUrl(input: Input): input is URL {
  return typeof input === 'object' && input instanceof URL
}

async function toFile(input: Input): Promise<VFile> {
  if (input instanceof VFile) return input
  if (typeof input === 'string') return new VFile({value: input})
  if (isUrl(input) || input.value === undefined) {
    const fs = await import('node:fs/promises')
    const path = isUrl(input) ? input : input.path
    return new VFile({path: isUrl(path) ? path.pathname : path, value: await fs.readFile(path, 'utf8')})
  }
  return new VFile(input as Compatible)
}

function toFileSync(input: Input): VFile {
  if (input instanceof VFile) return input
  if (typeof input === 'string') return new VFile({value: input})
  if (isUrl(input) || input.value === undefined) {
    const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs')
    const path = isUrl(input) ? input : input.path
    return new VFile({path: isUrl(path) ? path.pathname : path, value: fs.readFileSync(path, 'utf8')})
  }
  return new VFile(input as Compatible)
}

function finish(file: VFile): VFile {
  file.messages.sort(compareMessage)
  return file
}

/** Lint one document. Messages are on `file.messages`, sorted by place. */
export async function lint(input: Input, options?: Readonly<Options> | null): Promise<VFile> {
  const file = await toFile(input)
  await createProcessor(options).process(file)
  return finish(file)
}

/** Synchronous `lint`. */
export function lintSync(input: Input, options?: Readonly<Options> | null): VFile {
  const file = toFileSync(input)
  createProcessor(options).processSync(file)
  return finish(file)
}

/** Lint several documents together: each also gets the contradictions with the others. */
export async function lintCorpus(inputs: readonly Input[], options?: Readonly<Options> | null): Promise<VFile[]> {
  const corpus = createCorpus()
  const processor = createProcessor({...options, corpus})
  const files: VFile[] = []
  for (const input of inputs) {
    const file = await toFile(input)
    await processor.process(file)
    files.push(file)
  }
  corpus.judge()
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
  text: string
  start: number
  end: number
}

/** One sentence of the claim report. */
export interface ClaimReportSentence {
  text: string
  start: number
  end: number
  certainty: Certainty
  cues: string[]
  strength: Strength
  heading: boolean
  claims: ClaimReportClaim[]
}

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
      cues: sentence.cues,
      strength: sentence.strength,
      heading: sentence.heading,
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
  if (!ledger) throw new Error('claimlint: no claim ledger was built (are all rules turned off?)')
  return toClaimReport(ledger)
}
