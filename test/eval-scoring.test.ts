/**
 * The scoring of `pnpm eval` against gold annotations (test/eval/releases.js) and the careful-prose
 * rates (test/eval/careful-prose.js), on made-up files: matching within one line by compatible
 * kind, one entry per message, verdicts that win over the match, information messages, halves.
 */
import {describe, expect, it} from '@jest/globals'
import path from 'node:path'

const here = path.resolve('test/eval')
// Plain JavaScript modules of the harness, imported by path (they carry no type declarations).
const load = async (name: string): Promise<any> => import(path.join(here, name))

function message(line: number, ruleId: string, actual = '', info = false) {
  return {line, column: 1, ruleId, info, actual, reason: ''}
}

describe('release scoring', () => {
  it('matches by file, line within one and compatible kind, one entry per message', async () => {
    const {scoreReleases} = await load('releases.js')
    const {verdictsOf} = await load('folders.js')
    const linted = {
      seconds: 0,
      files: [
        {name: 'one.md', words: 100, messages: [message(3, 'hype', 'wondrous'), message(8, 'hype', 'marvel'), message(20, 'absolute', 'always')]},
        {name: 'two.md', words: 100, messages: [message(5, 'claim-contradiction', 'instant'), message(9, 'hype', 'dazzling', true)]}
      ]
    }
    const annotations = {
      facts: {entries: [{file: 'two.md', line: 5, kind: 'fact', fact: 'ONSET-03'}], traps: []},
      overclaims: {
        entries: [
          {file: 'one.md', line: 3, kind: 'guarantee'},
          {file: 'one.md', line: 3, kind: 'hype'},
          {file: 'one.md', line: 4, kind: 'hype'},
          {file: 'one.md', line: 30, kind: 'absolute'},
          {file: 'two.md', line: 9, kind: 'hype'}
        ],
        traps: [{file: 'one.md', line: 20, note: 'a quantified statement'}]
      }
    }
    const result = scoreReleases(linted, annotations, verdictsOf(undefined))
    const over = result.groups.overstatement.all
    // Three warnings: line 3 matches, line 8 has no entry nearby, line 20 sits on a trap.
    expect(over.messages).toBe(3)
    expect(over.right).toBe(1)
    // One message finds one entry, the hype entry before the guarantee entry of its line.
    expect(over.found).toBe(1)
    expect(over.misses.map((entry: {line: number; kind: string}) => `${entry.line} ${entry.kind}`)).toEqual(['3 guarantee', '4 hype', '30 absolute', '9 hype'])
    expect(over.falseAlarms.find((m: {line: number}) => m.line === 20).trap).toBe('a quantified statement')
    // The information message finds its entry only in the figures that count it.
    expect(over.withInfo.found).toBe(2)
    const facts = result.groups['contradiction and fact'].all
    expect(facts.right).toBe(1)
    expect(facts.recall).toBe(1)

    // A verdict wins over the line match, by words when given.
    const verdicts = verdictsOf({verdicts: [{file: 'two.md', line: 5, rule: 'claim-contradiction', words: 'instant', verdict: 'false alarm', reason: 'wrong side'}]})
    const judged = scoreReleases(linted, annotations, verdicts).groups['contradiction and fact'].all
    expect(judged.right).toBe(0)
    expect(judged.found).toBe(0)
    expect(() => verdictsOf({verdicts: [{file: 'x', line: 1, rule: 'hype', verdict: 'maybe'}]})).toThrow(/verdict must be/)
  })
})

describe('careful prose rates', () => {
  it('counts warnings per 10,000 words by group, lists every message with its verdict', async () => {
    const {carefulProse} = await load('careful-prose.js')
    const {verdictsOf, halfOf, countWords} = await load('folders.js')
    expect(countWords('  three plain\nwords ')).toBe(3)
    expect(['a', 'b']).toContain(halfOf('any-name.md'))
    // Names of the shape X--X.md must not all fall in one half.
    const halves = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'].map((name) => halfOf(`${name}--${name}.md`)))
    expect(halves.size).toBe(2)
    const linted = {seconds: 0, files: [{name: 'a.md', words: 20000, messages: [message(1, 'hype', 'stellar'), message(2, 'claim-fact', '1950'), message(3, 'hype', 'quoted', true)]}]}
    const verdicts = verdictsOf({verdicts: [{file: 'a.md', line: 1, rule: 'hype', verdict: 'false alarm', cause: 'word sense', reason: 'a star'}]})
    const result = carefulProse(linted, verdicts)
    expect(result.rates.all.byGroup['whole preset']).toEqual({count: 2, per10k: 1})
    expect(result.rates.all.byGroup['fact and citation']).toEqual({count: 1, per10k: 0.5})
    expect(result.rates.all.info).toBe(1)
    expect(result.messages.map((m: {verdict: string}) => m.verdict)).toEqual(['false alarm', 'unjudged', 'unjudged'])
    expect(result.tally).toEqual({'false alarm': 1, unjudged: 2})
    expect(result.stale).toBe(0)
  })
})
