/**
 * Peak memory of one task on one text, in its own process so the figures are comparable:
 * `node --expose-gc test/bench/memory.js parse|lint <words>` prints `{"words", "baseRssMb", "peakRssMb"}`.
 * `parse` is bare retext-english parsing of every document, keeping the trees (as a lint keeps its
 * tree); `lint` is claimlint with every rule on the same text as one file.
 */
import {lintSync} from 'claimlint'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {countWords, documentsOf, loadDocuments} from './corpus.js'

const [mode, size] = process.argv.slice(2)
const docs = documentsOf(loadDocuments().documents, Number(size))
const text = docs.join('\n\n')
const words = countWords(text)
// Load everything the task needs before the base line is taken.
if (mode === 'lint') lintSync(new VFile({value: 'Ketamine blocks NMDA receptors within hours.'}), {format: 'text'})
else unified().use(retextEnglish).parse('Ketamine blocks NMDA receptors within hours.')
globalThis.gc?.()
const baseRssMb = process.memoryUsage().rss / 2 ** 20

let kept
if (mode === 'lint') {
  kept = lintSync(new VFile({value: text}), {format: 'text', maxSize: 0})
} else {
  const english = unified().use(retextEnglish)
  kept = docs.map((doc) => english.parse(doc))
}
const peakRssMb = process.resourceUsage().maxRSS / 1024
console.log(JSON.stringify({mode, words, baseRssMb: Math.round(baseRssMb), peakRssMb: Math.round(peakRssMb), kept: kept ? 1 : 0}))
