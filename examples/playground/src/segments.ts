/**
 * Cut a text into runs where the same flags apply, so overlapping flags can be drawn as nested
 * highlights without breaking the text.
 */

/** A range to highlight: a flag itself, or the other side of a contradiction. */
export interface Mark {
  flag: number
  start: number
  end: number
  role: 'flag' | 'other' | 'heading'
}

export interface Segment {
  start: number
  end: number
  marks: Mark[]
}

/** Segments covering `[0, length)` in order; each lists the marks that cover all of it. */
export function segment(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= length)
  const cuts = new Set<number>([0, length])
  for (const mark of valid) {
    cuts.add(mark.start)
    cuts.add(mark.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    if (start === end) continue
    segments.push({start, end, marks: valid.filter((mark) => mark.start <= start && mark.end >= end)})
  }
  return segments
}
