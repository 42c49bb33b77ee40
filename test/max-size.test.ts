/**
 * The maximum file size and UTF-8 decoding, as users meet them: the API's `maxSize`, the CLI's
 * `--max-size`, `maxSize` in `.claimlintrc`, and a warning for bytes that are not UTF-8.
 */
import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lint} from 'claimlint'

const bin = path.resolve('packages/claimlint/bin/claimlint.js')
const article = 'Ketamine blocks NMDA receptors.\n\nIt lifts mood by activating NMDA receptors.\n'

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-size-'))
  for (const [name, value] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), value)
  return dir
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, '--report', 'json', ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, files: JSON.parse(result.stdout || '[]') as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean | null; reason: string}>}>}
}

describe('maximum file size', () => {
  it('skips a file over `maxSize` in the API with one fatal message', async () => {
    const file = await lint(article, {maxSize: 20})
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['max-size', true]])
    expect(file.messages[0]!.reason).toMatch(/over the maximum size/)
  })

  it('lints everything with `maxSize: 0`', async () => {
    const file = await lint(article, {maxSize: 0})
    expect(file.messages.map((m) => m.ruleId)).toContain('claim-contradiction')
  })

  it('takes --max-size on the command line; the other files are still linted', () => {
    const dir = folder({'long.md': article.repeat(50), 'short.md': article})
    const result = run(['--max-size', '1kb', '.'], dir)
    expect(result.code).toBe(1)
    const long = result.files.find((f) => f.path === 'long.md')!
    const short = result.files.find((f) => f.path === 'short.md')!
    expect(long.messages.map((m) => m.ruleId)).toEqual(['max-size'])
    expect(short.messages.map((m) => m.ruleId)).toContain('claim-contradiction')
  })

  it('reads `maxSize` from .claimlintrc, and the flag wins', () => {
    const dir = folder({'.claimlintrc': JSON.stringify({maxSize: 100}), 'article.md': article.repeat(5)})
    expect(run(['.'], dir).files[0]!.messages.map((m) => m.ruleId)).toEqual(['max-size'])
    expect(run(['--max-size', '0', '.'], dir).files[0]!.messages.map((m) => m.ruleId)).toContain('claim-contradiction')
  })

  it('rejects a bad size with exit 2', () => {
    const dir = folder({'a.md': article})
    const result = spawnSync(process.execPath, [bin, '--max-size', 'big', '.'], {cwd: dir, encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Invalid --max-size `big`/)
  })
})

describe('UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from('Ketamine acts within hours.\n\nIt is '), Buffer.from([0xff, 0xfe]), Buffer.from(' here. Relief is instant.\n')])

  it('warns once, at the first bad byte, through the CLI and keeps linting', () => {
    const dir = folder({'bad.txt': bytes})
    const [file] = run(['bad.txt'], dir).files
    expect(file!.messages.filter((m) => m.ruleId === 'encoding')).toHaveLength(1)
    expect(file!.messages.map((m) => m.ruleId)).toContain('claim-contradiction')
  })

  it('warns through the API when reading a path', async () => {
    const dir = folder({'bad.txt': bytes})
    const file = await lint({path: path.join(dir, 'bad.txt')})
    expect(file.messages.filter((m) => m.ruleId === 'encoding')).toHaveLength(1)
    expect(String(file.value)).toContain('\uFFFD')
  })
})
