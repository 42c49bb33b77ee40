/**
 * What claimlint keeps between lints of the same document, so that re-linting it after an edit
 * redoes only the paragraphs the edit touched. An editor re-lints the whole document on every
 * keystroke; most of it is unchanged, only moved. The cache keeps, per document, the blocks of its
 * last parse (plain text between blank lines, see `parse-text.ts`) by their text: an unchanged
 * block is copied to its new place instead of parsed again, and its sentences keep their tokens,
 * clause segments, phrase starts and grades (see `moveTokens` in `@claimlint/core`).
 *
 * Reuse is by exact text, so a cached lint gives the messages an uncached one gives
 * (`test/cache.test.ts`). Nothing is ever changed in place: a tree from an earlier lint stays as it
 * was. Only the last version of each document is kept, for the `documents` most recently linted.
 */
import type {RootContent} from 'nlcst'
import type {Point} from 'unist'

/** One block of a parsed document: its nodes, and where it started in the file. */
export interface Block {
  children: RootContent[]
  start: Point
}

/** Blocks of one parse by their text: those of the last parse to reuse, and this parse's. */
export interface BlockMemory {
  previous: ReadonlyMap<string, Block>
  next: Map<string, Block>
}

export interface CacheOptions {
  /** How many documents to remember (default 32); the least recently linted is dropped first. */
  documents?: number | null | undefined
}

export class LintCache {
  readonly #documents = new Map<string, Map<string, Block>>()
  readonly #size: number

  constructor(options?: Readonly<CacheOptions> | null) {
    this.#size = Math.max(1, options?.documents ?? 32)
  }

  /** Start parsing the document at `path` (`''` for one without a path). */
  open(path: string): BlockMemory {
    return {previous: this.#documents.get(path) ?? new Map(), next: new Map()}
  }

  /** Keep the blocks of a finished parse as the document's last version. */
  close(path: string, memory: BlockMemory): void {
    this.#documents.delete(path)
    this.#documents.set(path, memory.next)
    for (const oldest of this.#documents.keys()) {
      if (this.#documents.size <= this.#size) break
      this.#documents.delete(oldest)
    }
  }

  /** Forget a document (an editor closed it), or every document. */
  forget(path?: string): void {
    if (path === undefined) this.#documents.clear()
    else this.#documents.delete(path)
  }
}

/** A cache for re-linting documents as they are edited; pass it as `cache` to every lint. */
export function createCache(options?: Readonly<CacheOptions> | null): LintCache {
  return new LintCache(options)
}
