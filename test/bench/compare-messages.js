/**
 * Optimisation guard for the whole linter: lint every benchmark document (each alone) and write
 * their messages as JSON (`node test/bench/compare-messages.js save <file>`), or compare them with a
 * saved run (`node test/bench/compare-messages.js check <file>`). Speed work must print `0 differ`.
 * `--format=text` (default) lints the prose documents as text; `--format=markdown` the Markdown
 * articles and `--format=html` the same rendered to HTML (see `corpus.js`).
 */
import fs from 'node:fs'
import {lintSync} from 'claimlint'
import {loadDocuments, loadMarkdown, toHtml} from './corpus.js'

const args = process.argv.slice(2)
const format = args.find((a) => a.startsWith('--format='))?.split('=')[1] ?? 'text'
const [mode, target] = args.filter((a) => !a.startsWith('--'))
if (!['save', 'check'].includes(mode ?? '') || !target || !['text', 'markdown', 'html'].includes(format)) {
  console.error('usage: node test/bench/compare-messages.js save|check <file> [--format=text|markdown|html]')
  process.exit(2)
}
const documents =
  format === 'text' ? loadDocuments().documents : format === 'markdown' ? loadMarkdown().files.map((f) => f.value) : (await toHtml(loadMarkdown().files)).map((f) => f.value)
const fields = ['ruleId', 'source', 'reason', 'line', 'column', 'actual', 'expected', 'note', 'fatal', 'url']
const runs = documents.map((doc) =>
  lintSync(doc, {format}).messages.map((message) => {
    const out = Object.fromEntries(fields.map((field) => [field, message[field]]))
    out.place = message.place
    out.cause = message.cause ? {reason: message.cause.reason, place: message.cause.place} : undefined
    return JSON.stringify(out)
  })
)
if (mode === 'save') {
  fs.writeFileSync(target, JSON.stringify(runs))
  console.log(`${documents.length} documents, ${runs.flat().length} messages saved`)
} else {
  const saved = JSON.parse(fs.readFileSync(target, 'utf8'))
  let differ = 0
  for (const [index, messages] of runs.entries()) {
    const before = saved[index] ?? []
    if (messages.join('\n') === before.join('\n')) continue
    differ++
    const gone = before.filter((m) => !messages.includes(m))
    const added = messages.filter((m) => !before.includes(m))
    console.log(`document ${index}:\n  before: ${gone.join('\n          ')}\n  now:    ${added.join('\n          ')}`)
  }
  console.log(`${documents.length} documents, ${differ} differ`)
}
