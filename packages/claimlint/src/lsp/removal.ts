/**
 * "Remove" quick fixes that leave clean text: unified-language-server deletes exactly the flagged
 * words, which leaves two spaces ("Ketamine  treats") or a space before punctuation. The relay keeps
 * the text of open documents (the server syncs full documents) and widens such edits by one
 * neighbouring space.
 */
import type {Range} from './related.js'

interface Edit {
  range: Range
  newText: string
}

/** Texts of the open documents, from the client's `didOpen`/`didChange`/`didClose`. */
export class OpenDocuments {
  readonly #texts = new Map<string, string>()

  observe(method: string | undefined, params: unknown): void {
    const value = params as {textDocument?: {uri?: string; text?: string}; contentChanges?: Array<{text?: string; range?: unknown}>}
    const uri = value?.textDocument?.uri
    if (!uri) return
    if (method === 'textDocument/didOpen' && typeof value.textDocument?.text === 'string') this.#texts.set(uri, value.textDocument.text)
    if (method === 'textDocument/didChange') {
      const last = value.contentChanges?.at(-1)
      // Only full-text changes (the sync kind the server asks for); anything else: forget the text.
      if (last && typeof last.text === 'string' && last.range === undefined) this.#texts.set(uri, last.text)
      else this.#texts.delete(uri)
    }
    if (method === 'textDocument/didClose') this.#texts.delete(uri)
  }

  get(uri: string): string | undefined {
    return this.#texts.get(uri)
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** A removal widened by one space: the one after the words, else the one before them. */
export function widenRemoval(text: string, range: Range): Range {
  const starts = lineStarts(text)
  const start = (starts[range.start.line] ?? 0) + range.start.character
  const end = (starts[range.end.line] ?? 0) + range.end.character
  if (start >= end) return range
  const before = text[start - 1]
  const after = text[end]
  if (after === ' ' && (before === undefined || before === ' ' || before === '\n')) {
    return {start: range.start, end: {line: range.end.line, character: range.end.character + 1}}
  }
  if (before === ' ' && (after === undefined || /[\s.,;:!?)]/.test(after))) {
    return {start: {line: range.start.line, character: range.start.character - 1}, end: range.end}
  }
  return range
}

/** Widen the removals among the code actions of a `textDocument/codeAction` response. */
export function tidyRemovals(actions: unknown, documents: OpenDocuments): void {
  if (!Array.isArray(actions)) return
  for (const action of actions as Array<{edit?: {changes?: Record<string, Edit[]>}}>) {
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
      const text = documents.get(uri)
      if (text === undefined) continue
      for (const edit of edits) if (edit.newText === '') edit.range = widenRemoval(text, edit.range)
    }
  }
}
