/**
 * retext-claim-contradiction through the API and as a plain retext plugin.
 */
import {describe, expect, it} from '@jest/globals'
import {lint, lintCorpus} from 'claimlint'
import {ParseEnglish} from 'parse-english'
import retextClaimContradiction, {createCorpus} from 'retext-claim-contradiction'
import {unified} from 'unified'
import {VFile} from 'vfile'

const ruleMessages = (file: VFile, id: string) => file.messages.filter((m) => m.ruleId === id)

describe('claim-contradiction', () => {
  it('reports the claim that contradicts the facts, with both sides and the source', async () => {
    const file = await lint('Ketamine acts by activating NMDA receptors.\n\nKetamine blocks NMDA receptors.', {format: 'text'})
    const [message, ...rest] = ruleMessages(file, 'claim-contradiction')
    expect(rest).toEqual([])
    expect(message).toBeDefined()
    expect(message!.source).toBe('retext-claim-contradiction')
    expect(message!.actual).toBe('activating NMDA receptors')
    // Fitted to the phrase it replaces: "acts by activating …" takes the gerund.
    expect(message!.expected).toContain('blocking NMDA receptors')
    expect(message!.place).toMatchObject({start: {line: 1, column: 18}})
    expect(message!.url).toBe('https://github.com/claimlint/claimlint/blob/main/docs/rules/claim-contradiction.md')
    expect(message!.note).toMatch(/MECH-01/)
    const cause = message!.cause as {place: {start: {line: number}}; reason: string}
    expect(cause.place.start.line).toBe(3)
    expect(cause.reason).toMatch(/blocks NMDA receptors/)
  })

  it('reports the minority when no fact decides', async () => {
    const text = [
      'Trelvanine blocks dopamine D2 receptors.',
      'Trelvanine is a dopamine D2 receptor antagonist.',
      'Trelvanine activates dopamine D2 receptors.',
      'Trelvanine blocks dopamine D2 receptors at low doses too.'
    ].join('\n\n')
    const messages = ruleMessages(await lint(text), 'claim-contradiction')
    expect(messages.map((m) => m.actual)).toEqual(['activates dopamine D2 receptors'])
  })

  it('reports the later claim on a tie', async () => {
    const messages = ruleMessages(await lint('Trelvanine activates D2 receptors.\n\nTrelvanine blocks D2 receptors.'), 'claim-contradiction')
    expect(messages.map((m) => m.actual)).toEqual(['blocks D2 receptors'])
  })

  it('works as a plain retext plugin', async () => {
    const processor = unified()
      .use(function (this: any) {
        this.parser = (doc: string) => new ParseEnglish().parse(doc)
      })
      .use(retextClaimContradiction)
    const file = new VFile('Ketamine relief is instant. Trials show relief within hours of an infusion.')
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['claim-contradiction'])
  })
})

describe('claim-contradiction-across-files', () => {
  const a = {path: 'a.md', value: 'Velorazine blocks dopamine D2 receptors.'}
  const b = {path: 'b.md', value: 'Velorazine activates dopamine D2 receptors.'}

  it('is silent on each file alone', async () => {
    expect((await lint(a)).messages).toEqual([])
    expect((await lint(b)).messages).toEqual([])
  })

  it('reports when the files are linted together, naming the other file', async () => {
    const [fileA, fileB] = await lintCorpus([a, b])
    expect(fileA!.messages).toEqual([])
    const [message] = ruleMessages(fileB!, 'claim-contradiction-across-files')
    expect(message).toBeDefined()
    expect(message!.reason).toMatch(/a\.md:1:12/)
    const cause = message!.cause as {file: string; place: {start: {line: number; column: number}}}
    expect(cause.file).toBe('a.md')
    expect(cause.place.start).toMatchObject({line: 1, column: 12})
  })

  it('judges a corpus once, however often it is asked', async () => {
    const corpus = createCorpus()
    const files = await Promise.all([a, b].map((input) => lint(input, {corpus})))
    corpus.judge()
    corpus.judge()
    expect(files[1]!.messages).toHaveLength(1)
  })

  it('replaces the ledger of a file linted again (an edit), keeping one entry per file', async () => {
    const corpus = createCorpus()
    const fileA = new VFile(a)
    const fileB = new VFile(b)
    await lint(fileA, {corpus})
    await lint(fileB, {corpus})
    // b is edited to agree with a and linted again: only its new ledger counts.
    fileB.value = 'Velorazine blocks dopamine D2 receptors.'
    fileB.messages = []
    await lint(fileB, {corpus})
    expect(corpus.size).toBe(2)
    corpus.judge()
    expect([...fileA.messages, ...fileB.messages]).toEqual([])
  })
})

describe('which side is reported', () => {
  it('reports the time further from the facts when both overlap them', async () => {
    const files = await lintCorpus([
      {path: 'one.md', value: '# Ketamine notes\n\nAfter a single dose, ketamine relief lasts up to seven days.\n'},
      {path: 'two.md', value: '# Ketamine notes\n\nKetamine relief lasts for weeks to months.\n'}
    ])
    const across = files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'claim-contradiction-across-files').map((m) => [file.path, m.actual]))
    expect(across).toEqual([['two.md', 'weeks to months']])
  })
})
