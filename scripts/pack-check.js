#!/usr/bin/env node
/**
 * What a user gets from npm: pack every package (`pnpm -r pack`), install the tarballs with npm in
 * an empty temporary folder (only the npm registry is reached, for the packages' own dependencies
 * and for retext and remark-cli), then use them there as a user would: the `claimlint` CLI, the
 * `lint` API, the retext preset, and remark-cli with `remark-claimlint` named in a JSON `.remarkrc`.
 * The folder is removed afterwards, also on failure. Run from the repository root after
 * `pnpm build`; CI runs it after `pnpm test` (`.ci/run`). Exit status 1 on any failure.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-pack-'))
const tarballs = path.join(work, 'tarballs')
const app = path.join(work, 'app')
let failures = 0

function run(command, args, cwd, expectStatus = 0) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'}})
  if (result.error) throw result.error
  if (result.status !== expectStatus) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.status} (expected ${expectStatus}):\n${result.stdout}\n${result.stderr}`)
  }
  return `${result.stdout}${result.stderr}`
}

function check(name, ok, output) {
  if (ok) console.log(`ok: ${name}`)
  else {
    failures++
    console.log(`not ok: ${name}\n${output}`)
  }
}

const article = '# Ketamine\n\nKetamine blocks NMDA receptors. It works by activating NMDA receptors.\n'

try {
  fs.mkdirSync(tarballs)
  fs.mkdirSync(app)
  run('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], root)
  const packed = fs.readdirSync(tarballs).filter((name) => name.endsWith('.tgz'))
  const packages = fs.readdirSync(path.join(root, 'packages'))
  check(`one tarball per package (${packed.length} of ${packages.length})`, packed.length === packages.length, packed.join('\n'))

  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({name: 'pack-check', private: true, type: 'module'}, null, 2))
  run('npm', ['install', '--no-package-lock', ...packed.map((name) => path.join(tarballs, name)), 'retext@9', 'remark-cli@12'], app)

  fs.writeFileSync(path.join(app, 'article.md'), article)
  fs.writeFileSync(path.join(app, 'other.md'), '# Ketamine at the clinic\n\nKetamine activates NMDA receptors in this clinic leaflet.\n')

  const cli = run('npx', ['--no-install', 'claimlint', '--frail', 'article.md', 'other.md'], app, 1)
  check('claimlint CLI reports the contradiction and fails with --frail', /claim-contradiction/.test(cli), cli)

  const api = run('node', ['--input-type=module', '-e', `import {lint} from 'claimlint'\nconst file = await lint(${JSON.stringify(article)}, {format: 'markdown'})\nconsole.log(file.messages.map((m) => m.ruleId).join(' '))`], app)
  check('lint() API', /claim-contradiction/.test(api), api)

  const preset = run('node', ['--input-type=module', '-e', `import {retext} from 'retext'\nimport retextPresetClaimlint from 'retext-preset-claimlint'\nconst file = await retext().use(retextPresetClaimlint).process('Ketamine blocks NMDA receptors. It works by activating NMDA receptors.')\nconsole.log(file.messages.map((m) => m.ruleId).join(' '))`], app)
  check('retext preset', /claim-contradiction/.test(preset), preset)

  fs.writeFileSync(path.join(app, '.remarkrc.json'), JSON.stringify({plugins: ['remark-claimlint']}))
  const remark = run('npx', ['--no-install', 'remark', 'article.md', 'other.md', '--frail', '--quiet', '--no-color'], app, 1)
  check('remark-cli with remark-claimlint from a JSON .remarkrc (across files too)', /claim-contradiction\b/.test(remark) && /claim-contradiction-across-files/.test(remark), remark)
} catch (error) {
  failures++
  console.log(`not ok: ${error.message}`)
} finally {
  fs.rmSync(work, {recursive: true, force: true})
}

if (failures > 0) {
  console.log(`pack-check: ${failures} failed`)
  process.exit(1)
}
console.log('pack-check: every package packs, installs with npm and runs')
