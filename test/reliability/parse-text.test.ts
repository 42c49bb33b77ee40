/**
 * The linear plain-text parser builds the tree `retext-english` builds for the whole document.
 */
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {parseText} from '../../packages/claimlint/src/parse-text.js'
import {sharedData} from './corpus.js'

const english = unified().use(retextEnglish)
const whole = (text: string): string => JSON.stringify(english.parse(text))
const linear = (text: string): string => JSON.stringify(parseText(text))
/** Compare as JSON (deep equality on trees this large is slow); show the first difference. */
const same = (text: string): void => {
  const a = linear(text)
  const b = whole(text)
  if (a === b) return
  let at = 0
  while (a[at] === b[at]) at++
  expect(a.slice(Math.max(0, at - 200), at + 100)).toBe(b.slice(Math.max(0, at - 200), at + 100))
}

const pieces = [
  'Ketamine', 'The', 'It', 'drug', 'acts', 'within hours', 'a', 'B', 'e.g.', 'Dr.', 'Mr. Smith', '1.5', '10 mg',
  '.', '!', '?', '…', ',', ';', ':', '"', '(', ')', '’', '-', '&', '/', '![img](x)', '😀', '\u00a0', '\u200b', 'שלום',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \t\n', '.\n\nThe', 'a.\n\nThe', 'x!\n\nWe', '.\n\nthe', '.\n\n1'
]

describe('parseText', () => {
  test('matches retext-english on generated text long enough to be cut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 3000, maxLength: 6000}), (parts) => {
        const text = parts.join(' ').replace(/ {2,}/g, ' ')
        same(text)
      }),
      {numRuns: 12, seed: 7}
    )
  })

  test('matches retext-english on short and odd text', () => {
    for (const text of ['', ' ', '\n\n', 'Ketamine.', '\u0000\uFFFD', 'a'.repeat(10_000), 'Hi.\n\n'.repeat(3000)]) {
      same(text)
    }
  })

  const data = sharedData()
  ;(data ? test : test.skip)('matches retext-english on real press releases (../shared/data)', () => {
    const docs = data!.documents
    // A sample of blocks of 15 documents (about 10,000 words each).
    for (let index = 0; index < docs.length; index += 60) {
      const text = docs.slice(index, index + 15).join('\n\n')
      same(text)
    }
  })
  if (!data) console.warn('parse-text.test: ../shared/data is absent, so the check on real press releases is skipped')
})
