/**
 * Hostile input through the API and the CLI: empty, blank, binary, NUL, invalid UTF-8, CRLF and
 * CR, right-to-left and zero-width characters, emoji, a multi-megabyte single sentence, thousands
 * of nested blockquotes and list markers, a 20,000-row table, claim-dense files. Every file gets an
 * answer (exit 0 or 1, messages or a clear reason it was not linted), never a stack trace, and
 * time grows linearly: 10× the claim-dense text takes at most 15× the time (measured in a child
 * process, so jest's own work does not disturb it).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lint} from 'claimlint'
import {VFile} from 'vfile'
import {decodeText} from '../packages/claimlint/src/limits.js'
import {denseClaims, hostileInputs} from './reliability/hostile-inputs.js'

const root = process.cwd()
const cli = path.join(root, 'packages/claimlint/bin/claimlint.js')
const hasCli = fs.existsSync(cli)
const stackTrace = /^\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+)$/m
const inputs = hostileInputs()
const formatOf = (name: string) => (name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text') as 'markdown' | 'html' | 'text'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-hostile-'))
  for (const input of inputs) fs.writeFileSync(path.join(dir, input.name), input.bytes)
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('hostile input through the API', () => {
  for (const input of inputs) {
    test(`${input.name}: ${input.about}`, async () => {
      const file = new VFile({path: input.name})
      file.value = decodeText(input.bytes, file)
      const result = await lint(file, {format: formatOf(input.name)})
      const value = String(result.value)
      for (const message of result.messages) {
        expect(typeof message.reason).toBe('string')
        expect(message.reason.length).toBeGreaterThan(0)
        const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(value.length)
      }
      if (input.name === 'invalid-utf8.txt') expect(result.messages.some((m) => m.ruleId === 'encoding')).toBe(true)
      if (input.name === 'dense.md' || input.name === 'crlf.md' || input.name === 'cr.txt') expect(result.messages.length).toBeGreaterThan(0)
      if (input.name === 'blockquotes.md' || input.name === 'list-markers.md' || input.name === 'deep-list.md') {
        const refused = result.messages.find((m) => m.ruleId === 'unreadable')
        expect(refused?.fatal).toBe(true)
        expect(refused?.reason).toMatch(/^File not linted: /)
      }
    })
  }

  test('line ends: messages on CRLF and CR files name the right lines', async () => {
    const lf = await lint(denseClaims(8), {format: 'text'})
    const crlf = await lint(denseClaims(8).replace(/\n/g, '\r\n'), {format: 'text'})
    const cr = await lint(denseClaims(8).replace(/\n/g, '\r'), {format: 'text'})
    const lines = (file: VFile) => file.messages.map((m) => [m.ruleId, m.line, m.column])
    expect(lines(crlf)).toEqual(lines(lf))
    expect(lines(cr)).toEqual(lines(lf))
  })
})

;(hasCli ? describe : describe.skip)('hostile input through the CLI', () => {
  test('every file gets an answer, exit 0 or 1, no stack trace, inputs untouched', () => {
    const before = new Map(inputs.map((input) => [input.name, fs.readFileSync(path.join(dir, input.name))]))
    const run = spawnSync(process.execPath, [cli, '--report', 'json', '--no-config', dir], {encoding: 'utf8', maxBuffer: 1 << 28, timeout: 240_000})
    expect(run.error).toBeUndefined()
    expect([0, 1]).toContain(run.status)
    expect(run.stderr).not.toMatch(stackTrace)
    expect(run.stdout).not.toMatch(stackTrace)
    const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{reason: string; fatal: boolean | null}>}>
    // No file is silently dropped.
    for (const input of inputs) expect(report.map((entry) => path.basename(entry.path))).toContain(input.name)
    const binary = report.find((entry) => entry.path.endsWith('binary.txt'))!
    expect(binary.messages.some((m) => m.fatal && /binary/i.test(m.reason))).toBe(true)
    for (const input of inputs) expect(fs.readFileSync(path.join(dir, input.name)).equals(before.get(input.name)!)).toBe(true)
  })

  test('10× the claim-dense text takes at most 15× the time (CLI)', () => {
    fs.writeFileSync(path.join(dir, 'x1.md'), denseClaims(100))
    fs.writeFileSync(path.join(dir, 'x10.md'), denseClaims(1000))
    const time = (name: string): number => {
      const times: number[] = []
      for (let round = 0; round < 3; round++) {
        const start = performance.now()
        const run = spawnSync(process.execPath, [cli, '--no-config', path.join(dir, name)], {encoding: 'utf8', timeout: 120_000})
        times.push(performance.now() - start)
        expect([0, 1]).toContain(run.status)
        expect(run.stderr).not.toMatch(stackTrace)
      }
      return times.sort((a, b) => a - b)[1]!
    }
    const one = time('x1.md')
    const ten = time('x10.md')
    expect(ten / one).toBeLessThanOrEqual(15)
  })
})

describe('linear time (API, child process)', () => {
  test('10× the claim-dense text takes at most 15× the time', () => {
    fs.writeFileSync(path.join(dir, 'api-x1.md'), denseClaims(100))
    fs.writeFileSync(path.join(dir, 'api-x10.md'), denseClaims(1000))
    const run = spawnSync(process.execPath, [path.join(root, 'test/reliability/time-lint.mjs'), path.join(dir, 'api-x1.md'), path.join(dir, 'api-x10.md')], {encoding: 'utf8', timeout: 180_000})
    expect(run.stderr).not.toMatch(stackTrace)
    const {ms, messages} = JSON.parse(run.stdout.trim().split('\n').pop()!) as {ms: number[]; messages: number[]}
    expect(messages[0]!).toBeGreaterThan(0)
    expect(ms[1]! / ms[0]!).toBeLessThanOrEqual(15)
  })
})
