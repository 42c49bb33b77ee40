/**
 * The lint cache (`createCache`): re-linting an edited document reuses the blocks the edit left
 * alone, and gives exactly the tree and the messages a lint without the cache gives.
 */
import {describe, expect, it} from '@jest/globals'
import {segment, tokenize} from '@claimlint/core'
import {createCache, createProcessor, lintSync} from 'claimlint'
import fc from 'fast-check'
import fs from 'node:fs'
import path from 'node:path'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {LintCache} from '../packages/claimlint/src/cache.js'
import {parseText} from '../packages/claimlint/src/parse-text.js'
import {sharedData} from './reliability/corpus.js'

const english = unified().use(retextEnglish)

/** Messages as everything a user sees of them. */
const seen = (file: VFile): string =>
  JSON.stringify(file.messages.map((m) => [m.ruleId, m.reason, m.place, m.actual, m.expected, m.note, m.fatal, (m.cause as {place?: unknown} | undefined)?.place]))

const examples = fs
  .readdirSync('examples/articles')
  .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  .map((name) => fs.readFileSync(path.join('examples/articles', name), 'utf8'))
const article = [...examples, ...(sharedData()?.documents.slice(0, 12) ?? [])].join('\n\n')

/** A sequence of edits an editor makes: typing, deleting, joining and splitting paragraphs. */
const edits: Array<(text: string) => string> = [
  (text) => text.replace(/\.(\s)/, '. Also$1'),
  (text) => text.replace(/ketamine/i, 'Ketamine, a drug,'),
  (text) => text.replace('\n\n', '\n\nA new paragraph opens here.\n\n'),
  (text) => text.replace(/\n\n(?=[A-Z])/, ' '),
  (text) => text.slice(0, Math.floor(text.length / 2)) + text.slice(Math.floor(text.length / 2) + 40),
  (text) => `${text}\n\nKetamine acts within minutes.\n`,
  (text) => `Intro line.\n\n${text}`,
  (text) => text.replace(/within (hours|days)/, 'immediately'),
  (text) => text
]

/** The sentence nodes of a tree, in order. */
function sentences(tree: {type: string; children?: unknown[]}): Array<Parameters<typeof tokenize>[0]> {
  const found: Array<Parameters<typeof tokenize>[0]> = []
  const walk = (node: {type: string; children?: unknown[]}): void => {
    if (node.type === 'SentenceNode') found.push(node as Parameters<typeof tokenize>[0])
    else for (const child of node.children ?? []) walk(child as {type: string; children?: unknown[]})
  }
  walk(tree)
  return found
}

describe('lint cache', () => {
  it('gives the messages of a lint without it, edit after edit', () => {
    const cache = createCache()
    let text = article
    for (const edit of edits) {
      text = edit(text)
      const cached = lintSync(new VFile({path: 'article.txt', value: text}), {cache})
      const fresh = lintSync(new VFile({path: 'article.txt', value: text}))
      expect(seen(cached)).toBe(seen(fresh))
    }
  })

  it('builds the tree retext-english builds, edit after edit (generated text)', () => {
    const pieces = ['Ketamine', 'The', 'It', 'acts', 'within hours', 'a', 'e.g.', 'Dr.', '1.5', '.', '!', '?', ',', '"', '(', ')', '😀', ' ', '\n', '\r\n', '\n\n', '.\n\nThe', 'a.\n\nThe', '.\n\nthe', '.\n\n1', '.\n  \nWe', '.\n\n  The', '.\n\n\tIt', '  ']
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), {minLength: 50, maxLength: 400}),
        fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.constantFrom(...pieces)), {minLength: 1, maxLength: 6}),
        (parts, changes) => {
          const cache = new LintCache()
          let text = parts.join(' ')
          const memory = cache.open('')
          parseText(text, memory)
          cache.close('', memory)
          for (const [at, removed, inserted] of changes) {
            const index = at % (text.length + 1)
            text = text.slice(0, index) + inserted + text.slice(index + removed)
            const next = cache.open('')
            expect(JSON.stringify(parseText(text, next))).toBe(JSON.stringify(english.parse(text)))
            cache.close('', next)
          }
        }
      ),
      {numRuns: 60, seed: 11}
    )
  })

  it('moves a reused block to its new line and column', () => {
    const versions = ['Ketamine acts.\n\n  The drug is given as an infusion.\nIt acts fast.\n', 'Ketamine acts.\n\n\n      The drug is given as an infusion.\nIt acts fast.\n', 'It.\n\n      The drug is given as an infusion.\nIt acts fast.\n']
    const cache = new LintCache()
    for (const text of versions) {
      const memory = cache.open('')
      expect(JSON.stringify(parseText(text, memory))).toBe(JSON.stringify(english.parse(text)))
      cache.close('', memory)
    }
  })

  it('moves the blocks an edit left alone, and lends them to one lint at a time', () => {
    const cache = createCache()
    const processor = createProcessor({format: 'text', cache})
    const before = 'Ketamine acts on NMDA receptors.\n\nIt is given as an infusion.\n\nRelief may come within hours.\n'
    const after = before.replace('acts on', 'acts, some say, on')
    const lintTree = (text: string) => {
      const file = new VFile({value: text})
      const tree = processor.parse(file)
      processor.runSync(tree, file)
      return tree
    }
    const old = sentences(lintTree(before))
    const oldTokens = old.map((sentence) => tokenize(sentence))
    const oldStarts = oldTokens.map((tokens) => tokens[0]!.start)
    const oldSegments = oldTokens.map((tokens) => segment(tokens))
    const second = lintTree(after)
    const moved = sentences(second)
    const delta = after.length - before.length
    // The edited sentence is new; the two after it are the same nodes, moved, with the same token
    // lists (moved) and the segments made for them.
    expect(moved[0]).not.toBe(old[0])
    expect(moved[1]).toBe(old[1])
    expect(tokenize(moved[1]!)).toBe(oldTokens[1])
    expect(tokenize(moved[1]!)[0]!.start).toBe(oldStarts[1]! + delta)
    expect(segment(tokenize(moved[2]!))).toBe(oldSegments[2])
    expect(JSON.stringify(second)).toBe(JSON.stringify(english.parse(after)))

    // A tree whose lint has not ended keeps its blocks: a lint meanwhile parses afresh.
    const pending = processor.parse(new VFile({value: after}))
    const pendingJson = JSON.stringify(pending)
    const meanwhile = lintTree(`Intro.\n\n${after}`)
    expect(sentences(meanwhile)[1]).not.toBe(sentences(pending)[0])
    expect(JSON.stringify(pending)).toBe(pendingJson)
    expect(JSON.stringify(meanwhile)).toBe(JSON.stringify(english.parse(`Intro.\n\n${after}`)))
  })

  it('gives the messages of a lint without it when a sentence before "these receptors" changes, with packs and without, and with a paragraph twice', () => {
    const cache = createCache()
    const pack = {
      name: 'test-extra',
      description: 'An extra pack, so that a second knowledge base lints the same sentences.',
      file: 'test-extra.yml',
      entities: [],
      properties: [],
      targets: [],
      facts: [],
      lexicons: [],
      references: []
    }
    const intro = 'Ketamine blocks NMDA receptors.\n\n'
    const body = 'These receptors are activated by it within minutes.\n\nRelief may come within hours.\n\nRelief may come within hours.\n'
    const versions = [intro + body, 'Ketamine acts on kappa receptors.\n\n' + body, body, intro + body.replace('minutes', 'seconds'), intro + body]
    const packs = [pack]
    // Each version with the built-in packs, then with one more (a second knowledge base).
    for (const text of versions) {
      for (const options of [{}, {packs}]) {
        const cached = lintSync(new VFile({path: 'a.txt', value: text}), {...options, cache})
        const fresh = lintSync(new VFile({path: 'a.txt', value: text}), options)
        expect(seen(cached)).toBe(seen(fresh))
      }
    }
  })

  it('keeps the newest of two lints of a document that overlap', () => {
    const cache = new LintCache()
    const older = cache.open('a')
    parseText('Ketamine acts.\n\nOld text.\n', older)
    const newer = cache.open('a')
    parseText('Ketamine acts.\n\nNew text.\n', newer)
    cache.close('a', newer)
    cache.close('a', older)
    expect([...cache.open('a').previous.keys()]).toEqual([...newer.next.keys()])
  })

  it('keeps the last version of a bounded number of documents', () => {
    const cache = new LintCache({documents: 2})
    const text = 'Ketamine acts on NMDA receptors.\n\nIt is given as an infusion.\n'
    for (const name of ['a', 'b', 'c']) {
      const memory = cache.open(name)
      parseText(text, memory)
      cache.close(name, memory)
    }
    expect(cache.open('a').previous.size).toBe(0)
    const c = cache.open('c')
    expect(c.previous.size).toBe(2)
    cache.close('c', c)
    cache.forget('c')
    expect(cache.open('c').previous.size).toBe(0)
  })

  for (const [format, extension, wrap] of [
    ['markdown', 'md', (text: string) => text],
    ['html', 'html', (text: string) => `<html><body>\n${text.split(/\n\n+/).map((block) => `<p>${block}</p>`).join('\n')}\n</body></html>\n`]
  ] as const) {
    it(`gives the messages and tree of a lint without it in ${format}, edit after edit, and reuses blocks`, () => {
      const cache = createCache()
      const processor = createProcessor({cache})
      const plain = createProcessor({cache: null})
      const base = `# Ketamine\n\n${article.replace(/^#+ /gm, '')}\n\n- Ketamine acts within hours.\n- It is a breakthrough.\n\n> Ketamine blocks NMDA receptors. \n> It is a miracle cure.\n`
      let text = base
      for (const edit of edits) {
        text = edit(text)
        const doc = wrap(text)
        const cachedFile = new VFile({path: `article.${extension}`, value: doc})
        const cachedTree = processor.parse(cachedFile)
        processor.runSync(cachedTree, cachedFile)
        const freshFile = new VFile({path: `article.${extension}`, value: doc})
        const freshTree = plain.parse(freshFile)
        expect(JSON.stringify(cachedTree)).toBe(JSON.stringify(freshTree))
        plain.runSync(freshTree, freshFile)
        expect(seen(cachedFile)).toBe(seen(freshFile))
      }
      // Blocks came back from the cache: sentence nodes of one lint are those of the lint before.
      const first = new VFile({path: `again.${extension}`, value: wrap(base)})
      const firstTree = processor.parse(first)
      processor.runSync(firstTree, first)
      const kept = new Set(sentences(firstTree as never))
      const second = new VFile({path: `again.${extension}`, value: wrap(edits[0]!(base))})
      const secondTree = processor.parse(second)
      const shared = sentences(secondTree as never).filter((sentence) => kept.has(sentence)).length
      expect(shared).toBeGreaterThan(sentences(secondTree as never).length / 2)
    })
  }
})
