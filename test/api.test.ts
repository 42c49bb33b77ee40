/**
 * The `claimlint` API: inputs (text, VFile, path), format inference, options, corpus and claims.
 */
import {describe, expect, it} from '@jest/globals'
import * as claimlint from 'claimlint'
import {claims, lint, lintCorpus, lintSync} from 'claimlint'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {readPack} from '@claimlint/core'
import {VFile} from 'vfile'

const contradiction = 'Ketamine is an NMDA receptor antagonist.\n\nKetamine activates NMDA receptors.\n'
const ruleIds = (file: VFile) => file.messages.map((m) => m.ruleId)

async function tempFile(name: string, value: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimlint-api-'))
  const file = path.join(dir, name)
  await fs.writeFile(file, value)
  return file
}

describe('api', () => {
  it('keeps its exported names', () => {
    for (const name of ['lint', 'lintSync', 'lintCorpus', 'claims', 'toClaimReport', 'createProcessor']) {
      expect(typeof (claimlint as Record<string, unknown>)[name]).toBe('function')
    }
  })

  it('lints text (a string is always text) and returns a VFile with the contradiction', async () => {
    const file = await lint(contradiction)
    expect(file).toBeInstanceOf(VFile)
    expect(ruleIds(file)).toContain('claim-contradiction')
    const message = file.messages.find((m) => m.ruleId === 'claim-contradiction')!
    expect(message.actual).toBe('activates NMDA receptors')
    expect(message.expected!.length).toBeGreaterThan(0)
    expect(message.url).toMatch(/^https:\/\//)
    expect((message.cause as {place: {start: {line: number}}}).place.start.line).toBe(1)
  })

  it('lintSync gives the same messages as lint', async () => {
    expect(lintSync(contradiction).messages.map(String)).toEqual((await lint(contradiction)).messages.map(String))
  })

  it('lints a VFile in place and infers Markdown from its path', async () => {
    const input = new VFile({path: 'article.md', value: '# Ketamine\n\n```\nKetamine activates NMDA receptors.\n```\n\n' + contradiction})
    const file = await lint(input)
    expect(file).toBe(input)
    // The fenced code is not prose: only the contradiction in the paragraphs is reported, at line 7.
    const messages = file.messages.filter((m) => m.ruleId === 'claim-contradiction')
    expect(messages.map((m) => m.place && 'start' in m.place ? m.place.start.line : 0)).toEqual([9])
  })

  it('lets options.format override the extension', async () => {
    const html = '<p>Ketamine is an NMDA receptor antagonist.</p><p>Ketamine <em>activates</em> NMDA receptors.</p>'
    const asHtml = await lint({path: 'page.txt', value: html}, {format: 'html'})
    expect(asHtml.data.claimlintSource?.format).toBe('html')
    expect(ruleIds(asHtml)).toContain('claim-contradiction')
  })

  it('reads a path given as VFile options without value, or as a file URL, with the format from the extension', async () => {
    const where = await tempFile('page.html', '<article><p>Ketamine is an NMDA receptor antagonist.</p><p>Ketamine activates NMDA receptors.</p></article>')
    const byPath = await lint({path: where})
    expect(byPath.data.claimlintSource?.format).toBe('html')
    expect(ruleIds(byPath)).toContain('claim-contradiction')
    const byUrl = lintSync(pathToFileURL(where))
    expect(byUrl.messages.map(String)).toEqual(byPath.messages.map(String))
  })

  it('takes rules as in the config file (turning a rule off)', async () => {
    const file = await lint(contradiction, {rules: {'claim-contradiction': false}})
    expect(ruleIds(file)).not.toContain('claim-contradiction')
    await expect(lint(contradiction, {rules: {'no-such-rule': 'warn'}})).rejects.toThrow(/unknown rule/)
  })

  it('takes severities: "error" makes the messages fatal', async () => {
    const file = await lint(contradiction, {rules: {'claim-contradiction': 'error'}})
    expect(file.messages.find((m) => m.ruleId === 'claim-contradiction')?.fatal).toBe(true)
  })

  it('takes extra packs, whose facts then decide', async () => {
    const pack = readPack(
      [
        'pack: test-formulary',
        'description: A drug the built-in packs do not know.',
        'entities:',
        '  - {id: velorazine, label: velorazine, kind: drug, aliases: [velorazine]}',
        'facts:',
        '  - id: TF-01',
        '    subject: velorazine',
        '    property: receptor-action',
        '    target: dopamine-d2',
        '    value: antagonist',
        '    status: established',
        '    statement: Velorazine blocks dopamine D2 receptors.',
        '    expected: [blocks dopamine D2 receptors]',
        '    source: test formulary',
        ''
      ].join('\n'),
      'test-formulary.yml'
    )
    const text = 'Velorazine activates dopamine D2 receptors.'
    expect((await lint(text)).messages).toEqual([])
    const file = await lint(text, {packs: [pack]})
    expect(file.messages.map((m) => [m.ruleId, m.expected])).toEqual([['claim-fact', ['blocks dopamine D2 receptors']]])
  })

  it('lintCorpus reports contradictions across articles, pointing at the other file', async () => {
    const files = await lintCorpus([
      // A drug no pack knows: no fact decides, so the articles are judged against each other.
      {path: 'a.md', value: 'Velorazine blocks dopamine D2 receptors.\n'},
      {path: 'b.md', value: 'Velorazine activates dopamine D2 receptors.\n'}
    ])
    expect(files).toHaveLength(2)
    const across = files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'claim-contradiction-across-files'))
    expect(across.length).toBeGreaterThan(0)
    expect(across.every((m) => ['a.md', 'b.md'].includes(String((m.cause as {file?: string}).file)))).toBe(true)
  })

  it('claims returns the ledger with offsets into the input', async () => {
    const text = 'Ketamine may be an NMDA receptor antagonist.\n\nKetamine definitely activates NMDA receptors.\n'
    const report = await claims(text)
    expect(report.topic).toBe('ketamine')
    for (const sentence of report.sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      for (const claim of sentence.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text)
    }
    const [first, second] = report.sentences.filter((s) => s.claims.length > 0)
    expect(first!.certainty).toBe('hedged')
    expect(second!.certainty).toBe('boosted')
    expect(first!.claims[0]).toMatchObject({subject: 'ketamine', property: 'receptor-action', polarity: 'affirmed'})
  })
})
