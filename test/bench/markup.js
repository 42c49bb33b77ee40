/**
 * The benchmark rows for what users run: Markdown and HTML folders linted through claimlint's
 * processor (the work of `claimlint FOLDER` in one process: parse, rules, the cross-file judgement;
 * not reading files or reporting), against the stock parse of the same files in the same run and
 * against peer linters inside the same stock pipelines; folder scaling; the editor on Markdown; the
 * start of the command; and a 5 MB hyphenated Markdown file against the same text as plain prose.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {html as alexHtml, markdown as alexMarkdown} from 'alex'
import {createCache, createCorpus, createProcessor, lintSync} from 'claimlint'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {ParseEnglish} from 'parse-english'
import retextEquality from 'retext-equality'
import retextIntensify from 'retext-intensify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {countWords} from './corpus.js'

const require = createRequire(import.meta.url)
const writeGood = require('write-good')
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')

/**
 * A stock pipeline: remark or rehype, then remark-retext or rehype-retext with retext-english's
 * parser (`parse-english`), then `plugins` (none: parsing alone). The bridges run in mutate mode,
 * the one `runSync` can run (in bridge mode they finish asynchronously); the work is the same.
 */
function stock(kind, plugins = []) {
  const processor = unified()
    .use(kind === 'markdown' ? remarkParse : rehypeParse)
    .use(kind === 'markdown' ? remarkRetext : rehypeRetext, ParseEnglish)
  for (const plugin of plugins) processor.use(plugin)
  processor.freeze()
  return (files) => {
    let messages = 0
    for (const {path: filePath, value} of files) {
      const file = new VFile({path: filePath, value})
      processor.runSync(processor.parse(file), file)
      messages += file.messages.length
    }
    return messages
  }
}

/** claimlint over a folder: every file through one processor sharing a corpus, then the cross-file judgement. */
export function claimlintFolder(files) {
  const corpus = createCorpus()
  const processor = createProcessor({corpus, cache: null})
  let messages = 0
  const linted = []
  for (const {path: filePath, value} of files) {
    const file = new VFile({path: filePath, value})
    processor.runSync(processor.parse(file), file)
    linted.push(file)
  }
  corpus.judge()
  for (const file of linted) messages += file.messages.length
  return messages
}

/** Peers on the same files: retext plugins in the stock pipeline, alex's own mode, write-good on the source. */
function peersOf(kind) {
  return {
    'retext-equality': stock(kind, [retextEquality]),
    'retext-intensify': stock(kind, [retextIntensify]),
    alex: (files) => files.reduce((n, f) => n + (kind === 'markdown' ? alexMarkdown(f.value) : alexHtml(f.value)).messages.length, 0),
    'write-good': (files) => files.reduce((n, f) => n + writeGood(f.value).length, 0)
  }
}

/**
 * One format: claimlint, the stock parse and each peer on the same files, in alternating blocks
 * (`timedPair` of run.js); `words` counted on the Markdown source.
 */
export function formatRow(kind, files, words, {timedPair, timed, rounds, log, peers: withPeers}) {
  const parse = stock(kind)
  for (let index = 0; index < 2; index++) {
    parse(files)
    claimlintFolder(files)
  }
  const [parseMs, lintMs] = timedPair(() => parse(files), () => claimlintFolder(files), rounds, 1)
  const wps = (ms) => Math.round((words / ms) * 1000)
  const row = {files: files.length, words, parseWordsPerSecond: wps(parseMs), claimlintWordsPerSecond: wps(lintMs), ratio: Number((parseMs / lintMs).toFixed(3)), peers: {}}
  log(`  ${kind.padEnd(8)} stock parse ${wps(parseMs).toLocaleString('en').padStart(9)} words/s  claimlint ${wps(lintMs).toLocaleString('en').padStart(9)} words/s  ${row.ratio.toFixed(2)}× parse`)
  if (withPeers) {
    for (const [name, run] of Object.entries(peersOf(kind))) {
      const ms = timed(() => run(files), 1)
      row.peers[name] = wps(ms)
      log(`    ${name.padEnd(18)} ${wps(ms).toLocaleString('en').padStart(9)} words/s  ${(parseMs / ms).toFixed(2)}× parse`)
    }
  }
  row.fasterThanPeers = Object.values(row.peers).every((peer) => row.claimlintWordsPerSecond > peer)
  return row
}

/** Folders of `sizes` articles (the set repeated): ms per 1,000 words, cross-file judgement included. */
export function folderScaling(files, sizes, {timed, log}) {
  const rows = []
  for (const size of sizes) {
    const folder = []
    for (let index = 0; index < size; index++) {
      const file = files[index % files.length]
      folder.push({path: `copy-${Math.floor(index / files.length)}/${file.path}`, value: file.value})
    }
    const words = folder.reduce((n, f) => n + countWords(f.value), 0)
    // About as many words per block at every size, so each carries its share of the collector's work.
    const runs = Math.max(1, Math.round(sizes[sizes.length - 1] / size))
    const ms = timed(() => claimlintFolder(folder), Math.min(runs, 20))
    rows.push({articles: size, words, msPerKWord: Number((ms / (words / 1000)).toFixed(3))})
    log(`  ${String(size).padStart(5)} articles ${words.toLocaleString('en').padStart(11)} words  ${(ms / (words / 1000)).toFixed(3)} ms/kword`)
  }
  return rows
}

/** An editor typing into a Markdown article of about 2,500 words: cached re-lints against the stock parse of the same text. */
export function editorMarkdown(files, {log}) {
  let article = ''
  for (const file of files) {
    if (countWords(article) >= 2500) break
    if (countWords(file.value) >= 300) article += (article ? '\n\n' : '') + file.value
  }
  const words = countWords(article)
  const cursor = article.search(/\.\s/) + 1
  const typed = (index) => ` ${'the patients said '.repeat(8).slice(0, index % 120)}${index}`
  const versionAt = (index) => article.slice(0, cursor) + typed(index) + article.slice(cursor)
  const parse = stock('markdown')
  const cache = createCache()
  const warmUp = 150
  const runs = warmUp + 150
  const parses = []
  const latencies = []
  for (let index = 0; index < runs; index++) {
    const files = [{path: 'article.md', value: versionAt(index)}]
    const start = performance.now()
    parse(files)
    parses.push(performance.now() - start)
  }
  for (let index = 0; index < runs; index++) {
    const text = versionAt(index)
    const start = performance.now()
    lintSync(new VFile({path: 'article.md', value: text}), {cache})
    latencies.push(performance.now() - start)
  }
  for (const list of [parses, latencies]) {
    list.splice(0, warmUp)
    list.sort((a, b) => a - b)
  }
  const at = (list, p) => list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]
  const row = {words, p50Ms: Number(at(latencies, 50).toFixed(2)), p95Ms: Number(at(latencies, 95).toFixed(2)), parseMs: Number(at(parses, 50).toFixed(2))}
  log(`  editor (Markdown, ${words.toLocaleString('en')} words): cached re-lint p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms; stock parse median ${row.parseMs} ms`)
  return row
}

/** Wall time of `claimlint one-small-file.md` and `alex one-small-file.md`: median of `n` runs each, alternating. */
export function startup(n, {log}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-start-'))
  const file = path.join(dir, 'small.md')
  fs.writeFileSync(file, '# Ketamine\n\nKetamine may ease depression within hours in some patients.\n')
  const claimlintBin = path.join(root, 'packages/claimlint/bin/claimlint.js')
  const alexBin = require.resolve('alex/cli.js')
  const time = (bin) => {
    const start = performance.now()
    try {
      execFileSync(process.execPath, [bin, file], {cwd: dir, stdio: 'ignore'})
    } catch {
      // A finding exits non-zero for alex; only the time matters.
    }
    return performance.now() - start
  }
  const a = []
  const b = []
  time(claimlintBin)
  time(alexBin)
  for (let index = 0; index < n; index++) {
    a.push(time(claimlintBin))
    b.push(time(alexBin))
  }
  fs.rmSync(dir, {recursive: true, force: true})
  const median = (list) => list.sort((x, y) => x - y)[Math.floor((list.length - 1) / 2)]
  const row = {claimlintMs: Math.round(median(a)), alexMs: Math.round(median(b))}
  row.ratio = Number((row.claimlintMs / row.alexMs).toFixed(3))
  log(`  startup: claimlint one-small-file.md ${row.claimlintMs} ms, alex ${row.alexMs} ms (${row.ratio.toFixed(2)}×)`)
  return row
}

/**
 * A 5 MB Markdown file of hyphenated prose (the articles' sentences with their words joined by
 * hyphens in pairs, `long-term`-like), against the same text linted as plain prose.
 */
export function hyphenated(files, {log, bytes = 5_000_000}) {
  let text = ''
  for (let index = 0; text.length < bytes; index++) {
    const prose = files[index % files.length].value
      .split(/\n\s*\n/)
      .filter((block) => /^[A-Z][^\n#|<>[\]`*_]+[.!?]$/.test(block.trim()))
      .map((block) => block.trim().replace(/(\p{L}+) (\p{L}+)/gu, '$1-$2'))
    if (prose.length) text += prose.join('\n\n') + '\n\n'
    if (index > files.length * 50) break
  }
  text = text.slice(0, text.lastIndexOf('\n\n', bytes) + 2)
  const run = (format) => {
    const start = performance.now()
    lintSync(new VFile({value: text}), {format, maxSize: 0})
    return performance.now() - start
  }
  run('text')
  const textMs = Math.min(run('text'), run('text'))
  const markdownMs = Math.min(run('markdown'), run('markdown'))
  const row = {bytes: text.length, textMs: Math.round(textMs), markdownMs: Math.round(markdownMs), ratio: Number((markdownMs / textMs).toFixed(3))}
  log(`  hyphenated prose, ${(text.length / 1e6).toFixed(1)} MB: Markdown ${row.markdownMs} ms, as plain text ${row.textMs} ms (${row.ratio.toFixed(2)}×)`)
  return row
}
