/**
 * Every suggestion claimlint makes on the example articles, the rule docs' examples and the seed
 * articles (../shared/seeds, when present) is applied the way the language server's quick fixes and
 * the playground apply it (the words at `place` replaced by the wording), and the result is checked:
 * - the parser still finds as many sentences, and the replacement lies inside one of them;
 * - in Markdown no delimiter is left unmatched (no more literal `*`, `_` or `` ` `` in the text);
 * - for the examples and the rule docs, the sentence after the fix is one of the expected sentences
 *   listed in `fixtures/suggestions.json`, reviewed by hand (the seeds are not ours to copy, so only the first two
 *   checks run on them).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {lintCorpus, parseDocument, type Format} from 'claimlint'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Root, Sentence} from 'nlcst'
import {VFile} from 'vfile'

interface Input {
  path: string
  value: string
}

const root = path.resolve('.')
const seedsDir = path.resolve('../shared/seeds')
const expectedSentences: string[] = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/suggestions.json'), 'utf8'))

function formatOf(file: string): Format {
  return file.endsWith('.md') ? 'markdown' : file.endsWith('.html') ? 'html' : 'text'
}

/** Groups of inputs linted together: the examples folder, each rule docs block, the seeds. */
function groups(): Array<{name: string; inputs: Input[]; listed: boolean}> {
  const out: Array<{name: string; inputs: Input[]; listed: boolean}> = []
  const examples = path.join(root, 'examples/articles')
  out.push({
    name: 'examples',
    listed: true,
    inputs: fs.readdirSync(examples).filter((n) => /\.(md|html)$/.test(n) && n !== 'README.md').sort().map((n) => ({path: path.join(examples, n), value: fs.readFileSync(path.join(examples, n), 'utf8')}))
  })
  const docs = path.join(root, 'docs/rules')
  const fence = /^```(text|markdown|html) (ok|not-ok)\n([\s\S]*?)^```$/gm
  for (const page of fs.readdirSync(docs).sort()) {
    const markdown = fs.readFileSync(path.join(docs, page), 'utf8')
    for (const match of markdown.matchAll(fence)) {
      const extension = match[1] === 'markdown' ? '.md' : match[1] === 'html' ? '.html' : '.txt'
      const parts = match[3]!.split(/^=== (.+) ===\n/m)
      const inputs: Input[] = []
      if (parts.length === 1) inputs.push({path: `${page}-${match.index}${extension}`, value: match[3]!})
      else for (let index = 1; index < parts.length; index += 2) inputs.push({path: parts[index]!, value: parts[index + 1]!})
      out.push({name: page, inputs, listed: true})
    }
  }
  if (fs.existsSync(seedsDir)) {
    out.push({
      name: 'seeds',
      listed: false,
      inputs: fs.readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort().map((n) => ({path: path.join(seedsDir, n), value: fs.readFileSync(path.join(seedsDir, n), 'utf8')}))
    })
  } else console.warn(`suggestions: ${seedsDir} is absent; the seeds' suggestions are not checked`)
  return out
}

function sentencesOf(text: string, format: Format): Sentence[] {
  const tree: Root = parseDocument(text, new VFile({value: text}), format)
  const found: Sentence[] = []
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'SentenceNode') found.push(node as Sentence)
    else for (const child of node.children ?? []) walk(child as {type: string; children?: unknown[]})
  }
  walk(tree as never)
  return found
}

function literalMarkers(text: string): number {
  let count = 0
  const walk = (node: {type: string; value?: string; children?: unknown[]}) => {
    if (node.type === 'text' && node.value) count += (node.value.match(/[*_`]/g) ?? []).length
    for (const child of node.children ?? []) walk(child as never)
  }
  walk(fromMarkdown(text) as never)
  return count
}

const words = (sentence: string) => sentence.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

describe('suggestions read well once applied', () => {
  it('applies every suggestion on the examples, the rule docs and the seeds', async () => {
    let checked = 0
    const seen = new Set<string>()
    const problems: string[] = []
    for (const group of groups()) {
      const format = formatOf(group.inputs[0]!.path)
      const files = await lintCorpus(group.inputs, {format})
      for (const file of files) {
        const text = String(file.value)
        const before = sentencesOf(text, format).length
        for (const message of file.messages) {
          if (!Array.isArray(message.expected) || !message.place || !('start' in message.place)) continue
          const start = message.place.start.offset!
          const end = message.place.end.offset!
          expect(text.slice(start, end)).toBe(message.actual)
          for (const wording of message.expected.length === 0 ? [''] : message.expected) {
            checked++
            const fixed = text.slice(0, start) + wording + text.slice(end)
            const where = `${group.name} ${path.basename(file.path)} ${message.ruleId} → “${wording}”`
            const sentences = sentencesOf(fixed, format)
            if (sentences.length !== before) problems.push(`${where}: ${before} sentences became ${sentences.length}`)
            const holder = sentences.find((s) => s.position!.start.offset! <= start && start + wording.length <= s.position!.end.offset!)
            if (!holder) {
              problems.push(`${where}: the replacement is not inside one sentence`)
              continue
            }
            if (format === 'markdown' && literalMarkers(fixed) > literalMarkers(text)) problems.push(`${where}: leaves markup unmatched`)
            const sentence = words(fixed.slice(holder.position!.start.offset!, holder.position!.end.offset!))
            if (group.listed) {
              seen.add(sentence)
              if (!expectedSentences.includes(sentence)) problems.push(`${where}: unexpected sentence ${JSON.stringify(sentence)}`)
            }
          }
        }
      }
    }
    console.log(`suggestions: ${checked} applied and checked`)
    // After a reviewed change to the wordings: CLAIMLINT_WRITE_SUGGESTIONS=1 rewrites the list (then read its diff).
    if (process.env.CLAIMLINT_WRITE_SUGGESTIONS) fs.writeFileSync(path.join(root, 'test/fixtures/suggestions.json'), JSON.stringify([...seen].sort(), null, 2) + '\n')
    expect(problems).toEqual([])
    expect(expectedSentences.filter((sentence) => !seen.has(sentence))).toEqual([])
    expect(checked).toBeGreaterThan(50)
  })

  it('keeps Markdown markup whole: a place that cuts emphasis takes all of it, and the fix unwraps it', async () => {
    const [file] = await lintCorpus([{path: 'a.md', value: 'Ketamine blocks NMDA receptors.\n\nIt works by **activating NMDA** receptors.\n'}])
    const message = file!.messages.find((m) => m.ruleId === 'claim-contradiction')!
    expect(message.actual).toBe('**activating NMDA** receptors')
    expect(message.expected).toEqual(['blocking NMDA receptors'])
  })

  it('moves a time adverbial after the noun its adjective qualified', async () => {
    const [file] = await lintCorpus([{path: 'a.md', value: 'Ketamine brings *instant* relief.\n'}])
    const message = file!.messages.find((m) => m.ruleId === 'time-course')!
    expect(message.actual).toBe('*instant* relief')
    expect(message.expected?.[0]).toBe('relief within hours')
  })

  it('offers no fix where a wording does not fit, and says it in the note', async () => {
    const [file] = await lintCorpus([{path: 'a.txt', value: 'Ketamine works mainly through the activation of NMDA receptors in the cortex.\n'}])
    const message = file!.messages.find((m) => m.ruleId === 'claim-fact')!
    expect(message.expected).not.toContain('blocks NMDA receptors')
    expect(message.note).toMatch(/along the lines of “blocks NMDA receptors”/)
  })
})
