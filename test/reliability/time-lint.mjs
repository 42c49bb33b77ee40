/**
 * Time `lint` on files, in a process of its own (so a test's timing is not disturbed by jest):
 * `node test/reliability/time-lint.mjs a.md b.md` warms up on the first file, then prints
 * `{"ms": [median ms per file], "messages": [count per file]}`.
 */
import fs from 'node:fs'
import {lint} from 'claimlint'
import {VFile} from 'vfile'

const paths = process.argv.slice(2)
const run = async (file) => lint(new VFile({path: file, value: fs.readFileSync(file, 'utf8')}))
await run(paths[0])
await run(paths[0])
const ms = []
const messages = []
for (const file of paths) {
  const times = []
  let count = 0
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    count = (await run(file)).messages.length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  ms.push(times[1])
  messages.push(count)
}
console.log(JSON.stringify({ms, messages}))
