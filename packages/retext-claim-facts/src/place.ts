/**
 * Line and column of an offset into a file's text. Lines end at line feeds (`\n`); the start of
 * every line is found once per text and an offset is placed by binary search, so placing every
 * message of a large file costs no more than reading it once.
 */
import type {VFile} from 'vfile'

export interface Point {
  line: number
  column: number
  offset: number
}

declare module 'vfile' {
  interface DataMap {
    /**
     * The line starts of the file's text, kept on the file (not in a map keyed by it) so that a
     * program holding many linted files can drop them with the file's other data.
     */
    claimFactsLines: {value: string; starts: number[]}
  }
}

function startsOf(file: VFile, value: string): number[] {
  const cached = file.data.claimFactsLines
  if (cached && cached.value === value) return cached.starts
  const starts = [0]
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) starts.push(index + 1)
  file.data.claimFactsLines = {value, starts}
  return starts
}

/** The point of `offset` in `value` (the file's text); an offset past the end keeps the end's line and column. */
export function pointAt(file: VFile, value: string, offset: number): Point {
  const starts = startsOf(file, value)
  const at = Math.max(0, Math.min(offset, value.length))
  // The last line start at or before `at` (a line feed at `at` itself still belongs to the line).
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= at) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: at - starts[low]! + 1, offset}
}
