/**
 * The claim report: every sentence with its certainty (hedged, plain, boosted), the cue words,
 * the strength of its causal language, and the claims it makes, with offsets into the input.
 * Useful for a medical reviewer's checklist. Run from the repository root after `pnpm build`:
 * `node examples/api/claims.js`.
 */
import {claims} from 'claimlint'

const article = `# Ketamine for depression

Ketamine may act within hours in some patients.

Ketamine definitely cures depression, and it is always given as an infusion into a vein.
`

const report = await claims(article, {format: 'markdown'})
console.log(`topic: ${report.topic}`)

for (const sentence of report.sentences) {
  console.log(`\n[${sentence.start}-${sentence.end}] ${sentence.certainty}, ${sentence.strength}: ${sentence.text}`)
  if (sentence.cues.length > 0) console.log(`  cues: ${sentence.cues.join(', ')}`)
  for (const claim of sentence.claims) {
    // `start`/`end` are offsets into `article`.
    console.log(`  ${claim.polarity} ${claim.subject} · ${claim.property}${claim.target ? ` (${claim.target})` : ''} = ${claim.value}  «${article.slice(claim.start, claim.end)}»`)
  }
}
