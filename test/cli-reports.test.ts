/**
 * Machine reports: SARIF 2.1.0 (checked against the OASIS schema shipped in
 * @microsoft/jest-sarif), related locations for the other side of a contradiction, stable
 * fingerprints; GitHub workflow annotations; the cross-article case; `--diff` in CI.
 */
import {describe, expect, it} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Log, Result} from 'sarif'
import {claimlint, copyFixture, fixtures, root} from './cli-helpers.js'

/** The SARIF schema is draft-04, which the ajv bundled with @microsoft/jest-sarif reads. */
function sarifValidator(): (data: unknown) => string[] {
  const require = createRequire(path.join(root, 'packages/claimlint/node_modules/@microsoft/jest-sarif/lib/index.js'))
  const Ajv = require('ajv') as new (options: object) => {addMetaSchema(s: object): void; compile(s: object): ((d: unknown) => boolean) & {errors?: Array<{dataPath: string; message: string}>}}
  const ajv = new Ajv({schemaId: 'auto', validateSchema: false, allErrors: true})
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object)
  const validate = ajv.compile(require('./schemas/sarif-2.1.0-rtm.5.json') as object)
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`))
}

function sarif(args: string[], cwd = fixtures): {code: number | null; log: Log} {
  const run = claimlint(['--report', 'sarif', ...args], {cwd})
  expect(run.stderr).toBe('')
  return {code: run.code, log: JSON.parse(run.stdout) as Log}
}

describe('--report sarif', () => {
  const validate = sarifValidator()

  it('is valid SARIF 2.1.0 with tool and rule metadata', () => {
    const {code, log} = sarif(['within', 'cross', 'inline'])
    expect(code).toBe(0)
    expect(validate(log)).toEqual([])
    expect(log.version).toBe('2.1.0')
    const driver = log.runs[0]!.tool.driver
    expect(driver.name).toBe('claimlint')
    const rule = driver.rules!.find((r) => r.id === 'claim-contradiction')!
    expect(rule.helpUri).toMatch(/^https:\/\/.+claim-contradiction\.md$/)
    expect(rule.shortDescription!.text.length).toBeGreaterThan(0)
    for (const result of log.runs[0]!.results!) expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId)
  })

  it('places results in Markdown and HTML and carries the other side as a related location', () => {
    const {log} = sarif(['within/route.md', 'within/route.html'])
    const results = log.runs[0]!.results!.filter((r) => r.ruleId === 'claim-contradiction')
    const where = (r: Result) => {
      const location = r.locations![0]!.physicalLocation!
      const related = r.relatedLocations![0]!.physicalLocation!
      return [location.artifactLocation!.uri, location.region!.startLine, location.region!.startColumn, location.region!.endColumn, related.artifactLocation!.uri, related.region!.startLine]
    }
    expect(results.map(where).sort()).toEqual([
      ['within/route.html', 5, 25, 48, 'within/route.html', 4],
      ['within/route.md', 9, 20, 43, 'within/route.md', 7]
    ])
    expect(results[0]!.level).toBe('warning')
    expect(results[0]!.message.text).toContain('([the other side](1))')
  })

  it('names the other article across files, as a message and as a related location', () => {
    const {log} = sarif(['cross'])
    const [result] = log.runs[0]!.results!.filter((r) => r.ruleId === 'claim-contradiction-across-files')
    expect(result!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('cross/one.md')
    // Files are judged in path order, so the other side is always the first disagreeing article.
    expect(result!.message.text).toContain('cross/three.html:6:13')
    const related = result!.relatedLocations![0]!
    expect(related.physicalLocation!.artifactLocation!.uri).toBe('cross/three.html')
    expect(related.physicalLocation!.region).toMatchObject({startLine: 6, startColumn: 13, endColumn: 44})
  })

  it('keeps fingerprints when lines move, and tells identical findings apart', () => {
    const folder = copyFixture('within')
    const first = sarif(['route.md'], folder).log.runs[0]!.results!
    const file = path.join(folder, 'route.md')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# Treatment day\n', '# Treatment day\n\nA new opening paragraph.\n'))
    const second = sarif(['route.md'], folder).log.runs[0]!.results!
    expect(second[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(first[0]!.locations![0]!.physicalLocation!.region!.startLine + 2)
    expect(second.map((r) => r.partialFingerprints)).toEqual(first.map((r) => r.partialFingerprints))
    const all = Object.values(first).flatMap((r) => Object.values(r.partialFingerprints!))
    expect(new Set(all).size).toBe(all.length)
  })

  it('lists files it could not read as tool notifications', () => {
    const {code, log} = sarif(['within/route.md', 'missing.md'])
    expect(code).toBe(1)
    expect(validate(log)).toEqual([])
    const invocation = log.runs[0]!.invocations![0]!
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications![0]!.message.text).toBe('No such file or folder')
  })
})

describe('--report json', () => {
  it('adds the other side of a contradiction, which vfile-reporter-json leaves out', () => {
    const run = claimlint(['--report', 'json', 'cross'])
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; cause?: unknown}>}>
    const message = files.find((f) => f.path === 'cross/one.md')!.messages.find((m) => m.ruleId === 'claim-contradiction-across-files')!
    expect(message.cause).toMatchObject({file: 'cross/three.html', line: 6, column: 13, reason: 'The other side: `activates dopamine D2 receptors`'})
  })
})

describe('--report github', () => {
  it('prints one workflow command per message with file, line and column', () => {
    const run = claimlint(['--report', 'github', 'within/route.md', 'cross'])
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    const route = lines.find((l) => l.includes('file=within/route.md') && l.includes('claim-contradiction::'))!
    expect(route).toMatch(/^::warning file=within\/route\.md,line=9,col=20,endLine=9,endColumn=43,title=retext-claim-contradiction%3Aclaim-contradiction::Unexpected `intramuscular infusions`/)
    expect(route).toContain('%0AOther side: within/route.md:7:25')
    const across = lines.find((l) => l.includes('claim-contradiction-across-files'))!
    expect(across).toMatch(/^::warning file=cross\/one\.md,line=3,col=10,/)
    expect(across).toContain('%0AOther side: cross/three.html:6:13')
    for (const line of lines) expect(line).toMatch(/^::(warning|error|notice) file=[^,:]+(,[a-zA-Z]+=[^,:]*)*::[^\n\r]*$/)
  })

  it('marks errors as ::error and unreadable files without a line', () => {
    const run = claimlint(['--report', 'github', 'config-error/route.md', 'missing.md'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=config-error\/route\.md,line=9,col=20,/m)
    expect(run.stdout).toContain('::error file=missing.md::No such file or folder\n')
  })
})

describe('--diff', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=claimlint tests', '-c', 'user.email=tests@claimlint.invalid', ...args], {cwd, encoding: 'utf8'}).trim()

  it('keeps only messages on lines changed by the commit under GitHub Actions', () => {
    const folder = copyFixture('within')
    git(folder, 'init', '-q')
    git(folder, 'add', '.')
    git(folder, 'commit', '-qm', 'articles')
    fs.appendFileSync(path.join(folder, 'route.md'), '\nA newer leaflet also names intramuscular infusions.\n')
    git(folder, 'commit', '-qam', 'more')
    const sha = git(folder, 'rev-parse', 'HEAD')
    const lines = (args: string[], env: Record<string, string> = {}) => {
      const run = claimlint(['--report', 'json', ...args, 'route.md'], {cwd: folder, env})
      return (JSON.parse(run.stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>)[0]!.messages
        .filter((m) => m.ruleId === 'claim-contradiction')
        .map((m) => m.line)
    }
    expect(lines([])).toEqual([9, 11])
    expect(lines(['--diff'], {GITHUB_SHA: sha})).toEqual([11])
    // Outside CI, --diff changes nothing.
    expect(lines(['--diff'])).toEqual([9, 11])
  })
})

describe('--diff without the history it needs', () => {
  it('stops with exit code 2 and says what is missing', () => {
    const folder = copyFixture('within')
    execFileSync('git', ['init', '-q'], {cwd: folder})
    const run = claimlint(['--diff', 'route.md'], {cwd: folder, env: {GITHUB_SHA: '0000000000000000000000000000000000000000'}})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^claimlint: --diff cannot read the change from git \(fatal: .*\); check out the commits it compares/)
  })
})
