/**
 * What claimlint keeps between lints of the same document, so that re-linting it after an edit
 * redoes only the paragraphs the edit touched. An editor re-lints the whole document on every
 * keystroke; most of it is unchanged, only moved. The cache keeps, per document, the blocks of its
 * last tree (plain text between blank lines, see `parse-text.ts`; Markdown and HTML blocks by their
 * text and tokens, see `markup/blocks.ts`): an unchanged block is moved to its new place instead of
 * parsed again, and its sentences keep their tokens
 * and what is cached on them: clause segments, phrase starts, grades, entities and drafted claims.
 *
 * A tree's blocks go back to the cache when its lint ends (a lint of the same document running
 * meanwhile parses afresh), and the next lint of the document moves them in place: keep messages
 * and ledgers of a lint with a cache, not its tree. Reuse is by exact text, so a cached lint gives
 * the messages an uncached one gives (`test/cache.test.ts`). Only the last version of each document
 * is kept, for the `documents` most recently linted.
 */
import type {RootContent, Sentence} from 'nlcst'
import type {Point} from 'unist'

/** One block of a parsed document. */
export interface Block {
  children: RootContent[]
  /** Where the block starts in the file. */
  start: Point
  /** Every point object of its nodes, once each, and its sentences: found when it first moves. */
  points?: Point[] | undefined
  sentences?: Sentence[] | undefined
}

/** Blocks of one parse by their text: those of the last tree to reuse, and this tree's. */
export interface BlockMemory {
  previous: Map<string, Block>
  next: Map<string, Block>
  /** Which parse of its document this is: a lint that ends after a later one keeps nothing. */
  generation: number
}

export interface CacheOptions {
  /** How many documents to remember (default 32); the least recently linted is dropped first. */
  documents?: number | null | undefined
}

export class LintCache {
  readonly #documents = new Map<string, Map<string, Block>>()
  /** The last parse opened per document. */
  readonly #opened = new Map<string, number>()
  #parses = 0
  readonly #size: number

  constructor(options?: Readonly<CacheOptions> | null) {
    this.#size = Math.max(1, options?.documents ?? 32)
  }

  /**
   * Start parsing the document at `path` (`''` for one without a path): take its blocks. Until the
   * lint ends they are the tree's; a lint that fails, or a tree that is parsed and never run, gives
   * none back, and the document's next lint parses it whole.
   */
  open(path: string): BlockMemory {
    const previous = this.#documents.get(path) ?? new Map<string, Block>()
    this.#documents.delete(path)
    const generation = ++this.#parses
    this.#opened.set(path, generation)
    return {previous, next: new Map(), generation}
  }

  /**
   * Keep the blocks of a tree whose lint has ended as the document's last version, unless a later
   * parse of the document was opened meanwhile (an editor's lints of one document may overlap):
   * the newest text is the one worth keeping.
   */
  close(path: string, memory: BlockMemory): void {
    if (this.#opened.get(path) !== memory.generation) return
    this.#opened.delete(path)
    this.#documents.set(path, memory.next)
    for (const oldest of this.#documents.keys()) {
      if (this.#documents.size <= this.#size) break
      this.#documents.delete(oldest)
    }
  }

  /** Forget a document (an editor closed it), or every document. */
  forget(path?: string): void {
    if (path === undefined) {
      this.#documents.clear()
      this.#opened.clear()
    } else {
      this.#documents.delete(path)
      this.#opened.delete(path)
    }
  }
}

/** A cache for re-linting documents as they are edited; pass it as `cache` to every lint. */
export function createCache(options?: Readonly<CacheOptions> | null): LintCache {
  return new LintCache(options)
}
