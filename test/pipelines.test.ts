/**
 * The plugins inside other unified pipelines: plain retext, remark + remark-retext and
 * rehype + rehype-retext. Positions point into the original document.
 */
import {describe, expect, it} from '@jest/globals'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import retextPresetClaimlint from 'retext-preset-claimlint'
import {unified} from 'unified'
import {VFile} from 'vfile'

const article = 'Ketamine blocks NMDA receptors.\n\nIt lifts mood by activating NMDA receptors.\n'

describe('pipelines', () => {
  it('runs in retext', async () => {
    const file = await retext().use(retextPresetClaimlint).process(article)
    expect(file.messages.map((m) => m.ruleId)).toContain('claim-contradiction')
  })

  it('runs in remark through remark-retext', async () => {
    const markdown = `# Ketamine\n\n> A note.\n\n${article}`
    const file = new VFile(markdown)
    const processor = unified()
      .use(remarkParse)
      .use(remarkRetext, unified().use(retextEnglish).use(retextPresetClaimlint) as never)
    await processor.run(processor.parse(file), file)
    const message = file.messages.find((m) => m.ruleId === 'claim-contradiction')
    expect(message?.place).toMatchObject({start: {line: 7, column: 18}})
  })

  it('runs in rehype through rehype-retext', async () => {
    const html = `<h1>Ketamine</h1>\n<p>Ketamine blocks NMDA receptors.</p>\n<p>It lifts mood by activating NMDA receptors.</p>`
    const file = new VFile(html)
    const processor = unified()
      .use(rehypeParse, {fragment: true})
      .use(rehypeRetext, unified().use(retextEnglish).use(retextPresetClaimlint) as never)
    await processor.run(processor.parse(file), file)
    const message = file.messages.find((m) => m.ruleId === 'claim-contradiction')
    expect(message?.place).toMatchObject({start: {line: 3, column: 21}})
  })
})

describe('remark-claimlint and rehype-claimlint from code', () => {
  it('runs the README snippet: remark().use(remarkClaimlint).process(…)', async () => {
    const {remark} = await import('remark')
    const {default: remarkClaimlint} = await import('remark-claimlint')
    const file = await remark().use(remarkClaimlint).process('# Ketamine\n\nKetamine blocks NMDA receptors. It works by activating NMDA receptors.\n')
    const message = file.messages.find((m) => m.ruleId === 'claim-contradiction')
    expect(message?.place).toMatchObject({start: {line: 3, column: 45}})
    expect(String(file)).toContain('# Ketamine')
  })

  it('honours an ignore comment in Markdown and takes options as in .claimlintrc', async () => {
    const {remark} = await import('remark')
    const {default: remarkClaimlint} = await import('remark-claimlint')
    const text = '<!--claimlint ignore claim-contradiction-->\n\nKetamine blocks NMDA receptors. It works by activating NMDA receptors.\n\nThe routine is a game-changer for sleep.\n'
    const file = await remark().use(remarkClaimlint, {rules: {hype: 'error'}}).process(text)
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['hype', true]])
  })

  it('rejects an unknown rule with the CLI’s message', async () => {
    const {remark} = await import('remark')
    const {default: remarkClaimlint} = await import('remark-claimlint')
    expect(() => remark().use(remarkClaimlint, {rules: {'no-such-rule': 'warn'}}).freeze()).toThrow(/unknown rule `no-such-rule`/)
  })

  it('runs in rehype', async () => {
    const {rehype} = await import('rehype')
    const {default: rehypeClaimlint} = await import('rehype-claimlint')
    const file = await rehype().use(rehypeClaimlint).process('<p>Ketamine blocks NMDA receptors.</p>\n<!--claimlint ignore-->\n<p>It works by activating NMDA receptors.</p>\n<p>It works by activating NMDA receptors.</p>')
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['claim-contradiction', 4]])
  })
})
