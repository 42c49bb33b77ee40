/**
 * Peer linters, each run the way its documentation shows on plain text: retext-equality and
 * retext-intensify as retext-english processors, alex through its `text` API, write-good on the
 * string. Each function lints one text and returns the number of messages.
 */
import {createRequire} from 'node:module'
import {text as alexText} from 'alex'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextIntensify from 'retext-intensify'
import {unified} from 'unified'
import {VFile} from 'vfile'

const require = createRequire(import.meta.url)
const writeGood = require('write-good')

function retext(plugin) {
  const processor = unified().use(retextEnglish).use(plugin).freeze()
  return (text) => {
    const file = new VFile({value: text})
    processor.runSync(processor.parse(file), file)
    return file.messages.length
  }
}

export const peers = {
  'retext-equality': retext(retextEquality),
  'retext-intensify': retext(retextIntensify),
  'write-good': (text) => writeGood(text).length,
  alex: (text) => alexText(text).messages.length
}
