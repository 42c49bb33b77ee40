/**
 * Folder walking under faults: symbolic-link cycles, second paths to one file, FIFOs among the
 * articles and as configuration or pack, unreadable files and folders (each a message for that path
 * only). Every case used to hang, abort the run or lint a file twice. Runs are bounded by a timeout,
 * so a hang fails the test instead of stalling the suite.
 */
import {describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {bin, copyFixture, fixtures} from '../cli-helpers.js'

const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0
const root = typeof process.getuid === 'function' && process.getuid() === 0

interface Reported {
  path: string
  messages: Array<{reason: string; ruleId?: string; fatal?: boolean}>
}

function run(args: string[], cwd: string, uid?: number) {
  const result = spawnSync(process.execPath, [bin, '--report', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30000,
    input: '',
    ...(uid === undefined ? {} : {uid, gid: uid})
  })
  const files = result.stdout.trim() ? (JSON.parse(result.stdout) as Reported[]) : []
  return {code: result.status, signal: result.signal, stderr: result.stderr, files, paths: files.map((f) => f.path).sort()}
}

function withArticles(): string {
  const folder = copyFixture('clean')
  fs.copyFileSync(path.join(fixtures, 'within/route.md'), path.join(folder, 'route.md'))
  return folder
}

describe('folder walking', () => {
  it('lints each real file once through symbolic-link cycles (two links to `.`, one to `..`)', () => {
    const folder = withArticles()
    fs.mkdirSync(path.join(folder, 'sub'))
    fs.writeFileSync(path.join(folder, 'sub/note.md'), '# A note\n\nNothing to see.\n')
    fs.symlinkSync('.', path.join(folder, 'here'))
    fs.symlinkSync('.', path.join(folder, 'again'))
    fs.symlinkSync('..', path.join(folder, 'sub/up'))
    fs.symlinkSync('route.md', path.join(folder, 'same.md'))
    const result = run(['.'], folder)
    expect(result.signal).toBeNull()
    expect(result.paths).toEqual(['calm.md', 'route.md', 'sub/note.md'])
    expect(result.stderr).toMatch(/skipped `here`: a link to `\.`/)
    expect(result.stderr).toMatch(/skipped `same\.md`: the same file as `route\.md`/)
  })

  it('lints a file given twice once', () => {
    const folder = withArticles()
    const result = run(['route.md', 'route.md', './route.md'], folder)
    expect(result.paths).toEqual(['route.md'])
    expect(result.files[0]!.messages.some((m) => m.ruleId === 'claim-contradiction')).toBe(true)
  })

  ;(canFifo ? it : it.skip)('skips a FIFO named like an article, in a folder and given by name, with a message', () => {
    const folder = withArticles()
    spawnSync('mkfifo', [path.join(folder, 'pipe.md')])
    const inFolder = run(['.'], folder)
    expect(inFolder.signal).toBeNull()
    expect(inFolder.paths).toEqual(['calm.md', 'route.md'])
    expect(inFolder.stderr).toMatch(/skipped `pipe\.md`: a FIFO \(named pipe\), not a regular file/)
    const given = run(['pipe.md', 'calm.md'], folder)
    expect(given.signal).toBeNull()
    expect(given.paths).toEqual(['calm.md'])
    expect(given.stderr).toMatch(/skipped `pipe\.md`/)
  })

  ;(canFifo ? it : it.skip)('refuses a FIFO as configuration file, --rc-path or rule pack with a message', () => {
    const folder = withArticles()
    spawnSync('mkfifo', [path.join(folder, '.claimlintrc')])
    const found = run(['.'], folder)
    expect(found.signal).toBeNull()
    expect(found.code).toBe(2)
    expect(found.stderr).toMatch(/cannot read configuration `\.claimlintrc`: a FIFO/)
    fs.rmSync(path.join(folder, '.claimlintrc'))
    spawnSync('mkfifo', [path.join(folder, 'settings.json')])
    const flag = run(['--rc-path', 'settings.json', '.'], folder)
    expect(flag.signal).toBeNull()
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/cannot read configuration `settings\.json`: a FIFO/)
    spawnSync('mkfifo', [path.join(folder, 'ours.yml')])
    fs.writeFileSync(path.join(folder, '.claimlintrc'), JSON.stringify({packs: ['./ours.yml']}))
    const pack = run(['.'], folder)
    expect(pack.signal).toBeNull()
    expect(pack.code).toBe(2)
    expect(pack.stderr).toMatch(/Cannot read rule pack `.*ours\.yml`: not a regular file/)
  })

  it('reports an unreadable folder for that folder only and lints the rest', () => {
    const folder = withArticles()
    fs.mkdirSync(path.join(folder, 'locked'))
    fs.writeFileSync(path.join(folder, 'locked/hidden.md'), '# Hidden\n\nText.\n')
    fs.chmodSync(path.join(folder, 'locked'), 0o000)
    try {
      // As root every folder is readable: run as `nobody` then.
      const result = run(['.'], folder, root ? 65534 : undefined)
      expect(result.signal).toBeNull()
      expect(result.paths).toEqual(['calm.md', 'locked', 'route.md'])
      expect(result.files.find((f) => f.path === 'locked')!.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/Cannot read folder/)])
      expect(result.files.find((f) => f.path === 'route.md')!.messages.length).toBeGreaterThan(0)
    } finally {
      fs.chmodSync(path.join(folder, 'locked'), 0o755)
    }
  })
})
