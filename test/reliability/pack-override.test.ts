/**
 * A user pack cannot silently replace a built-in fact: a fact that contradicts an earlier pack's
 * fact is an error naming both, unless it declares `overrides`; a declared override is said once
 * per run; a fact id that is already defined is an error.
 */
import {describe, expect, it} from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {readPack} from '@claimlint/core'
import {lint} from 'claimlint'
import {claimlint, copyFixture} from '../cli-helpers.js'

const fact = (id: string, value: string, extra = '') =>
  `pack: ours\nfacts:\n  - id: ${id}\n    subject: ketamine\n    property: receptor-action\n    target: nmda\n    value: ${value}\n    status: established\n    statement: Our own note on the receptor.\n    source: Our editorial team\n${extra}`

function withPack(text: string): string {
  const folder = copyFixture('clean')
  fs.writeFileSync(path.join(folder, 'ours.yml'), text)
  fs.writeFileSync(path.join(folder, '.claimlintrc'), JSON.stringify({packs: ['./ours.yml']}))
  fs.writeFileSync(path.join(folder, 'a.md'), '# Ketamine\n\nKetamine blocks NMDA receptors.\n')
  fs.writeFileSync(path.join(folder, 'b.md'), '# Ketamine\n\nKetamine activates NMDA receptors.\n')
  return folder
}

describe('user packs and built-in facts', () => {
  it('refuses a fact that contradicts a built-in fact without `overrides`, naming both', () => {
    const run = claimlint(['.'], {cwd: withPack(fact('OURS-1', 'agonist'))})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/ours\.yml:3:.*fact `OURS-1` contradicts fact `MECH-01` of .*ketamine\.yml:\d+; to replace it, add `overrides: MECH-01`/)
  })

  it('refuses a fact id that is already defined', () => {
    const run = claimlint(['.'], {cwd: withPack(fact('MECH-01', 'antagonist'))})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/fact `MECH-01` is already defined in .*ketamine\.yml/)
  })

  it('applies a declared override, says so once, and checks against the new fact', () => {
    const folder = withPack(fact('OURS-1', 'agonist', '    overrides: MECH-01\n'))
    const run = claimlint(['--report', 'json', '.'], {cwd: folder})
    expect(run.stderr.match(/overrides fact `MECH-01`/g)).toHaveLength(1)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; note?: string}>}>
    const notes = (name: string) => files.find((f) => f.path === name)!.messages.map((m) => m.note ?? '')
    // The built-in fact no longer speaks; the user's does, against the article that differs from it.
    expect(notes('b.md').filter((note) => /MECH-01|OURS-1/.test(note))).toEqual([])
    expect(notes('a.md').filter((note) => /OURS-1/.test(note)).length).toBeGreaterThan(0)
  })

  it('says the same through the API (as for any pack that does not fit, in the rules\' messages)', async () => {
    const pack = readPack(fact('OURS-1', 'agonist'), 'ours.yml')
    const file = await lint('Ketamine activates NMDA receptors.', {packs: [pack]})
    expect(file.messages.find((m) => m.ruleId === 'claim-fact')?.reason).toMatch(/fact `OURS-1` contradicts fact `MECH-01`/)
  })
})
