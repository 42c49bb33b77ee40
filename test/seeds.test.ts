/**
 * The five seed articles the project started from (read from ../shared/seeds, never copied here).
 * Prints what the contradiction rules find, and checks the contradictions the articles are known
 * to hold are flagged while their hedged and correct statements are not.
 */
import {describe, expect, it} from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {lintCorpus} from 'claimlint'
import type {VFile} from 'vfile'

const seedsDir = path.resolve('../shared/seeds')
const present = fs.existsSync(seedsDir)
const contradictionRules = new Set(['claim-contradiction', 'claim-contradiction-across-files'])

if (!present) console.warn(`seeds: ${seedsDir} is absent; the seed checks are skipped`)

describe('seed articles', () => {
  const run = present ? it : it.skip
  let files: VFile[] = []

  const found = (name: string, id?: string): string[] => {
    const file = files.find((f) => f.path?.includes(name))
    return (file?.messages ?? [])
      .filter((m) => (id ? m.ruleId === id : contradictionRules.has(m.ruleId ?? '')))
      .map((m) => String(m.actual))
  }

  run('lints all seeds as one run and prints the findings', async () => {
    const names = fs.readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()
    files = await lintCorpus(names.map((n) => ({path: path.join(seedsDir, n)})))
    const lines: string[] = []
    for (const file of files) {
      for (const m of file.messages) {
        if (!contradictionRules.has(m.ruleId ?? '')) continue
        lines.push(`${path.basename(file.path)}:${m.place && 'start' in m.place ? m.place.start.line : '?'} ${m.ruleId}: ${m.reason}`)
      }
    }
    console.log(lines.join('\n'))
    expect(files).toHaveLength(5)
  })

  run('flags NMDA activation and enhancement against blocking', () => {
    // Also against the fact sheet: one message per problem, so either rule may carry it.
    const onNmda = [...found('000_', 'claim-contradiction-across-files'), ...found('000_', 'claim-fact')]
    expect(onNmda).toContain('activation of NMDA glutamate receptors')
    expect(found('001_', 'claim-contradiction')).toContain('enhancing the activity of NMDA receptors')
  })

  run('flags the intramuscular infusions', () => {
    expect(found('000_').some((a) => /intramuscular/.test(a))).toBe(true)
  })

  run('flags "immediate" against "within hours"', () => {
    expect(found('002_')).toContain('immediate')
  })

  run('flags "minutes" against the other articles\' "hours"', () => {
    expect(found('004_', 'claim-contradiction-across-files')).toContain('minutes')
  })

  run('flags enhanced memory against cognitive impairment', () => {
    expect(found('001_')).toContain('enhances memory')
  })

  run('leaves hedged and correct statements alone', () => {
    const all = files.flatMap((f) => found(path.basename(f.path)))
    for (const quiet of ['hours', 'hours or days', 'blocks NMDA', 'blocking this receptor', 'N-methyl-D-aspartate NMDA receptor antagonist', 'intravenous infusion', 'nasal spray', 'cognitive impairment', 'weeks']) {
      expect(all).not.toContain(quiet)
    }
  })
})
