/**
 * Inline comments through the CLI: `<!--claimlint ignore-->`, `ignore rule-id`, `disable`/`enable`
 * in Markdown and HTML; unknown rule ids and verbs are reported; control also applies to
 * contradictions across files, which are added after every file is read.
 */
import {describe, expect, it} from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {claimlint, copyFixture, fixtures} from './cli-helpers.js'

interface JsonMessage {
  ruleId?: string
  source?: string
  line: number
  column: number
  reason: string
}

function messages(args: string[], cwd = fixtures): JsonMessage[] {
  const run = claimlint(['--report', 'json', ...args], {cwd})
  return (JSON.parse(run.stdout) as Array<{messages: JsonMessage[]}>).flatMap((f) => f.messages)
}

const pick = (list: JsonMessage[], ruleIds: string[]) => list.filter((m) => ruleIds.includes(m.ruleId ?? '')).map((m) => [m.line, m.ruleId])

describe('inline comments', () => {
  it('Markdown: ignore, ignore rule-id, disable…enable; unknown ids and verbs are reported', () => {
    const list = messages(['inline/markers.md'])
    // Line 7 (ignore claim-contradiction), 11 (disabled) and 19 (ignore all) are silenced; 15 is back on.
    expect(pick(list, ['claim-contradiction', 'unknown-rule', 'unknown-comment'])).toEqual([
      [15, 'claim-contradiction'],
      [21, 'unknown-rule'],
      [23, 'unknown-comment']
    ])
    expect(list.find((m) => m.ruleId === 'unknown-rule')!.reason).toBe('Unknown rule `claim-contradicton` in a `claimlint` comment')
    expect(list.every((m) => m.line !== 19)).toBe(true)
  })

  it('HTML comments work the same, across the whitespace between elements', () => {
    const list = messages(['inline/markers.html'])
    expect(pick(list, ['claim-contradiction', 'unknown-rule'])).toEqual([
      [10, 'claim-contradiction'],
      [11, 'unknown-rule']
    ])
  })

  it('comments silence contradictions across files too', () => {
    const folder = copyFixture('cross')
    const before = messages(['.'], folder).filter((m) => m.ruleId === 'claim-contradiction-across-files')
    expect(before.length).toBeGreaterThan(0)
    for (const name of ['one.md', 'two.md']) {
      const file = path.join(folder, name)
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(# .*\n)/, '$1\n<!--claimlint disable claim-contradiction-across-files-->\n'))
    }
    fs.writeFileSync(path.join(folder, 'three.html'), fs.readFileSync(path.join(folder, 'three.html'), 'utf8').replace('<body>', '<body><!--claimlint disable-->'))
    expect(messages(['.'], folder).filter((m) => m.ruleId === 'claim-contradiction-across-files')).toEqual([])
  })
})

describe('inline comments through the API', () => {
  it('lint() applies them after every rule, lintCorpus() also to messages across files', async () => {
    const {lint, lintCorpus} = await import('claimlint')
    const markdown = fs.readFileSync(path.join(fixtures, 'inline/markers.md'), 'utf8')
    const file = await lint({path: 'markers.md', value: markdown})
    const within = file.messages.filter((m) => ['claim-contradiction', 'unknown-rule', 'unknown-comment'].includes(m.ruleId ?? ''))
    expect(within.map((m) => [m.line, m.ruleId])).toEqual([
      [15, 'claim-contradiction'],
      [21, 'unknown-rule'],
      [23, 'unknown-comment']
    ])
    const read = (name: string) => ({path: name, value: fs.readFileSync(path.join(fixtures, 'cross', name), 'utf8')})
    const across = (files: Array<{messages: Array<{ruleId?: string | undefined}>}>) =>
      files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'claim-contradiction-across-files')
    expect(across(await lintCorpus([read('one.md'), read('two.md')]))).toHaveLength(1)
    const silenced = {path: 'one.md', value: read('one.md').value.replace('Dravinol blocks', '<!--claimlint ignore-->\nDravinol blocks')}
    expect(across(await lintCorpus([silenced, {path: 'two.md', value: '<!--claimlint disable-->\n\n' + read('two.md').value}]))).toEqual([])
  })

  it('the `ignore` option drops messages about a phrase', async () => {
    const {lint} = await import('claimlint')
    const value = fs.readFileSync(path.join(fixtures, 'within/route.md'), 'utf8')
    const all = await lint({path: 'route.md', value})
    expect(all.messages.some((m) => m.actual === 'intramuscular infusions')).toBe(true)
    const some = await lint({path: 'route.md', value}, {ignore: ['INTRAMUSCULAR infusions']})
    expect(some.messages.some((m) => m.actual === 'intramuscular infusions')).toBe(false)
  })
})
