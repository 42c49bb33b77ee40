/**
 * The other side of a contradiction, kept for the language server: unified-language-server turns
 * a message into a diagnostic without looking at `cause`, so the processor records, per document,
 * where each message's `cause` is, and the relay (`relay.ts`) adds it to the published diagnostic
 * as `relatedInformation`.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/** An LSP range (zero-based lines and characters). */
export interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}

/** One message with a `cause`: where it is, and where and what the other side is. */
export interface Related {
  range: Range
  ruleId: string | undefined
  reason: string
  other: {uri: string; range: Range; message: string}
}

const byDocument = new Map<string, Related[]>()

function rangeOf(message: VFileMessage): Range | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : place
  return {
    start: {line: start.line - 1, character: start.column - 1},
    end: {line: end.line - 1, character: end.column - 1}
  }
}

/** Record the causes of `file`'s messages (replacing what was recorded for it before). */
export function recordRelated(file: VFile): void {
  const uri = file.data.lspDocumentUri
  if (typeof uri !== 'string') return
  const related: Related[] = []
  for (const message of file.messages) {
    const cause = message.cause
    if (!(cause instanceof VFileMessage)) continue
    const range = rangeOf(message)
    const otherRange = rangeOf(cause)
    if (!range || !otherRange) continue
    const otherUri = cause.file ? pathToFileURL(path.resolve(file.cwd, cause.file)).href : uri
    related.push({range, ruleId: message.ruleId, reason: message.reason, other: {uri: otherUri, range: otherRange, message: cause.reason}})
  }
  byDocument.set(uri, related)
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
}

/** The recorded other side of a diagnostic in `uri`, matched by range, rule id and reason. */
export function relatedFor(uri: string, diagnostic: {range: Range; code?: unknown; message: string}): Related | undefined {
  return byDocument.get(uri)?.find(
    (entry) => sameRange(entry.range, diagnostic.range) && (entry.ruleId ?? undefined) === (diagnostic.code ?? undefined) && diagnostic.message.startsWith(entry.reason)
  )
}

/** Forget a closed document. */
export function forgetRelated(uri: string): void {
  byDocument.delete(uri)
}

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-language-server on every file it lints. */
    lspDocumentUri: string
  }
}
