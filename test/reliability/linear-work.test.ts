/**
 * Linting costs work linear in the length of a document in every format, whatever the length of
 * its blocks: hyphenated prose (a merge every few words) once cost Markdown time quadratic in a
 * block's length, because the parser's merge steps spliced their array once per merge and
 * Markdown was parsed as one sentence of every token. Nothing is timed: the test counts the
 * elements every array splice, slice, shift and unshift moves (or copies) during a lint of a document and of
 * one four times as long, and the work may grow at most six times (a quadratic cost grows sixteen).
 */
import {afterEach, beforeEach, describe, expect, test} from '@jest/globals'
import {lintSync} from 'claimlint'

type Format = 'text' | 'markdown' | 'html'

const sentences = [
  'The long-term follow-up of well-known low-dose ketamine trials was double-blind and placebo-controlled.',
  'Self-reported mood in treatment-resistant depression improved in a dose-dependent way.',
  'Short-acting and fast-onset effects were seen in day-to-day life.',
  'A one-year open-label study of at-home use is well-designed and peer-reviewed.'
]

/** `count` sentences, in paragraphs of `perBlock` (one block when `perBlock` is `count`). */
function prose(count: number, perBlock: number): string[] {
  const blocks: string[] = []
  for (let index = 0; index < count; index += perBlock) {
    const block: string[] = []
    for (let inner = index; inner < Math.min(count, index + perBlock); inner++) block.push(sentences[inner % sentences.length]!)
    blocks.push(block.join(' '))
  }
  return blocks
}

function documentOf(blocks: string[], format: Format): string {
  if (format === 'html') return `<!doctype html><html><body>\n${blocks.map((block) => `<p>${block}</p>`).join('\n')}\n</body></html>\n`
  return blocks.join('\n\n') + '\n'
}

let work = 0
const original = {
  splice: Array.prototype.splice,
  slice: Array.prototype.slice,
  shift: Array.prototype.shift,
  unshift: Array.prototype.unshift
}

beforeEach(() => {
  /* eslint-disable no-extend-native */
  Array.prototype.splice = function (this: unknown[], ...args: never[]) {
    // The elements after the spliced ones move, and the inserted ones are written.
    const start = Number(args[0] ?? 0)
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length)
    work += this.length - from + Math.max(0, args.length - 2)
    return original.splice.apply(this, args)
  } as typeof Array.prototype.splice
  Array.prototype.slice = function (this: unknown[], ...args: never[]) {
    const result = original.slice.apply(this, args)
    work += result.length
    return result
  } as typeof Array.prototype.slice
  Array.prototype.shift = function (this: unknown[]) {
    work += this.length
    return original.shift.apply(this)
  } as typeof Array.prototype.shift
  Array.prototype.unshift = function (this: unknown[], ...args: never[]) {
    work += this.length + args.length
    return original.unshift.apply(this, args)
  } as typeof Array.prototype.unshift
})

afterEach(() => {
  Object.assign(Array.prototype, original)
})

/** Elements moved by array operations during one lint of `doc`. */
function workOf(doc: string, format: Format): number {
  work = 0
  lintSync(doc, {format, maxSize: 0})
  return work
}

describe('work grows linearly with the document', () => {
  for (const format of ['markdown', 'html', 'text'] as const) {
    test(`${format}: hyphenated prose in one long paragraph`, () => {
      const small = workOf(documentOf(prose(150, 150), format), format)
      const large = workOf(documentOf(prose(600, 600), format), format)
      expect(large / small).toBeLessThan(6)
    })

    test(`${format}: hyphenated prose in many paragraphs`, () => {
      const small = workOf(documentOf(prose(400, 4), format), format)
      const large = workOf(documentOf(prose(1600, 4), format), format)
      expect(large / small).toBeLessThan(6)
    })
  }
})
