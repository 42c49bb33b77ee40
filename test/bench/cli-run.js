/**
 * One CLI run for the reliability benchmark, in its own process: `node test/bench/cli-run.js
 * <folder> [report]` lints the folder as `claimlint <folder> --report <report>` would (the report is
 * counted, not kept) and prints `{"ms", "peakRssMb", "reportBytes", "code"}`.
 */
import {Writable} from 'node:stream'
import {main} from '../../packages/claimlint/lib/cli/index.js'

const [folder, report = 'json'] = process.argv.slice(2)
let reportBytes = 0
const sink = new Writable({
  write(chunk, _encoding, callback) {
    reportBytes += chunk.length
    callback()
  }
})
const start = performance.now()
const code = await main([folder, '--report', report], {stdin: process.stdin, stdout: sink, stderr: sink, cwd: process.cwd(), env: {}})
const ms = performance.now() - start
console.log(JSON.stringify({ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), reportBytes, code}))
