/**
 * Positions in Markdown and HTML are exact in the original file: for random documents with claims
 * planted in them, every message's place slices the file to text whose words, markup removed, are
 * the words of the message's `actual`. The documents put the claims in paragraphs, headings, nested
 * lists and blockquotes, with inline markup, character references, trailing spaces, tabs, CRLF
 * and hard breaks between and inside sentences (a line ending with a space once shifted every
 * column of the next line).
 */
import {describe, expect, test} from '@jest/globals'
import fc from 'fast-check'
import {lintSync} from 'claimlint'

/** Sentences that trip the rules (written for this test). */
const claims = [
  'Ketamine is a miracle cure.',
  'It is a breakthrough.',
  'Ketamine blocks NMDA receptors.',
  'It works by activating NMDA receptors.',
  'Relief is immediate.',
  'The effects last for months.',
  'This revolutionary treatment always works.',
  'Esketamine is a guaranteed cure for depression.'
]
const filler = ['Patients were followed for a year.', 'The clinic opened in spring.', 'Doctors discussed the results.']

/** Between words of a sentence: spaces, a tab, line endings with trailing or leading spaces, a hard break. */
const markdownSpace = fc.constantFrom(' ', ' ', ' ', '\t', ' \n', '\n ', '  \n', '\r\n', ' \r\n ', '\\\n')
const htmlSpace = fc.constantFrom(' ', ' ', ' ', '\t', ' \n', '\n ', '<br>', '\r\n', ' \r\n ', '&#32;')

/** A word wrapped in inline markup, or left alone. */
const markdownWrap = fc.constantFrom((w: string) => w, (w: string) => w, (w: string) => w, (w: string) => `*${w}*`, (w: string) => `**${w}**`, (w: string) => `_${w}_`, (w: string) => `[${w}](https://example.org/a)`)
const htmlWrap = fc.constantFrom((w: string) => w, (w: string) => w, (w: string) => w, (w: string) => `<em>${w}</em>`, (w: string) => `<b>${w}</b>`, (w: string) => `<a href="https://example.org/a">${w}</a>`)

function sentence(space: fc.Arbitrary<string>, wrap: fc.Arbitrary<(word: string) => string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...claims, ...claims, ...filler), fc.array(fc.tuple(space, wrap), {minLength: 12, maxLength: 12}))
    .map(([text, decorations]) => {
      const words = text.split(' ')
      return words.map((word, index) => (index === 0 ? '' : decorations[index]![0]) + decorations[index]![1](word)).join('')
    })
}

const paragraphText = (space: fc.Arbitrary<string>, wrap: fc.Arbitrary<(word: string) => string>) =>
  fc.array(fc.tuple(sentence(space, wrap), space), {minLength: 1, maxLength: 4}).map((parts) => parts.map(([s, gap], index) => (index ? gap : '') + s).join(''))

const markdownParagraph = paragraphText(markdownSpace, markdownWrap)

/** A Markdown block: paragraph, heading, list (nested), blockquote, with `&amp;` between sentences. */
const markdownBlock = fc.oneof(
  markdownParagraph,
  markdownParagraph.map((text) => `## ${text.replace(/\s*\\?\r?\n\s*/g, ' ')}`),
  fc.array(markdownParagraph, {minLength: 1, maxLength: 3}).map((items) => items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`).join('\n')),
  fc.tuple(markdownParagraph, markdownParagraph).map(([outer, inner]) => `1. ${outer.replace(/\n/g, '\n   ')}\n   - ${inner.replace(/\n/g, '\n     ')}`),
  markdownParagraph.map((text) => `> ${text.replace(/\n/g, '\n> ')}`),
  fc.tuple(markdownParagraph, markdownParagraph).map(([a, b]) => `${a} &amp; ${b}`)
)
const markdownDoc = fc.tuple(fc.array(markdownBlock, {minLength: 1, maxLength: 6}), fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n\n\n')).map(([blocks, gap]) => blocks.join(gap) + '\n')

const htmlParagraph = paragraphText(htmlSpace, htmlWrap)
const htmlBlock = fc.oneof(
  htmlParagraph.map((text) => `<p>${text}</p>`),
  htmlParagraph.map((text) => `<h2>${text}</h2>`),
  fc.array(htmlParagraph, {minLength: 1, maxLength: 3}).map((items) => `<ul>\n${items.map((item) => `  <li>${item}</li>`).join('\n')}\n</ul>`),
  htmlParagraph.map((text) => `<blockquote>\n  <p>${text}</p>\n</blockquote>`),
  fc.tuple(htmlParagraph, htmlParagraph).map(([a, b]) => `<p>${a} &amp; ${b}</p>`),
  htmlParagraph.map((text) => `<div>${text}</div>`)
)
const htmlDoc = fc.tuple(fc.array(htmlBlock, {minLength: 1, maxLength: 6}), fc.constantFrom('\n', '\r\n', '\n\n')).map(([blocks, gap]) => `<!doctype html>\n<html><body>\n${blocks.join(gap)}\n</body></html>\n`)

/** The words of a stretch of Markdown or HTML with its markup removed. */
function wordsOf(text: string): string[] {
  const bare = text
    .replace(/<[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, ' ')
  return bare.match(/[\p{L}\p{N}]+/gu) ?? []
}

function check(doc: string, format: 'markdown' | 'html'): void {
  const file = lintSync(doc, {format})
  for (const message of file.messages) {
    if (message.fatal || typeof message.actual !== 'string' || !message.place || !('start' in message.place)) continue
    const {start, end} = message.place
    expect(typeof start.offset).toBe('number')
    const slice = doc.slice(start.offset, end.offset)
    expect({ruleId: message.ruleId, words: wordsOf(slice)}).toEqual({ruleId: message.ruleId, words: wordsOf(message.actual)})
    // Line and column agree with the offset.
    const before = doc.slice(0, start.offset).split(/\r\n|\r|\n/)
    expect([start.line, start.column]).toEqual([before.length, before[before.length - 1]!.length + 1])
  }
}

describe('positions in Markdown and HTML', () => {
  test('a line ending with a space does not shift the next line', () => {
    const file = lintSync('Ketamine is a miracle cure. \n It is a breakthrough.\n', {format: 'markdown'})
    const places = file.messages.map((message) => [message.actual, message.line, message.column])
    expect(places).toContainEqual(['a breakthrough', 2, 8])
  })

  test('a character reference does not shift what follows it', () => {
    const file = lintSync('<p>Ketamine &amp; esketamine are a miracle cure. \n It is a breakthrough.</p>\n', {format: 'html'})
    const places = file.messages.map((message) => [message.actual, message.line, message.column])
    expect(places).toContainEqual(['a breakthrough', 2, 8])
  })

  test('random Markdown: every place slices the file to the words of `actual`', () => {
    let messages = 0
    fc.assert(
      fc.property(markdownDoc, (doc) => {
        check(doc, 'markdown')
        messages += lintSync(doc, {format: 'markdown'}).messages.length
      }),
      {numRuns: 150}
    )
    // The documents really trip the rules.
    expect(messages).toBeGreaterThan(150)
  })

  test('random HTML: every place slices the file to the words of `actual`', () => {
    let messages = 0
    fc.assert(
      fc.property(htmlDoc, (doc) => {
        check(doc, 'html')
        messages += lintSync(doc, {format: 'html'}).messages.length
      }),
      {numRuns: 150}
    )
    expect(messages).toBeGreaterThan(150)
  })
})
