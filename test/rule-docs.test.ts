/**
 * Every rule's documentation is also its test: each `ok` example must produce no message of that
 * rule, each `not-ok` example at least one, and every rule of the preset must have a page with both.
 * A block whose lines include `=== name ===` holds several files, linted together as one run.
 */
import {describe, expect, it} from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {lint, lintCorpus, type Format} from 'claimlint'
import {ruleIds} from 'retext-preset-claimlint'
import type {VFile} from 'vfile'

const docsDir = path.resolve('docs/rules')

interface Example {
  format: Format
  expectation: 'ok' | 'not-ok'
  body: string
  line: number
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = []
  const fence = /^```(text|markdown|html) (ok|not-ok)\n([\s\S]*?)^```$/gm
  for (const match of markdown.matchAll(fence)) {
    const format = match[1] === 'text' ? 'text' : (match[1] as Format)
    const line = markdown.slice(0, match.index).split('\n').length
    examples.push({format, expectation: match[2] as 'ok' | 'not-ok', body: match[3]!, line})
  }
  return examples
}

async function run(example: Example): Promise<VFile[]> {
  const parts = example.body.split(/^=== (.+) ===\n/m)
  if (parts.length === 1) return [await lint(example.body, {format: example.format})]
  const inputs: Array<{path: string; value: string}> = []
  for (let index = 1; index < parts.length; index += 2) inputs.push({path: parts[index]!, value: parts[index + 1]!})
  return lintCorpus(inputs, {format: example.format})
}

const pages = fs.existsSync(docsDir) ? fs.readdirSync(docsDir).filter((name) => name.endsWith('.md')) : []

describe('rule docs', () => {
  it('has a page with ok and not-ok examples for every rule of the preset', () => {
    for (const id of ruleIds) {
      const file = path.join(docsDir, `${id}.md`)
      expect(fs.existsSync(file)).toBe(true)
      const examples = examplesOf(fs.readFileSync(file, 'utf8'))
      expect(examples.some((e) => e.expectation === 'ok')).toBe(true)
      expect(examples.some((e) => e.expectation === 'not-ok')).toBe(true)
    }
  })

  for (const page of pages) {
    const ruleId = page.replace(/\.md$/, '')
    const examples = examplesOf(fs.readFileSync(path.join(docsDir, page), 'utf8'))
    for (const example of examples) {
      it(`${page}:${example.line} is ${example.expectation}`, async () => {
        const files = await run(example)
        const messages = files.flatMap((file) => file.messages.filter((m) => m.ruleId === ruleId))
        if (example.expectation === 'ok') {
          expect(messages.map(String)).toEqual([])
        } else {
          expect(messages.length).toBeGreaterThan(0)
          for (const message of messages) {
            expect(message.source).toBeTruthy()
            expect(message.url).toMatch(new RegExp(`^https://.+/docs/rules/${ruleId}\\.md$`))
            expect(message.actual).toBeTruthy()
            expect(message.place).toBeTruthy()
          }
        }
      })
    }
  }
})
