/**
 * Rule options are checked wherever they are given: a configuration file (the message names the
 * file, the rule, the option and what it takes; the run stops with exit code 2 instead of turning
 * the rule off with a stack trace on every file) and the API.
 */
import {describe, expect, it} from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {lint} from 'claimlint'
import {claimlint, copyFixture} from '../cli-helpers.js'

function withConfig(config: unknown): string {
  const folder = copyFixture('clean')
  fs.writeFileSync(path.join(folder, '.claimlintrc'), JSON.stringify(config))
  return folder
}

describe('rule options in a configuration file', () => {
  it('refuses packs given per rule, naming the file, the rule and where packs go', () => {
    const folder = withConfig({rules: {'claim-fact': ['warn', {packs: ['./our.yml']}]}})
    const run = claimlint(['.'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\.claimlintrc: rule `claim-fact`: option `packs` cannot be set per rule .*top-level `packs` field/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses an unknown option and a value of the wrong kind, saying what is expected', () => {
    const unknown = claimlint(['.'], {cwd: withConfig({rules: {hype: ['warn', {loudness: 3}]}})})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/\.claimlintrc: rule `hype` has no option `loudness`; its options: `packs`, `quoted`, `ignore`, `soft`/)
    const wrong = claimlint(['.'], {cwd: withConfig({rules: {hype: {quoted: 'loud'}}})})
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/\.claimlintrc: rule `hype`: option `quoted` must be "info" or "off", not "loud"/)
    const list = claimlint(['.'], {cwd: withConfig({rules: {absolute: ['error', {ignore: 'always'}]}})})
    expect(list.stderr).toMatch(/option `ignore` must be a list of strings, not "always"/)
  })

  it('takes valid options', () => {
    const run = claimlint(['.'], {cwd: withConfig({rules: {hype: ['warn', {quoted: 'off', ignore: ['cure'], soft: false}]}})})
    expect(run.code).toBe(0)
  })
})

describe('rule options through the API', () => {
  it('rejects a bad option with the rule, the option and what it takes', async () => {
    await expect(lint('Ketamine is a miracle.', {rules: {hype: ['warn', {quoted: 'loud'}]}})).rejects.toThrow(
      /rule `hype`: option `quoted` must be "info" or "off", not "loud"/
    )
    await expect(lint('Ketamine is a miracle.', {rules: {'claim-fact': ['warn', {packs: ['./our.yml']}]}})).rejects.toThrow(
      /rule `claim-fact`: option `packs` must be a list of rule packs read with `readPack`/
    )
  })
})
