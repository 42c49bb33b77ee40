/**
 * `claimlint` configuration: `.claimlintrc*` files and the `claimlint` field of `package.json`
 * (rules, severities, packs, ignored phrases), and clear errors for bad configuration (exit 2).
 */
import {describe, expect, it} from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {claimlint, copyFixture, fixtures} from './cli-helpers.js'

interface JsonFile {
  path: string
  messages: Array<{ruleId?: string; fatal?: boolean; reason: string}>
}

function lintJson(folder: string, args: string[] = []): {code: number | null; files: JsonFile[]; stderr: string} {
  const run = claimlint(['--report', 'json', ...args, '.'], {cwd: path.join(fixtures, folder)})
  return {code: run.code, files: JSON.parse(run.stdout || '[]') as JsonFile[], stderr: run.stderr}
}

const contradictions = (file: JsonFile | undefined) => (file?.messages ?? []).filter((m) => m.ruleId?.startsWith('claim-contradiction'))

describe('configuration files', () => {
  it('.claimlintrc.json can make a rule an error: exit 1 without --frail', () => {
    const {code, files} = lintJson('config-error')
    expect(code).toBe(1)
    expect(contradictions(files[0]).map((m) => m.fatal)).toEqual([true])
  })

  it('.claimlintrc.yml can turn a rule off', () => {
    const {code, files} = lintJson('config-off')
    expect(code).toBe(0)
    expect(contradictions(files[0]).filter((m) => m.ruleId === 'claim-contradiction')).toEqual([])
  })

  it('the `claimlint` field of package.json configures the folder', () => {
    const {code, files} = lintJson('config-package')
    expect(code).toBe(1)
    const across = files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'claim-contradiction-across-files')
    expect(across.map((m) => m.fatal)).toEqual([true])
  })

  it('`ignore` drops messages about the listed phrases (any case and spacing)', () => {
    const {files} = lintJson('config-ignore')
    expect(contradictions(files[0])).toEqual([])
  })

  it('--no-config and --rc-path choose the configuration', () => {
    expect(contradictions(lintJson('config-off', ['--no-config']).files[0])).toHaveLength(1)
    const other = lintJson('config-off', ['--rc-path', '../config-error/.claimlintrc.json'])
    expect(other.code).toBe(1)
  })

  it('reads user rule packs relative to the configuration file', () => {
    const {code, stderr, files} = lintJson('config-pack')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(contradictions(files[0]).length).toBeGreaterThan(0)
  })
})

describe('bad configuration', () => {
  const cases: Array<[string, string]> = [
    ['config-bad-rule', 'claimlint: bad configuration: .claimlintrc.json: unknown rule `claim-contradictions` in `rules`; known rules: claim-contradiction, '],
    ['config-bad-field', 'claimlint: bad configuration: .claimlintrc.json: rule `claim-contradiction` has an invalid setting "loud"; use false, "warn", "error" or ["warn", {…options}]'],
    ['config-bad-yaml', 'claimlint: bad configuration: .claimlintrc.yml: Flow sequence in block collection must be sufficiently indented'],
    ['config-bad-pack', 'claimlint: bad configuration: .claimlintrc.json: `packs[0]`: Invalid rule pack `packs/broken.yml`\n  packs/broken.yml:3:9: `entities[0].id` is `Not An Id`']
  ]
  it.each(cases)('%s: names the file and the problem once, exit 2, no report', (folder, expected) => {
    const run = claimlint(['.'], {cwd: path.join(fixtures, folder)})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith(expected)).toBe(true)
    expect(run.stderr.match(/bad configuration/g)).toHaveLength(1)
  })

  it('names unknown fields, missing pack files and a missing --rc-path', () => {
    const folder = copyFixture('clean')
    fs.writeFileSync(path.join(folder, '.claimlintrc'), '{"rule": {}}')
    expect(claimlint(['.'], {cwd: folder}).stderr).toBe(
      'claimlint: bad configuration: .claimlintrc: unknown field `rule`; expected `rules`, `packs`, `ignore`, `maxSize`\n'
    )
    fs.writeFileSync(path.join(folder, '.claimlintrc'), '{"packs": ["nowhere.yml"]}')
    expect(claimlint(['.'], {cwd: folder}).stderr).toBe(
      'claimlint: bad configuration: .claimlintrc: `packs[0]`: Cannot read rule pack `nowhere.yml`: no such file\n'
    )
    const missing = claimlint(['--rc-path', 'nope.json', '.'], {cwd: folder})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('claimlint: bad configuration: nope.json: No such file or folder\n')
  })

  it('a .claimlintrc.js default export is checked the same way', () => {
    const folder = copyFixture('clean')
    fs.writeFileSync(path.join(folder, '.claimlintrc.js'), 'export default {rules: {"claim-contradiction": ["warn", "loud"]}}\n')
    fs.writeFileSync(path.join(folder, 'package.json'), '{"type": "module"}\n')
    const run = claimlint(['.'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('claimlint: bad configuration: .claimlintrc.js: rule `claim-contradiction`: options must be an object, not "loud"\n')
  })
})
