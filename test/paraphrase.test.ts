/**
 * The paraphrase suite (issue 15): claims in other words, one group per kind of understanding
 * (whose claim, what property, scope, sets, structure, words). The cases and their expected
 * results are data in `test/paraphrase/cases.yml`, written before the linter was run on them.
 * Quiet cases may also say which claims the ledger must read (`reads`: the trap is understood,
 * not merely missed) or must not read (`not-reads`: a time about side effects is no onset).
 * A case marked `known: failing` is a gap of today's linter: it runs as `test.failing`, so the
 * suite stays green while the gap stays visible; remove the mark when the linter is fixed.
 */
import {describe, expect, test} from '@jest/globals'
import {lint, lintCorpus} from 'claimlint'
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {parse} from 'yaml'

interface Expected {
  ruleId: string
  actual: string
  fact?: string
}

/** A claim of the ledger that must (`reads`) or must not (`not-reads`) be there. */
interface Reading {
  subject?: string
  property?: string
  target?: string
  /** Exact value; for onset and duration (values in words) the words the value contains. */
  value?: string
  /** A scope kind in force at the claim (`reads` only). */
  scope?: string
}

interface LedgerClaim {
  subject: string
  property: string
  target?: string | undefined
  value: string
  scope?: readonly string[]
}

interface Case {
  id: string
  kind: string
  text?: string
  article?: string
  files?: Array<{path: string; text: string}>
  expected: 'quiet' | Expected[]
  reads?: Reading[]
  'not-reads'?: Reading[]
  known?: string
  reason?: string
  /** Why an expectation was changed after the first run (only where the first one broke this suite's own rules). */
  revised?: string
}

const kinds = ['whose', 'property', 'scope', 'sets', 'structure', 'words']
/** The rules this suite judges; overstatement rules other than time-course are not checked. */
const judged = new Set(['claim-contradiction', 'claim-contradiction-across-files', 'claim-fact', 'citation', 'time-course'])

const data = parse(fs.readFileSync(fileURLToPath(new URL('paraphrase/cases.yml', import.meta.url)), 'utf8')) as {cases: Case[]}
const cases = data.cases

async function run(item: Case): Promise<VFile[]> {
  if (item.files) return lintCorpus(item.files.map((f) => ({path: f.path, value: f.text})))
  if (item.article !== undefined) return [await lint({path: `${item.id}.md`, value: item.article})]
  return [await lint(item.text ?? '')]
}

/** Warnings and errors (not information) of the judged rules. */
function judgedMessages(files: VFile[]) {
  return files.flatMap((file) => file.messages).filter((m) => m.ruleId && judged.has(m.ruleId) && m.fatal !== undefined && m.fatal !== null)
}

function describeMessages(files: VFile[]): string {
  return files
    .flatMap((file) => file.messages.filter((m) => m.ruleId && judged.has(m.ruleId)).map((m) => `${file.path ?? ''} ${m.ruleId}: ${m.actual ?? ''} | ${m.reason}`))
    .join('\n')
}

function matches(claim: LedgerClaim, want: Reading): boolean {
  if (want.subject !== undefined && claim.subject !== want.subject) return false
  if (want.property !== undefined && claim.property !== want.property) return false
  if (want.target !== undefined && claim.target !== want.target) return false
  if (want.value !== undefined) {
    const inWords = claim.property === 'onset' || claim.property === 'duration'
    if (inWords ? !claim.value.toLowerCase().includes(want.value.toLowerCase()) : claim.value !== want.value) return false
  }
  return want.scope === undefined || (claim.scope ?? []).includes(want.scope)
}

function ledgerClaims(files: VFile[]): LedgerClaim[] {
  return files.flatMap((file) => ((file.data as {claimLedger?: {claims: LedgerClaim[]}}).claimLedger?.claims ?? []))
}

function showClaims(claims: LedgerClaim[]): string {
  return claims.map((c) => `${c.subject} ${c.property}${c.target ? `(${c.target})` : ''} ${c.value} [${(c.scope ?? []).join(',')}]`).join('; ') || '(no claims)'
}

async function check(item: Case): Promise<void> {
  const files = await run(item)
  const claims = ledgerClaims(files)
  for (const want of item.reads ?? []) {
    expect(claims.some((c) => matches(c, want)) ? want : {...want, got: showClaims(claims)}).toEqual(want)
  }
  for (const unwanted of item['not-reads'] ?? []) {
    expect(claims.filter((c) => matches(c, unwanted)).map((c) => showClaims([c]))).toEqual([])
  }
  if (item.expected === 'quiet') {
    expect(judgedMessages(files).map((m) => `${m.ruleId}: ${m.actual ?? ''} | ${m.reason}`)).toEqual([])
    return
  }
  const messages = files.flatMap((file) => file.messages)
  for (const want of item.expected) {
    const found = messages.find(
      (m) =>
        m.ruleId === want.ruleId &&
        (m.actual ?? '').toLowerCase().includes(String(want.actual).toLowerCase()) &&
        (!want.fact || `${m.reason} ${m.note ?? ''}`.includes(want.fact))
    )
    expect(found ? want : {...want, got: describeMessages(files) || '(no messages)'}).toEqual(want)
  }
}

/** Sentences of prose: headings, tables, code, link lists and reference entries are not counted. */
function sentencesOf(text: string): number {
  let code = false
  return text
    .split('\n')
    .filter((line) => {
      if (/^\s*```/.test(line)) code = !code
      else if (!code) return !/^\s*(#|\||(?:[-*]|\d+\.)\s+\[)/.test(line) && !/\b(?:19|20)\d\d;/.test(line)
      return false
    })
    .map((line) => line.replace(/^\s*(?:[-*>]|\d+\.)\s+/, ''))
    .join(' ')
    .split(/(?<=[.?!])\s+(?=[A-Z"“])/)
    .filter((s) => /[a-z]/i.test(s)).length
}

describe('paraphrase suite: the data', () => {
  test('every case is well formed', () => {
    const ids = new Set<string>()
    for (const item of cases) {
      expect(ids.has(item.id)).toBe(false)
      ids.add(item.id)
      expect(kinds).toContain(item.kind)
      expect([item.text, item.article, item.files].filter((x) => x !== undefined)).toHaveLength(1)
      if (item.known !== undefined) {
        expect(item.known).toBe('failing')
        expect(item.reason).toEqual(expect.any(String))
      }
      if (item.expected !== 'quiet') {
        expect(item.expected.length).toBeGreaterThan(0)
        for (const want of item.expected) expect(judged).toContain(want.ruleId)
      }
    }
  })

  test('has at least 150 sentences and 40 short articles, and both kinds of case for every kind', () => {
    const sentences = cases.filter((c) => c.text !== undefined).reduce((n, c) => n + sentencesOf(c.text!), 0)
    const articles = cases.flatMap((c) => (c.article !== undefined ? [c.article] : (c.files ?? []).map((f) => f.text)))
    expect(sentences).toBeGreaterThanOrEqual(150)
    expect(articles.length).toBeGreaterThanOrEqual(40)
    for (const text of articles) {
      expect(sentencesOf(text)).toBeGreaterThanOrEqual(3)
      expect(sentencesOf(text)).toBeLessThanOrEqual(8)
    }
    for (const kind of kinds) {
      expect(cases.some((c) => c.kind === kind && c.expected === 'quiet')).toBe(true)
      expect(cases.some((c) => c.kind === kind && c.expected !== 'quiet')).toBe(true)
    }
  })
})

for (const kind of kinds) {
  describe(`paraphrase suite: ${kind}`, () => {
    for (const item of cases.filter((c) => c.kind === kind)) {
      const name = `${item.id} ${item.expected === 'quiet' ? 'stays quiet' : 'is flagged'}${item.known ? ` (known failing: ${item.reason})` : ''}`
      if (item.known === 'failing') test.failing(name, () => check(item))
      else test(name, () => check(item))
    }
  })
}
