/**
 * Markdown and HTML reach nlcst through `mdast-util-to-nlcst` and `hast-util-to-nlcst` with
 * claimlint's `ProseParser`: the trees are the ones those utilities build with `parse-english`.
 */
import {describe, expect, test} from '@jest/globals'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import {gfm} from 'micromark-extension-gfm'
import fs from 'node:fs'
import path from 'node:path'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {ProseParser} from '../../packages/claimlint/src/latin/block-parser.js'
import {sharedData} from './corpus.js'

function files(folder: string, extension: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) out.push(...files(full, extension))
    else if (entry.name.endsWith(extension)) out.push(fs.readFileSync(full, 'utf8'))
  }
  return out
}

const markdown = (doc: string, Parser: typeof ParseEnglish): string => {
  const file = new VFile({value: doc})
  const tree = fromMarkdown(doc, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
  return JSON.stringify(mdastToNlcst(tree, file, Parser))
}
const html = (doc: string, Parser: typeof ParseEnglish): string => {
  const file = new VFile({value: doc})
  const tree = fromHtml(doc)
  return tree.position ? JSON.stringify(hastToNlcst(tree, file, Parser)) : ''
}

/** Real prose dressed as Markdown: headings, emphasis, links, lists, quotes and code. */
function dress(text: string, seed: number): string {
  return text
    .split('\n\n')
    .map((block, index) => {
      const kind = (index + seed) % 6
      if (kind === 0) return `## ${block}`
      if (kind === 1) return block.replace(/(\w+) (\w+)/, '*$1* **$2**')
      if (kind === 2) return block.replace(/(\w{6,})/, '[$1](https://example.org/$1)')
      if (kind === 3) return `- ${block.replace(/\. /g, '.\n- ')}`
      if (kind === 4) return `> ${block}`
      return block.replace(/(\w{5,})/, '`$1`')
    })
    .join('\n\n')
}

describe('ProseParser', () => {
  test('gives the Markdown trees of parse-english (examples and fixtures)', () => {
    const docs = [...files('examples', '.md'), ...files('test/fixtures', '.md')]
    expect(docs.length).toBeGreaterThan(5)
    for (const doc of docs) expect(markdown(doc, ProseParser)).toBe(markdown(doc, ParseEnglish))
  })

  test('gives the HTML trees of parse-english (examples and fixtures)', () => {
    const docs = [...files('examples', '.html'), ...files('test/fixtures', '.html')]
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(html(doc, ProseParser)).toBe(html(doc, ParseEnglish))
  })

  const data = sharedData()
  ;(data ? test : test.skip)('gives the Markdown and HTML trees of parse-english on real prose', () => {
    for (let index = 0; index < data!.documents.length; index += 20) {
      const doc = dress(data!.documents[index]!, index)
      expect(markdown(doc, ProseParser)).toBe(markdown(doc, ParseEnglish))
      const page = `<article>${doc.split('\n\n').map((block) => `<p>${block}</p>`).join('\n')}</article>`
      expect(html(page, ProseParser)).toBe(html(page, ParseEnglish))
    }
  })

  test('gives the Markdown trees of parse-english on generated documents', () => {
    const pieces = ['Ketamine', 'acts', 'within hours', 'e.g.', 'Dr.', '1.5', '.', '!', '?', ',', '"', '(', ')', '*', '**', '_', '`', '[x](y)', '#', '- ', '> ', '1. ', '\n', '\n\n', '😀', '&', '/', "'s"]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 200}), (parts) => {
        const doc = parts.join(' ')
        expect(markdown(doc, ProseParser)).toBe(markdown(doc, ParseEnglish))
      }),
      {numRuns: 200, seed: 5}
    )
  })
})
