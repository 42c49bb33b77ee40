/**
 * Small faults, each once fatal or misleading: a UTF-8 byte order mark shifting positions, UTF-16
 * files called binary, lone-CR files slipping past the nesting guard, a stylish report of 150,000
 * messages overflowing the stack, a pack key named like an `Object.prototype` member, API inputs
 * and options of the wrong kind, and `lintCorpus` naming another other side when the inputs come
 * in another order.
 */
import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {PackError, readPack} from '@claimlint/core'
import {lint, lintCorpus, lintSync} from 'claimlint'
import {VFile} from 'vfile'
import {decodeText, overNested} from '../../packages/claimlint/src/limits.js'
import {claimlint} from '../cli-helpers.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const article = '# Ketamine\n\nKetamine blocks NMDA receptors.\n\nThis miracle drug activates NMDA receptors.\n'

describe('encodings', () => {
  it('a UTF-8 byte order mark does not shift `actual` or the reason', async () => {
    const plain = await lint(new VFile({path: 'a.md', value: Buffer.from(article)}))
    const marked = await lint(new VFile({path: 'a.md', value: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)])}))
    const shape = (file: VFile) => file.messages.map((m) => [m.ruleId, m.actual, m.reason, m.line, m.column])
    expect(shape(marked)).toEqual(shape(plain))
    expect(shape(plain).length).toBeGreaterThan(0)
  })

  it('decodes UTF-16 with a byte order mark (both byte orders) instead of calling it binary', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')])
    const big = Buffer.from(little)
    big.swap16()
    expect(decodeText(little)).toBe(article)
    expect(decodeText(big)).toBe(article)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-utf16-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), little)
      const run = claimlint(['--report', 'json', 'a.md'], {cwd: dir})
      const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId?: string; reason: string}>}>
      expect(file!.messages.map((m) => m.reason).join('\n')).not.toMatch(/binary/)
      expect(file!.messages.some((m) => m.ruleId === 'claim-contradiction')).toBe(true)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('the nesting guard', () => {
  it('counts lines ended by a lone CR, as by LF and CRLF', () => {
    const deep = `${'> '.repeat(200)}text`
    for (const end of ['\n', '\r\n', '\r']) {
      const doc = ['# Title', '', 'Some prose.', deep].join(end)
      expect(overNested(doc)).toEqual({line: 4, prefix: 400})
    }
    // A lone-CR file of shallow lines is never taken as one deep line.
    expect(overNested(`${'> a\r'.repeat(300)}`)).toBeUndefined()
  })

  it('refuses a deeply nested lone-CR Markdown file with a message', () => {
    const doc = `# Title\r\r${'> '.repeat(3000)}deep\r`
    const file = lintSync(new VFile({path: 'deep.md', value: doc}))
    expect(file.messages.map((m) => m.ruleId)).toContain('unreadable')
  })
})

describe('the stylish report', () => {
  it('reports a file with more messages than one call can spread, without overflowing the stack', () => {
    // vfile-reporter overflowed at about 150,000 messages on the default stack; a small stack
    // (a child process with --stack-size=100) shows the same with 20,000 and keeps the test quick.
    const script = [
      `import {VFile} from 'vfile'`,
      `import {reporters} from ${JSON.stringify(pathToFileURL(path.join(root, 'packages/claimlint/lib/cli/report/index.js')).href)}`,
      `const file = new VFile({path: 'huge.md'})`,
      `for (let i = 0; i < 20000; i++) file.message('Unexpected word', {place: {line: i + 1, column: 1}, ruleId: 'hype', source: 'retext-overstatement'}).fatal = false`,
      `const report = reporters.stylish([file], {cwd: '.', version: '0'})`,
      `console.log(JSON.stringify({lines: report.split('\\n').filter((line) => line.includes('Unexpected word')).length, total: /20000 warnings/.test(report)}))`
    ].join('\n')
    const run = spawnSync(process.execPath, ['--stack-size=100', '--input-type=module', '-e', script], {cwd: path.join(root, 'packages/claimlint'), encoding: 'utf8'})
    expect(run.stderr).not.toMatch(/Maximum call stack/)
    expect(JSON.parse(run.stdout)).toEqual({lines: 20000, total: true})
  })
})

describe('packs', () => {
  it('a key named like an Object.prototype member is an unknown key with its line', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      try {
        readPack(`pack: ours\n${key}: 1\n`, 'ours.yml')
        throw new Error('expected a PackError')
      } catch (error) {
        expect(error).toBeInstanceOf(PackError)
        expect((error as PackError).problems[0]).toMatchObject({file: 'ours.yml', line: 2, reason: expect.stringMatching(new RegExp(`unknown key \`${key}\``))})
      }
    }
  })
})

describe('API inputs and options', () => {
  it('says what it takes for inputs of the wrong kind', async () => {
    await expect(lint(null as never)).rejects.toThrow(/claimlint: cannot lint null; give the text \(a string\), a VFile/)
    await expect(lint(42 as never)).rejects.toThrow(/claimlint: cannot lint 42; give the text/)
    expect(() => lintSync({} as never)).toThrow(/cannot lint an object/)
    await expect(lintCorpus('text' as never)).rejects.toThrow(/`lintCorpus` takes a list of inputs/)
  })

  it('names the option and what it takes for options of the wrong kind', async () => {
    await expect(lint('Text.', {format: 'pdf' as never})).rejects.toThrow(/option `format` must be "markdown", "html" or "text", not "pdf"/)
    await expect(lint('Text.', {ignore: 'x' as never})).rejects.toThrow(/option `ignore` must be a list of phrases \(strings\), not "x"/)
  })

  it('lintCorpus names the same other side whatever the order of its inputs', async () => {
    const texts = ['Ketamine blocks NMDA receptors.', 'Ketamine activates NMDA receptors.', 'Ketamine is an NMDA receptor antagonist.', 'Ketamine acts as an NMDA receptor agonist.']
    const sides = async (order: number[]) => {
      const files = await lintCorpus(order.map((index) => texts[index]!))
      const out: Record<string, string[]> = {}
      files.forEach((file, at) => {
        out[texts[order[at]!]!] = file.messages.filter((m) => m.ruleId === 'claim-contradiction-across-files').map((m) => `${m.actual} <- ${(m.cause as {reason?: string} | undefined)?.reason}`)
      })
      return out
    }
    const forward = await sides([0, 1, 2, 3])
    expect(Object.values(forward).flat().length).toBeGreaterThan(0)
    expect(await sides([3, 2, 1, 0])).toEqual(forward)
    expect(await sides([1, 3, 0, 2])).toEqual(forward)
  })
})
