/**
 * Lint one article: text (with a format), a VFile, or a path on disk.
 * Run from the repository root after `pnpm build`: `node examples/api/lint.js`.
 */
import {lint} from 'claimlint'

const article = `# How the drug works

Ketamine is an NMDA receptor antagonist: it blocks the receptor's channel.

The drug lifts mood within hours because it activates NMDA receptors.
`

// A string is the document's text; `format` says how to read it (the default is `text`).
const file = await lint(article, {format: 'markdown'})

for (const message of file.messages) {
  console.log(`${message.place && 'start' in message.place ? message.place.start.line : '?'}: ${message.ruleId}`)
  console.log(`  ${message.reason}`)
  console.log(`  suggested: ${message.expected?.length ? message.expected.join(' | ') : '(remove)'}`)
  if (message.cause) console.log(`  other side: ${String(message.cause)}`)
}

// A path: VFile options without `value` are read from disk, and the extension picks the format.
const onDisk = await lint({path: new URL('../articles/mechanism-flip.md', import.meta.url)})
console.log(`\n${onDisk.path}`)
for (const message of onDisk.messages) console.log(`  ${String(message)}`)

// Rules take the same settings as `.claimlintrc`: turn one off, or make it an error.
const quiet = await lint(article, {format: 'markdown', rules: {'claim-contradiction': false}})
console.log(`\nwith claim-contradiction off, what is left: ${quiet.messages.map((m) => m.ruleId).join(', ') || 'nothing'}`)
