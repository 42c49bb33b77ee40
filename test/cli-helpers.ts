/**
 * Run the real `claimlint` binary, as alex and remark-lint test their CLIs: a child process on
 * fixture folders under `test/fixtures/cli/`, with a clean environment (no CI variables, no colour).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const bin = path.join(root, 'packages/claimlint/bin/claimlint.js')
export const fixtures = path.join(root, 'test/fixtures/cli')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd?: string
  input?: string
  env?: Record<string, string>
  uid?: number
}

/** Environment without CI, GitHub or colour variables, so runs behave as on a developer machine. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(CI|GITHUB_|TRAVIS|FORCE_COLOR|NO_COLOR)/.test(key)) continue
    env[key] = value
  }
  return {...env, ...extra}
}

/** Run `claimlint …args` in `cwd` (default: the fixtures folder). */
export function claimlint(args: readonly string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? fixtures,
    input: options.input ?? '',
    env: cleanEnv(options.env),
    encoding: 'utf8',
    ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid})
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Copy a fixture folder to a fresh temporary folder (for tests that add odd files). */
export function copyFixture(name: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `claimlint-cli-${name}-`))
  fs.cpSync(path.join(fixtures, name), target, {recursive: true})
  fs.chmodSync(target, 0o755)
  return target
}

/** Every file under a folder with its content, to check that nothing was written. */
export function snapshot(folder: string, base = folder): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) Object.assign(out, snapshot(file, base))
    else if (entry.isFile()) out[path.relative(base, file)] = fs.readFileSync(file, 'base64')
  }
  return out
}
