/**
 * Rule packs that are wrong say where: every schema error names the file, line and column. Nothing
 * in a pack runs: YAML tags do not execute, and a pack phrase that looks like a regular expression
 * is a literal token pattern, so it cannot make linting slow.
 */
import {lint} from 'claimlint'
import {PackError, readPack, type PackProblem} from '@claimlint/core'

function problemsOf(text: string, file = 'packs/broken.yml'): PackProblem[] {
  try {
    readPack(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(PackError)
    return (error as PackError).problems
  }
  throw new Error('expected a PackError')
}

const entity = (extra = '') => `pack: broken\nentities:\n  - id: drug-a\n    label: Drug A\n    kind: drug\n    aliases: [drug a]\n${extra}`
const property = (values: string, excludes = '') =>
  `pack: broken\nproperties:\n  - id: action\n    label: action\n    kind: category\n    values:\n${values}${excludes}`
const value = (id: string, word: string) => `      - id: ${id}\n        label: ${id}\n        words: [${word}]\n`

describe('pack schema errors name file, line and column', () => {
  const cases: Array<[string, string, number, number, RegExp]> = [
    ['an unknown top-level key', 'pack: broken\nsurprise: 1\n', 2, 1, /unknown key `surprise`/],
    ['an unknown nested key', entity('    colour: red\n'), 7, 5, /unknown key `entities\[0\]\.colour`/],
    ['a wrong type (list expected)', 'pack: broken\nproperties:\n  - id: action\n    label: action\n    kind: category\n    values: 3\n', 6, 13, /must be a list/],
    ['a wrong type (string expected)', 'pack: broken\nentities:\n  - id: drug-a\n    label: Drug A\n    kind: [drug]\n    aliases: [drug a]\n', 5, 11, /must be a string/],
    ['a wrong type (strings expected)', 'pack: broken\nentities:\n  - id: drug-a\n    label: Drug A\n    kind: drug\n    aliases: {a: 1}\n', 6, 14, /string or a list of strings/],
    ['a duplicate id', entity('  - id: drug-a\n    label: Again\n    kind: drug\n    aliases: [again]\n'), 7, 5, /duplicate entity id `drug-a`/],
    ['a duplicate value id', property(value('blocks', 'blocks') + value('blocks', 'stops')), 10, 9, /duplicate value/],
    ['a value listed as excluding itself', property(value('blocks', 'blocks') + value('opens', 'opens'), '    excludes:\n      - [blocks, blocks]\n'), 14, 7, /cannot exclude itself/],
    ['an exclusion naming an unknown value', property(value('blocks', 'blocks'), '    excludes:\n      - [blocks, opens]\n'), 11, 7, /not a value of `action`/],
    ['broken YAML', 'pack: [broken\n', 1, 1, /YAML syntax/]
  ]
  for (const [what, text, line, column, reason] of cases) {
    test(what, () => {
      const problems = problemsOf(text)
      expect(problems.length).toBeGreaterThan(0)
      const problem = problems.find((p) => reason.test(p.reason))
      expect(problem).toBeDefined()
      expect(problem).toMatchObject({file: 'packs/broken.yml', line, column})
      expect(String(new PackError(problems).message)).toContain(`packs/broken.yml:${line}:${column}: `)
    })
  }

  test('every problem is reported, not just the first', () => {
    const problems = problemsOf('pack: broken\nsurprise: 1\nalso: 2\n')
    expect(problems.map((p) => p.line)).toEqual([2, 3])
  })
})

describe('nothing in a pack is executed', () => {
  test('YAML tags are data, not code', () => {
    const problems = problemsOf('pack: !!js/function "function () { globalThis.hacked = true }"\n')
    expect(problems[0]!.line).toBe(1)
    expect((globalThis as {hacked?: boolean}).hacked).toBeUndefined()
  })

  test('a phrase that looks like a regular expression is a literal token pattern', async () => {
    const pack = readPack(
      'pack: patterns\nlexicons:\n  - id: hype\n    entries:\n      - id: evil\n        phrases: ["(a+)+$", "x*y"]\n        reason: A literal phrase.\n',
      'packs/patterns.yml'
    )
    const hostile = 'a'.repeat(50_000) + '! ' + 'aaaa '.repeat(20_000) + 'xxxy.'
    // Linear token matching finishes at once; a backtracking pattern on this text would not finish
    // within the test's timeout.
    const file = await lint(hostile, {format: 'text', packs: [pack]})
    expect(file.messages.filter((m) => m.ruleId === 'hype')).toHaveLength(0)
  })
})
