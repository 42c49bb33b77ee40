/**
 * What happens once per run, after every file is read: unified-engine hands each plugin its
 * `FileSet`, and the completer registered here runs after the last file. It judges the corpus
 * (contradictions across articles), passes the new messages through message control, then (with
 * `--diff`) drops messages on lines the change did not touch. Each file's text, trees and ledger are
 * released as soon as it is linted (after message control; see `release.ts`): the corpus has its
 * claims, and the engine holds every file until the last one is read.
 */
import unifiedDiff from 'unified-diff'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Corpus} from 'retext-claim-contradiction'
import {controlLate} from '../control.js'
import {emptyRoot, releaseFile} from '../release.js'
import {runLast} from '../run-last.js'
import {fastQueue, type QueueFileSet} from './queue.js'
import type {Progress} from './progress.js'

interface FileSetLike {
  expected: number
  valueOf(): VFile[]
  use(completer: (set: FileSetLike) => unknown): unknown
}

export interface RunSettings {
  corpus: Corpus
  diff: boolean
  progress: Progress | undefined
  /** Set when `--diff` could not read the change from git (the CLI then stops with exit code 2). */
  diffError?: string | undefined
}

function gitProblem(error: unknown): string {
  const text = String((error as Error)?.message ?? error)
  const fatal = /fatal: .*/.exec(text)?.[0]
  return `--diff cannot read the change from git (${fatal ?? text.split('\n')[0]}); check out the commits it compares (actions/checkout with fetch-depth: 0)`
}

/** Make the plugin for one run (one `claimlint` invocation). */
export function createRunPlugin(settings: RunSettings) {
  const diff = settings.diff ? unifiedDiff() : undefined

  async function complete(set: FileSetLike): Promise<undefined> {
    settings.progress?.done()
    settings.corpus.judge()
    for (const file of set.valueOf()) {
      // Only files that were parsed have messages to control or filter.
      if (!file.data.claimlintSource) continue
      controlLate(file)
      if (diff && !settings.diffError) {
        try {
          await diff(undefined, file)
        } catch (error) {
          settings.diffError = gitProblem(error)
        }
      }
    }
    return undefined
  }

  return function claimlintRun(this: Processor<any, any, any, any, any>, _options?: unknown, fileSet?: FileSetLike) {
    if (!fileSet) return undefined
    fastQueue(fileSet as unknown as QueueFileSet)
    fileSet.use(complete)
    runLast(this, (_tree: unknown, file: VFile) => {
      releaseFile(file)
      return emptyRoot()
    })
    const progress = settings.progress
    return progress ? () => progress.tick(fileSet.expected) : undefined
  }
}
