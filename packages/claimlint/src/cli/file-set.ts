/**
 * What happens once per run, after every file is read: unified-engine hands each plugin its
 * `FileSet`, and the completer registered here runs after the last file. It judges the corpus
 * (contradictions across articles), passes the new messages through message control, then (with
 * `--diff`) drops messages on lines the change did not touch.
 */
import unifiedDiff from 'unified-diff'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Corpus} from 'retext-claim-contradiction'
import {controlLate} from '../control.js'
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
      if (diff) await diff(undefined, file)
    }
    return undefined
  }

  return function claimlintRun(this: Processor<any, any, any, any, any>, _options?: unknown, fileSet?: FileSetLike) {
    if (!fileSet) return undefined
    fileSet.use(complete)
    const progress = settings.progress
    return progress ? () => progress.tick(fileSet.expected) : undefined
  }
}
