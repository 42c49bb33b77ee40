#!/usr/bin/env node
// The `claimlint` command; all the work is in `lib/cli/index.js` (compiled from `src/cli/`).
import process from 'node:process'
import {main} from '../lib/cli/index.js'

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`claimlint: unexpected failure: ${error && error.stack ? error.stack : error}\n`)
    process.exitCode = 2
  }
)
