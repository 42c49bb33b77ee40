/**
 * `remark-claimlint` and `rehype-claimlint` under the real remark-cli and rehype-cli binaries, named
 * in a JSON `.remarkrc.json` and a YAML `.rehyperc.yml` (fixtures in `test/fixtures/remark-cli/` and
 * `rehype-cli/`): contradictions across the files of one run, ignore comments, `--frail`.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {root} from './cli-helpers.js'

const fixtures = path.join(root, 'test/fixtures')

function run(tool: 'remark' | 'rehype', args: readonly string[], input?: string) {
  const result = spawnSync(path.join(root, 'node_modules/.bin', tool), [...args, '--no-color'], {
    cwd: fixtures,
    encoding: 'utf8',
    input,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  })
  return {code: result.status, stderr: result.stderr, stdout: result.stdout}
}

describe('remark-cli with remark-claimlint from a JSON .remarkrc', () => {
  const result = run('remark', ['remark-cli', '--frail'])

  it('reports the contradiction across the two articles, naming the other file', () => {
    expect(result.stderr).toMatch(/south\.md\n\s*3:10-3:45\s+warning\s+Unexpected `activates serotonin 5-HT3 receptors`.*on remark-cli\/north\.md:3:10.*claim-contradiction-across-files/)
  })

  it('honours the ignore comment and the options (hype as an error)', () => {
    expect(result.stderr).not.toMatch(/miracle/)
    expect(result.stderr).toMatch(/7:21-7:35\s+error\s+Unexpected hype `game-changer`/)
  })

  it('fails with --frail', () => {
    expect(result.code).toBe(1)
  })

  it('flags the ignored sentence when it has no comment (the comment is what silences it)', () => {
    const bare = run('remark', ['--no-config', '--use', 'remark-claimlint', '--quiet'], 'Our new sleep routine is a miracle cure for restless nights.\n')
    expect(bare.stderr).toMatch(/hype/)
  })

  it('reports the example articles, including across files, with the plugin named on the command line', () => {
    const examples = run('remark', [path.join(root, 'examples/articles'), '--no-config', '--use', 'remark-claimlint', '--frail', '--quiet'])
    expect(examples.code).toBe(1)
    expect(examples.stderr).toMatch(/mechanism-flip\.md[\s\S]*claim-contradiction\b/)
    expect(examples.stderr).toMatch(/velorazine-clinic-b\.md[\s\S]*claim-contradiction-across-files/)
    // The clean article has no message of its own (it may be the other side of another file's).
    expect(examples.stderr).not.toMatch(/^\S*clean-ketamine-overview\.md$/m)
  })
})

describe('rehype-cli with rehype-claimlint from a YAML .rehyperc', () => {
  const result = run('rehype', ['rehype-cli', '--frail'])

  it('reports the contradiction across the two pages and honours the ignore comment', () => {
    expect(result.stderr).toMatch(/south\.html\n\s*5:13-5:48\s+warning\s+Unexpected `activates serotonin 5-HT3 receptors`.*on rehype-cli\/north\.html:5:13/)
    expect(result.stderr).not.toMatch(/miracle/)
    expect(result.stderr).toMatch(/game-changer/)
    expect(result.code).toBe(1)
  })
})
