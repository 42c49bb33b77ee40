/**
 * The `claimlint` command: flags, exit codes, formats and positions, folders, stdin, and files that
 * cannot be linted. Runs the real binary on `test/fixtures/cli/`.
 */
import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {bin, claimlint, copyFixture, fixtures, root, snapshot} from './cli-helpers.js'

const version = (JSON.parse(fs.readFileSync(path.join(root, 'packages/claimlint/package.json'), 'utf8')) as {version: string}).version

describe('claimlint flags', () => {
  it('prints the version', () => {
    const run = claimlint(['--version'])
    expect(run).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('prints help with options and exit codes', () => {
    const run = claimlint(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: claimlint \[options\]/)
    for (const flag of ['--report', '--frail', '--quiet', '--diff', '--rc-path', 'Exit codes']) expect(run.stdout).toContain(flag)
  })

  it('rejects unknown flags and reports with exit code 2', () => {
    const flag = claimlint(['--fancy', 'clean'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain("Unknown option '--fancy'")
    const report = claimlint(['--report', 'xml', 'clean'])
    expect(report.code).toBe(2)
    expect(report.stderr).toContain('Unknown report `xml`; use one of stylish, json, sarif, github')
  })
})

describe('claimlint exit codes and reports', () => {
  it('exits 0 on a clean folder and says so', () => {
    const run = claimlint(['clean'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('clean/calm.md: no issues found')
  })

  it('exits 0 on warnings, 1 with --frail', () => {
    const plain = claimlint(['within/route.md'])
    expect(plain.code).toBe(0)
    expect(plain.stderr).toMatch(/9:20-9:43\s+warning\s+Unexpected `intramuscular infusions`/)
    const frail = claimlint(['--frail', 'within/route.md'])
    expect(frail.code).toBe(1)
  })

  it('--quiet leaves out clean files, --silent leaves out warnings', () => {
    const quiet = claimlint(['--quiet', 'clean', 'within/route.md'])
    expect(quiet.stderr).not.toContain('calm.md')
    expect(quiet.stderr).toContain('within/route.md')
    const silent = claimlint(['--silent', 'within/route.md'])
    expect(silent.code).toBe(0)
    expect(silent.stderr).toBe('')
  })

  it('--report json prints vfile-reporter-json on stdout and never the document', () => {
    const run = claimlint(['--report', 'json', 'within/route.md', 'clean'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(files.map((f) => f.path).sort()).toEqual(['clean/calm.md', 'within/route.md'])
    const message = files.find((f) => f.path === 'within/route.md')!.messages.find((m) => m.ruleId === 'claim-contradiction')!
    expect(message).toMatchObject({
      ruleId: 'claim-contradiction',
      source: 'retext-claim-contradiction',
      line: 9,
      column: 20,
      fatal: false,
      actual: 'intramuscular infusions'
    })
    expect(run.stdout).not.toContain('Some clinics offer')
  })
})

describe('claimlint formats and positions', () => {
  it('reports Markdown (after front matter), HTML and text at their own lines and columns', () => {
    const run = claimlint(['--report', 'json', 'within'])
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; actual: string}>}>
    const at = (name: string) =>
      files
        .find((f) => f.path === `within/${name}`)!
        .messages.filter((m) => m.ruleId === 'claim-contradiction')
        .map((m) => [m.line, m.column, m.actual])
    expect(at('route.md')).toEqual([[9, 20, 'intramuscular infusions']])
    expect(at('route.html')).toEqual([[5, 25, 'intramuscular infusions']])
    expect(at('route.txt')).toEqual([[5, 20, 'intramuscular infusions']])
  })

  it('lints stdin as text, or as the format of --stdin-filepath', () => {
    const text = fs.readFileSync(path.join(fixtures, 'within/route.html'), 'utf8')
    const asHtml = claimlint(['--report', 'json', '--stdin-filepath', 'page.html'], {input: text})
    const [file] = JSON.parse(asHtml.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(file!.path).toBe('page.html')
    expect(file!.messages.filter((m) => m.ruleId === 'claim-contradiction').map((m) => [m.line, m.column])).toEqual([[5, 25]])
    const plain = claimlint(['--frail'], {input: fs.readFileSync(path.join(fixtures, 'within/route.txt'), 'utf8')})
    expect(plain.code).toBe(1)
    expect(plain.stdout).toBe('')
    expect(plain.stderr).toMatch(/5:20-5:43\s+warning/)
  })
})

describe('claimlint folders', () => {
  it('searches folders recursively, skipping node_modules', () => {
    const folder = copyFixture('nested')
    fs.mkdirSync(path.join(folder, 'node_modules/pkg'), {recursive: true})
    fs.copyFileSync(path.join(fixtures, 'within/route.md'), path.join(folder, 'node_modules/pkg/readme.md'))
    const run = claimlint(['--report', 'json', '.'], {cwd: folder})
    const files = JSON.parse(run.stdout) as Array<{path: string}>
    expect(files.map((f) => f.path)).toEqual(['deep/er/route.md'])
  })

  it('follows .claimlintignore, --no-ignore and --ignore-pattern', () => {
    const run = claimlint(['--report', 'json', '.'], {cwd: path.join(fixtures, 'ignorefile')})
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((f) => f.path)).toEqual(['kept.md'])
    const all = claimlint(['--report', 'json', '--no-ignore', '.'], {cwd: path.join(fixtures, 'ignorefile')})
    expect((JSON.parse(all.stdout) as Array<{path: string}>).map((f) => f.path).sort()).toEqual(['drafts/draft.md', 'kept.md'])
    const pattern = claimlint(['--report', 'json', '--no-ignore', '--ignore-pattern', 'kept.md', '.'], {cwd: path.join(fixtures, 'ignorefile')})
    expect((JSON.parse(pattern.stdout) as Array<{path: string}>).map((f) => f.path)).toEqual(['drafts/draft.md'])
  })

  it('expands globs, and reports an ignored file given by name unless --silently-ignore', () => {
    const globbed = claimlint(['--report', 'json', 'within/*.md', 'cross/**/*.html'])
    expect((JSON.parse(globbed.stdout) as Array<{path: string}>).map((f) => f.path)).toEqual(['cross/three.html', 'within/route.md'])
    const cwd = path.join(fixtures, 'ignorefile')
    const named = claimlint(['drafts/draft.md', 'kept.md'], {cwd})
    expect(named.code).toBe(1)
    expect(named.stderr).toContain('Cannot process specified file: it’s ignored')
    const silently = claimlint(['--silently-ignore', 'drafts/draft.md', 'kept.md'], {cwd})
    expect(silently.code).toBe(0)
    expect(silently.stderr).not.toContain('draft')
  })

  it('lints examples/ from the repository root', () => {
    const run = claimlint(['--report', 'json', 'examples/'], {cwd: root})
    expect(run.stderr).toBe('')
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: unknown[]}>
    expect(files.some((f) => f.path.startsWith('examples/articles/') && f.messages.length > 0)).toBe(true)
  })
})

describe('claimlint on files it cannot lint', () => {
  it('says why for each file and still lints the rest', () => {
    const folder = copyFixture('clean')
    fs.copyFileSync(path.join(fixtures, 'within/route.md'), path.join(folder, 'route.md'))
    fs.writeFileSync(path.join(folder, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00]))
    fs.mkdirSync(path.join(folder, 'folder.md'))
    fs.symlinkSync('gone.md', path.join(folder, 'dangling.md'))
    const before = snapshot(folder)
    const run = claimlint(['--report', 'json', 'route.md', 'scan.txt', 'missing.md', 'dangling.md', 'folder.md'], {cwd: folder})
    expect(run.code).toBe(1)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId?: string}>}>
    const reasons = Object.fromEntries(files.map((f) => [f.path, f.messages.map((m) => m.reason)]))
    expect(reasons['scan.txt']).toEqual(['Cannot lint binary file: claimlint reads Markdown, HTML and plain text'])
    expect(reasons['missing.md']).toEqual(['No such file or folder'])
    expect(reasons['dangling.md']).toEqual(['No such file or folder'])
    expect(files.find((f) => f.path === 'route.md')!.messages.some((m) => m.ruleId === 'claim-contradiction')).toBe(true)
    expect(run.stderr).toBe('claimlint: no Markdown, HTML or text files to lint in `folder.md`\n')
    expect(snapshot(folder)).toEqual(before)
  })

  const root = typeof process.getuid === 'function' && process.getuid() === 0
  it('reports a file it may not read (permission denied)', () => {
    const folder = copyFixture('clean')
    fs.copyFileSync(path.join(fixtures, 'within/route.md'), path.join(folder, 'locked.md'))
    fs.chmodSync(path.join(folder, 'locked.md'), 0o000)
    // As root every file is readable: run as `nobody` then.
    const run = claimlint(['--report', 'json', '.'], root ? {cwd: folder, uid: 65534} : {cwd: folder})
    expect(run.code).toBe(1)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
    expect(files.find((f) => f.path === 'locked.md')!.messages.map((m) => m.reason)).toEqual(['Cannot read file: permission denied'])
    expect(files.find((f) => f.path === 'calm.md')!.messages).toEqual([])
  })

  it('exits 2 when there is nothing to lint', () => {
    const folder = copyFixture('clean')
    fs.mkdirSync(path.join(folder, 'empty'))
    const run = claimlint(['empty'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('claimlint: no files to lint in `empty`\n')
  })
})

describe('claimlint progress', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0
  const many = () => {
    const folder = copyFixture('clean')
    // Long enough that the run outlasts the counter's start-up delay on a fast machine too.
    const text = fs.readFileSync(path.join(fixtures, 'within/route.md'), 'utf8').repeat(40)
    for (let index = 0; index < 120; index++) fs.writeFileSync(path.join(folder, `article-${index}.md`), text)
    return folder
  }
  // `script` gives the command a terminal; stdout (the JSON report) goes to /dev/null.
  const onTerminal = (folder: string, env: Record<string, string>) =>
    spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" --report json . > /dev/null`, '/dev/null'], {cwd: folder, encoding: 'utf8', env: {PATH: process.env.PATH ?? '', ...env}}).stdout

  ;(hasScript ? it : it.skip)('counts files on an interactive terminal and erases the line; nothing under CI', () => {
    const folder = many()
    const shown = onTerminal(folder, {})
    expect(shown).toMatch(/claimlint: \d+\/121 files/)
    expect(shown.endsWith('\r\u001B[2K')).toBe(true)
    expect(onTerminal(folder, {CI: 'true'})).toBe('')
  })

  ;(hasScript ? it : it.skip)('with no paths on a terminal, explains how to call it (exit 2)', () => {
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}"; echo "exit $?"`, '/dev/null'], {cwd: fixtures, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}})
    expect(run.stdout).toContain('claimlint: no input: give files, folders or globs, or pipe text on stdin')
    expect(run.stdout).toMatch(/exit 2\s*$/)
  })

  it('never draws progress when stderr is not a terminal', () => {
    const run = claimlint(['--report', 'json', '.'], {cwd: many()})
    expect(run.stderr).toBe('')
  })
})
