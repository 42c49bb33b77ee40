/**
 * Property tests: arbitrary Unicode text, Markdown and HTML through `lint`. Whatever comes in,
 * lint answers without throwing; every message's place lies inside the file and covers the words
 * it names (`actual`); the same input gives the same messages in the same order; and nothing is
 * reported inside code, front matter or URLs. Generated documents mix random text with claim-dense
 * sentences so that rules really fire.
 */
import fc from 'fast-check'
import {lint} from 'claimlint'
import type {VFile} from 'vfile'

type Format = 'text' | 'markdown' | 'html'

/** Sentences that trip the rules (written for this test). */
const claims = [
  'Ketamine is an NMDA receptor agonist.',
  'Ketamine blocks NMDA receptors.',
  'Ketamine works within minutes.',
  'Its antidepressant effect takes weeks to appear.',
  'Intramuscular ketamine infusions are offered here.',
  'This breakthrough treatment is a guaranteed cure.',
  'Esketamine enhances memory and improves cognition.',
  'Ketamine causes cognitive impairment.',
  'The effects last for months.',
  'Relief is immediate.',
  'It always works, for everyone.',
  'Ketamine may reduce suicidal thoughts within hours.'
]

/** Claim words that must never be reported where code, front matter or URLs put them. */
const forbiddenText = ['Ketamine is an NMDA agonist and a guaranteed miracle cure that works instantly.', 'ketamine-activates-nmda-guaranteed-cure', 'breakthrough']

const noise = fc.string({unit: 'binary', maxLength: 24})
const glue = fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u200b', '\u200f', '\u202e', '\u00a0', '😀', '👩🏽‍⚕️', 'שלום ', 'مرحبا ', '…', '"', '“', '”', '(', ')')
const piece = fc.oneof({weight: 3, arbitrary: fc.constantFrom(...claims)}, {weight: 2, arbitrary: noise}, {weight: 2, arbitrary: glue})

const textDoc = fc.array(piece, {maxLength: 40}).map((parts) => ({value: parts.join(''), forbidden: [] as Array<[number, number]>}))

/** A document built part by part, remembering where the parts that must stay quiet are. */
function builder() {
  let value = ''
  const forbidden: Array<[number, number]> = []
  return {
    add(text: string) {
      value += text
    },
    quiet(before: string, text: string, after: string) {
      value += before
      forbidden.push([value.length, value.length + text.length])
      value += text + after
    },
    done: () => ({value, forbidden})
  }
}

const markdownBlock = fc.oneof(
  fc.tuple(fc.constantFrom('', '# ', '## ', '> ', '- ', '1. ', '* ', '>> ', '- > '), fc.array(piece, {maxLength: 6})).map(([prefix, parts]) => ({kind: 'prose' as const, text: prefix + parts.join('').replace(/[\r\n]+/g, ' ')})),
  fc.constantFrom(...forbiddenText).map((text) => ({kind: 'fence' as const, text})),
  fc.constantFrom(...forbiddenText).map((text) => ({kind: 'code' as const, text: text.replace(/`/g, '')})),
  fc.constantFrom(...forbiddenText).map((text) => ({kind: 'url' as const, text: text.replace(/[\s()<>]/g, '-')})),
  fc.constantFrom(...claims).map((text) => ({kind: 'table' as const, text}))
)

const markdownDoc = fc.tuple(fc.boolean(), fc.array(markdownBlock, {maxLength: 14})).map(([matter, blocks]) => {
  const doc = builder()
  if (matter) doc.quiet('---\ntitle: ', forbiddenText[0]!, '\n---\n\n')
  for (const block of blocks) {
    if (block.kind === 'prose') doc.add(block.text)
    else if (block.kind === 'fence') doc.quiet('```\n', block.text, '\n```')
    else if (block.kind === 'code') doc.quiet('Use `', block.text, '` here.')
    else if (block.kind === 'url') {
      doc.quiet('See [the source](https://example.com/', block.text, ') and https://example.org/')
      doc.quiet('', block.text, ' for more.')
    }
    else doc.add(`| a | b |\n| - | - |\n| ${block.text} | x |`)
    doc.add('\n\n')
  }
  return doc.done()
})

const htmlBlock = fc.oneof(
  fc.array(piece, {maxLength: 6}).map((parts) => ({kind: 'prose' as const, text: parts.join('').replace(/[<>&]/g, ' ')})),
  fc.constantFrom(...forbiddenText).map((text) => ({kind: 'pre' as const, text})),
  fc.constantFrom(...forbiddenText).map((text) => ({kind: 'script' as const, text})),
  fc.constantFrom(...forbiddenText).map((text) => ({kind: 'href' as const, text: text.replace(/[\s"]/g, '-')}))
)

const htmlDoc = fc.array(htmlBlock, {maxLength: 12}).map((blocks) => {
  const doc = builder()
  doc.add('<!doctype html><html><head><title>Article</title></head><body>')
  for (const block of blocks) {
    if (block.kind === 'prose') doc.add(`<p>${block.text}</p>`)
    else if (block.kind === 'pre') doc.quiet('<pre><code>', block.text, '</code></pre>')
    else if (block.kind === 'script') doc.quiet('<script>var s = "', block.text, '"</script>')
    else doc.quiet('<p><a href="https://example.com/', block.text, '">source</a></p>')
  }
  doc.add('</body></html>')
  return doc.done()
})

/** Letters and digits only, lower case: how `actual` and the text under a place are compared. */
const wordsOf = (text: string): string => text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()

function summary(file: VFile) {
  return file.messages.map((m) => [m.ruleId, m.source, m.reason, m.actual, m.line, m.column, m.place])
}

async function check(format: Format, value: string, forbidden: ReadonlyArray<[number, number]>): Promise<void> {
  const file = await lint(value, {format})
  for (const message of file.messages) {
    const place = message.place
    if (!place) continue
    const position = 'start' in place ? place : {start: place, end: place}
    const start = position.start.offset
    const end = position.end.offset
    expect(typeof start).toBe('number')
    expect(typeof end).toBe('number')
    expect(start!).toBeGreaterThanOrEqual(0)
    expect(end!).toBeGreaterThanOrEqual(start!)
    expect(end!).toBeLessThanOrEqual(value.length)
    expect(position.start.line).toBeGreaterThanOrEqual(1)
    if (typeof message.actual === 'string' && message.actual.length > 0) {
      expect(wordsOf(value.slice(start, end))).toBe(wordsOf(message.actual))
    }
    for (const [from, to] of forbidden) {
      const overlaps = start! < to && from < end!
      if (overlaps) throw new Error(`${message.ruleId} reported inside code, front matter or a URL: ${JSON.stringify(value.slice(from, to))}`)
    }
  }
  const again = await lint(value, {format})
  expect(summary(again)).toEqual(summary(file))
}

describe('fuzz: lint never throws, places are exact, results are deterministic', () => {
  test('arbitrary Unicode text', async () => {
    await fc.assert(fc.asyncProperty(textDoc, ({value, forbidden}) => check('text', value, forbidden)), {numRuns: 80})
  })

  test('arbitrary Markdown with code, front matter, tables and URLs', async () => {
    await fc.assert(fc.asyncProperty(markdownDoc, ({value, forbidden}) => check('markdown', value, forbidden)), {numRuns: 80})
  })

  test('arbitrary HTML with pre, script and links', async () => {
    await fc.assert(fc.asyncProperty(htmlDoc, ({value, forbidden}) => check('html', value, forbidden)), {numRuns: 60})
  })

  test('fully random strings in every format', async () => {
    const formats: Format[] = ['text', 'markdown', 'html']
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'binary', maxLength: 400}), fc.constantFrom(...formats), (value, format) => check(format, value, [])),
      {numRuns: 120}
    )
  })
})
