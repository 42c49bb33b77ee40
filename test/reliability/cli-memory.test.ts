/**
 * The CLI keeps what the end of a run needs of each file (messages, claims, comment markers), not
 * its text and trees: a folder of 300 small articles is linted within a 64 MB heap (keeping every
 * tree took about 0.7 MB per article, so this ran out of memory). The 1,000 to 50,000-article
 * measurements are in the reliability benchmark (`pnpm bench --reliability`).
 */
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
// @ts-expect-error: a plain JavaScript module of the benchmark
import {writeArticles} from '../bench/articles.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'packages/claimlint/bin/claimlint.js')
let folder: string

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-memory-'))
  ;(writeArticles as (folder: string, count: number) => number)(folder, 300)
})

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

describe('CLI memory', () => {
  it('lints 300 articles within a 64 MB heap, with findings within and across articles', () => {
    const limited = spawnSync(process.execPath, ['--max-old-space-size=64', bin, '.', '--report', 'json'], {cwd: folder, encoding: 'utf8', maxBuffer: 1 << 26})
    expect(limited.stderr).not.toMatch(/heap out of memory/)
    expect(limited.status).toBe(0)
    const report = JSON.parse(limited.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(report).toHaveLength(300)
    const rules = new Set(report.flatMap((file) => file.messages.map((message) => message.ruleId)))
    // The run did every step: findings within articles and across them.
    expect(rules).toContain('claim-contradiction')
    expect(rules).toContain('claim-contradiction-across-files')
  }, 120000)
})

describe('what the CLI keeps of a linted file', () => {
  it('keeps the comment markers: `ignore` before one paragraph silences the contradiction across files there only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-markers-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), '# One\n\nKetamine blocks NMDA receptors.\n')
      const other = '# Two\n\nSome text first.\n\n<!--claimlint ignore-->\nKetamine activates NMDA receptors.\n\nA line between.\n\nKetamine activates NMDA receptors.\n'
      fs.writeFileSync(path.join(dir, 'b.md'), other)
      const run = spawnSync(process.execPath, [bin, '.', '--report', 'json'], {cwd: dir, encoding: 'utf8'})
      const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number}>}>
      const across = report.flatMap((file) => file.messages.filter((m) => m.ruleId === 'claim-contradiction-across-files').map((m) => [file.path, m.line]))
      expect(across).toEqual([['b.md', 10]])
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
