/**
 * A workaround for unified-engine's queue, whose cost grows with the square of the number of files.
 * Each file that reaches the engine's `queue` step scans every file of the run (`fileSet.valueOf()`)
 * to see whether all have arrived, calling `vfile-statistics` on each: 50,000 files cost about
 * 1.25 billion such checks (6,000 files: 16 s of checks alone). The scan only needs to find one
 * file that has not arrived yet. `fastQueue` gives the engine a `valueOf` that returns just that
 * file (the first not yet queued, failed or ignored, found by a pointer that only moves forward),
 * and every file once all have arrived, so the engine decides the same as before at constant cost
 * per file. Upstream, the queue would count the files it still waits for instead.
 */
import type {VFile} from 'vfile'
import {statistics} from 'vfile-statistics'

/** What the workaround uses of unified-engine's `FileSet`. */
export interface QueueFileSet {
  valueOf(): VFile[]
  add(...args: unknown[]): unknown
  complete: Record<string, unknown>
}

const patched = new WeakSet<object>()

/** Make the engine's "have all files arrived" scan cost O(1) per file (amortised) for `fileSet`. */
export function fastQueue(fileSet: QueueFileSet): void {
  if (patched.has(fileSet)) return
  patched.add(fileSet)
  const files = fileSet.valueOf()
  let first = 0
  const arrived = (file: VFile): boolean =>
    Boolean(file.data.unifiedEngineIgnored) || statistics(file).fatal > 0 || typeof fileSet.complete[file.history[0] ?? ''] === 'function'
  const scan = function () {
    while (first < files.length) {
      const file = files[first]!
      if (!arrived(file)) return [file]
      first++
    }
    return files
  }
  fileSet.valueOf = scan
  // `add` pushes a new file onto `valueOf()`: give it the list itself.
  const add = fileSet.add
  fileSet.add = function (this: QueueFileSet, ...args: unknown[]) {
    this.valueOf = () => files
    try {
      return add.apply(this, args)
    } finally {
      this.valueOf = scan
    }
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-engine on files its ignore files exclude. */
    unifiedEngineIgnored: boolean
  }
}
