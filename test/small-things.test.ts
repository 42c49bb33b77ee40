/**
 * Small things users met: the CLI help names the extensions docs/cli.md names; stylish lines are not
 * padded to hundreds of columns; the README's ignore-comment example is flagged without its
 * comment; "miracle cure" is one message; the playground's dev server prints its URL.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {extensions, lint} from 'claimlint'
import {claimlint, root} from './cli-helpers.js'

describe('small things', () => {
  it('lists in --help the extensions docs/cli.md lists, which are those the CLI searches', () => {
    const help = claimlint(['--help']).stdout
    const docs = fs.readFileSync(path.join(root, 'docs/cli.md'), 'utf8')
    const documented = /Folders are searched recursively for ([\s\S]*?) files/.exec(docs)![1]!.match(/\.[a-z]+/g)!
    const listed = /searched for ([\s\S]*?)\nfiles/.exec(help)![1]!.match(/\.[a-z]+/g)!
    expect(listed).toEqual([...extensions])
    expect(documented).toEqual([...extensions])
  })

  it('does not pad stylish lines to the longest reason', () => {
    const folder = path.join(root, 'examples/articles')
    const run = claimlint([folder, '--no-color'])
    const lines = run.stderr.split('\n')
    expect(lines.some((line) => /claim-contradiction/.test(line))).toBe(true)
    for (const line of lines) {
      expect(line).toBe(line.trimEnd())
      // Columns after the label are separated by two spaces, never by a run of padding.
      expect(line.replace(/^\s*\S+\s+(error|warning|info)\s+/, '')).not.toMatch(/ {3,}/)
    }
  })

  it('shows in the README an ignore comment on a sentence that is flagged without it', async () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const example = /Inline comments switch rules off[\s\S]*?```markdown\n([\s\S]*?)```/.exec(readme)![1]!
    const rule = /<!--claimlint ignore (\S+)-->/.exec(example)![1]!
    expect((await lint(example, {format: 'markdown'})).messages).toEqual([])
    const bare = example.replace(/<!--claimlint[^>]*-->\n*/, '')
    expect((await lint(bare, {format: 'markdown'})).messages.map((m) => m.ruleId)).toEqual([rule])
  })

  it('gives one message for hype words side by side ("miracle cure"), and keeps separate ones apart', async () => {
    const one = await lint('Our sleep routine is a miracle cure for restless nights.')
    expect(one.messages.map((m) => [m.ruleId, m.actual])).toEqual([['hype', 'a miracle cure']])
    expect(one.messages[0]!.expected?.[0]).toBe('a treatment with measured benefits')
    const two = await lint('The routine is a miracle, and a breakthrough for night staff.')
    expect(two.messages.filter((m) => m.ruleId === 'hype')).toHaveLength(2)
  })

  it('prints the URL when the playground dev server starts', async () => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'examples/playground', '--port', '0', '--strictPort', 'false'], {cwd: root, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = ''
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${text}`)), 45000)
        const take = (chunk: Buffer) => {
          text += chunk
          if (/http:\/\/localhost:\d+\//.test(text)) {
            clearTimeout(timer)
            resolve(text)
          }
        }
        child.stdout.on('data', take)
        child.stderr.on('data', take)
      })
      expect(output).toMatch(/Local:\s+http:\/\/localhost:\d+\//)
    } finally {
      child.kill()
    }
  }, 60000)
})
