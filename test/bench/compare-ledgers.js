/**
 * Optimisation guard: build the claim ledger of every benchmark document with the current core and
 * with another build of it (`node test/bench/compare-ledgers.js /path/to/other/core/lib`), and print
 * every document whose ledger differs. Speed work on the ledger must print `0 differ`.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import * as current from '@claimlint/core'
import {builtinPacks} from '@claimlint/packs'
import {parseDocument} from 'claimlint'
import {VFile} from 'vfile'
import {loadDocuments} from './corpus.js'

const otherDir = process.argv[2]
if (!otherDir) {
  console.error('usage: node test/bench/compare-ledgers.js <other core lib folder>')
  process.exit(2)
}
const other = await import(pathToFileURL(path.resolve(otherDir, 'index.js')).href)
const {documents} = loadDocuments()
const mine = current.createKnowledge(builtinPacks)
const theirs = other.createKnowledge(builtinPacks)
let differ = 0
for (const [index, doc] of documents.entries()) {
  const file = new VFile({value: doc})
  const tree = parseDocument(doc, file, 'text')
  const point = (offset) => ({line: 1, column: offset + 1, offset})
  const a = JSON.stringify(current.extractLedger(tree, mine, point, doc))
  const b = JSON.stringify(other.extractLedger(tree, theirs, point, doc))
  if (a !== b) {
    differ++
    let at = 0
    while (a[at] === b[at]) at++
    console.log(`document ${index}: ${a.slice(Math.max(0, at - 150), at + 80)}\n  other: ${b.slice(Math.max(0, at - 150), at + 80)}`)
  }
}
console.log(`${documents.length} documents, ${differ} differ`)
