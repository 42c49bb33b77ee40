/**
 * The evaluation harness (`pnpm eval`) on a small slice of each labelled set and of the two folders
 * of real articles: it must run and produce numbers. The full run is not part of `pnpm test`; it writes docs/evaluation.md.
 */
import {describe, expect, it} from '@jest/globals'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const dataDir = process.env.CLAIMLINT_DATA ?? path.resolve('../shared/data')
const present = fs.existsSync(dataDir)
if (!present) console.warn(`evaluation: ${dataDir} is absent; the harness smoke test is skipped`)

describe('evaluation harness', () => {
  const run = present ? it : it.skip
  run('scores a slice of every data set', () => {
    const output = execFileSync(process.execPath, ['test/eval/run.js', '--slice', '60', '--json', '--no-write'], {encoding: 'utf8'})
    const results = JSON.parse(output.slice(output.indexOf('{')))
    expect(results.missing).toEqual([])
    const {hedge, strength, certainty, exaggeration, sensational} = results.sets
    for (const value of [hedge.all.f1, strength.all.macroF1, certainty.all.spearman, exaggeration.all.accuracy, sensational.all.thresholds['1'].recall]) {
      expect(typeof value).toBe('number')
      expect(Number.isFinite(value)).toBe(true)
    }
    expect(hedge.all.n).toBe(60)
    expect(hedge.all.f1).toBeGreaterThan(0.5)
    // The two folders of real articles: 60 files each, linted as one corpus and scored.
    const {careful, releases} = results.sets
    expect(careful.rates.all.files).toBe(60)
    expect(careful.rates.all.words).toBeGreaterThan(0)
    expect(Number.isFinite(careful.rates.all.byGroup['whole preset'].per10k)).toBe(true)
    expect(releases.files).toBe(60)
    expect(releases.groups.overstatement.all.entries).toBeGreaterThan(0)
  })
})
