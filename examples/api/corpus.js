/**
 * Lint several articles of one site together: each file also gets the claims that contradict
 * claims in the others, with `cause.file` naming the other article.
 * Run from the repository root after `pnpm build`: `node examples/api/corpus.js`.
 */
import {lintCorpus} from 'claimlint'

const files = await lintCorpus([
  {path: 'clinic/velorazine.md', value: '# Velorazine\n\nVelorazine blocks dopamine D2 receptors.\n'},
  {path: 'blog/velorazine-explained.md', value: '# Velorazine explained\n\nVelorazine activates dopamine D2 receptors.\n'},
  // Paths without `value` are read from disk.
  {path: new URL('../articles/velorazine-clinic-a.md', import.meta.url)}
])

for (const file of files) {
  for (const message of file.messages) {
    const cause = /** @type {import('vfile-message').VFileMessage | undefined} */ (message.cause)
    console.log(`${file.path}: ${message.ruleId}: ${message.reason}`)
    if (cause) console.log(`  other side: ${cause.file ?? file.path}:${cause.line}:${cause.column}`)
  }
}
