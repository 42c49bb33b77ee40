/**
 * The workaround for unified-engine's queue (`src/cli/queue.ts`): while files are still on their way
 * the engine's scan sees one of them (so it waits, as before) instead of every file; once all have
 * arrived it sees them all; files added meanwhile are kept.
 */
import {describe, expect, it} from '@jest/globals'
import {VFile} from 'vfile'
import {fastQueue, type QueueFileSet} from '../../packages/claimlint/src/cli/queue.js'

function fileSet(count: number) {
  const files = Array.from({length: count}, (_, index) => new VFile({path: `f${index}.md`}))
  const set = {
    files,
    complete: {} as Record<string, unknown>,
    valueOf() {
      return this.files
    },
    add(file: VFile) {
      this.valueOf().push(file)
      return this
    }
  }
  return set
}

describe('fastQueue', () => {
  it('shows the engine one file that has not arrived, skipping arrived, failed and ignored ones, then all', () => {
    const set = fileSet(5)
    fastQueue(set as unknown as QueueFileSet)
    const arrive = (index: number) => (set.complete[set.files[index]!.history[0]!] = () => {})
    expect(set.valueOf()).toEqual([set.files[0]])
    arrive(0)
    set.files[1]!.message('Cannot read file').fatal = true
    set.files[2]!.data.unifiedEngineIgnored = true
    expect(set.valueOf()).toEqual([set.files[3]])
    arrive(4)
    expect(set.valueOf()).toEqual([set.files[3]])
    arrive(3)
    expect(set.valueOf()).toBe(set.files)
  })

  it('keeps files added while others are on their way', () => {
    const set = fileSet(2)
    fastQueue(set as unknown as QueueFileSet)
    set.add(new VFile({path: 'late.md'}))
    expect(set.files.map((file) => file.path)).toEqual(['f0.md', 'f1.md', 'late.md'])
  })
})
