/**
 * The benchmark corpus: real prose from `../shared/data` (health press releases and ketamine press
 * releases) and `../shared/seeds`, or the project's own examples when `../shared` is absent.
 * Texts of a given size are documents in a fixed shuffled order, joined by blank lines, repeated
 * when the corpus is shorter than the size asked for.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const shared = process.env.CLAIMLINT_SHARED ?? path.resolve(root, '../shared')

/** Words as the benchmark counts them: runs of non-space characters. */
export function countWords(text) {
  let count = 0
  for (const _ of text.matchAll(/\S+/g)) count++
  return count
}

function listFiles(folder, extensions) {
  if (!fs.existsSync(folder)) return []
  const out = []
  for (const entry of fs.readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(full, extensions))
    else if (extensions.includes(path.extname(entry.name))) out.push(full)
  }
  return out
}

/** All documents, and where they came from. */
export function loadDocuments() {
  const releases = path.join(shared, 'data/hype/health-press-releases.dev.jsonl')
  const ketamine = path.join(shared, 'data/ketamine-press-releases')
  const seeds = path.join(shared, 'seeds')
  if (fs.existsSync(releases) && fs.existsSync(ketamine)) {
    const documents = fs
      .readFileSync(releases, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line))
      .map((record) => `${record.title}\n\n${record.text}`)
    for (const file of listFiles(ketamine, ['.md'])) documents.push(fs.readFileSync(file, 'utf8'))
    for (const file of listFiles(seeds, ['.txt'])) documents.push(fs.readFileSync(file, 'utf8'))
    return {documents: shuffle(documents), source: `${path.relative(root, shared)}/data (health and ketamine press releases) and seeds`}
  }
  const documents = listFiles(path.join(root, 'examples'), ['.md', '.txt', '.markdown']).map((file) => fs.readFileSync(file, 'utf8'))
  if (documents.length === 0) throw new Error('bench: neither ../shared/data nor examples/ has any prose to measure')
  return {documents: shuffle(documents), source: 'examples/ (../shared is absent: the figures are not comparable with the published ones)'}
}

/** A fixed pseudo-random order, so every run measures the same texts. */
function shuffle(items) {
  let seed = 20_240_611
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const out = [...items]
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[out[index], out[other]] = [out[other], out[index]]
  }
  return out
}

/** Documents making up about `words` words (whole documents, repeated if needed). */
export function documentsOf(documents, words) {
  const out = []
  let count = 0
  for (let index = 0; count < words; index++) {
    const doc = documents[index % documents.length]
    out.push(doc)
    count += countWords(doc)
  }
  return out
}

/** One text of about `words` words. */
export function textOf(documents, words) {
  return documentsOf(documents, words).join('\n\n')
}

/**
 * Markdown articles as users lint them: the Wikipedia drug articles and the ketamine press releases
 * of `../shared/data`, or the project's own Markdown examples when `../shared` is absent. Each is
 * `{path, value}`.
 */
export function loadMarkdown() {
  const folders = [path.join(shared, 'data/careful-prose/wikipedia-drugs'), path.join(shared, 'data/ketamine-press-releases')]
  if (folders.every((folder) => fs.existsSync(folder))) {
    const files = folders.flatMap((folder) => listFiles(folder, ['.md']))
    return {
      files: files.map((file) => ({path: path.relative(shared, file), value: fs.readFileSync(file, 'utf8')})),
      source: `${path.relative(root, shared)}/data (Wikipedia drug articles and ketamine press releases, Markdown)`
    }
  }
  const files = listFiles(path.join(root, 'examples'), ['.md', '.markdown'])
  if (files.length === 0) throw new Error('bench: neither ../shared/data nor examples/ has any Markdown to measure')
  return {
    files: files.map((file) => ({path: path.relative(root, file), value: fs.readFileSync(file, 'utf8')})),
    source: 'examples/ (../shared is absent: the figures are not comparable with the published ones)'
  }
}

/** The same articles rendered to HTML once (remark-rehype, rehype-stringify), as `{path, value}`. */
export async function toHtml(files) {
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const {default: remarkRehype} = await import('remark-rehype')
  const {default: rehypeStringify} = await import('rehype-stringify')
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)
  return files.map((file) => ({
    path: file.path.replace(/\.(md|markdown)$/, '.html'),
    value: `<!doctype html>\n<html><body><article>\n${String(processor.processSync(file.value))}\n</article></body></html>\n`
  }))
}
