/**
 * The reliability benchmark (`pnpm bench --reliability`, or `node test/bench/reliability.js`): the
 * CLI over folders of 1,000, 10,000 and 50,000 small generated articles (`articles.js`), each run
 * in its own process, reporting its peak RSS and the time per article, and for each size after the
 * first the ratio of its time per article to the previous size's.
 *
 * Options: `--sizes=1000,10000,50000`, `--report=json` (the CLI's report format), `--json` (the last
 * line is one JSON object), `--keep` (keep the generated folders, under the system's temporary
 * folder). Targets (docs/performance.md): peak RSS under 1.5 GB at 50,000, and each size's time per
 * article at most 1.3 times the previous size's.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeArticles} from './articles.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const json = args.includes('--json')
const keep = args.includes('--keep')
const sizes = (option('sizes') ?? '1000,10000,50000').split(',').map(Number).sort((a, b) => a - b)
const report = option('report') ?? 'json'
const log = (...parts) => (json ? console.error(...parts) : console.log(...parts))

const rows = []
for (const size of sizes) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `claimlint-reliability-${size}-`))
  try {
    const bytes = writeArticles(folder, size)
    const out = execFileSync(process.execPath, [path.join(here, 'cli-run.js'), folder, report], {encoding: 'utf8', maxBuffer: 1 << 20})
    const run = JSON.parse(out.trim().split('\n').at(-1))
    const previous = rows.at(-1)
    const msPerArticle = run.ms / size
    const row = {
      articles: size,
      textMb: Math.round((bytes / 2 ** 20) * 10) / 10,
      peakRssMb: run.peakRssMb,
      seconds: Math.round(run.ms / 100) / 10,
      msPerArticle: Math.round(msPerArticle * 100) / 100,
      ratioToPrevious: previous ? Math.round((msPerArticle / previous.msPerArticle) * 100) / 100 : undefined,
      reportMb: Math.round((run.reportBytes / 2 ** 20) * 10) / 10,
      exitCode: run.code
    }
    rows.push(row)
    log(
      `${String(size).padStart(6)} articles (${row.textMb} MB): peak RSS ${row.peakRssMb} MB, ${row.seconds} s, ` +
        `${row.msPerArticle} ms per article${row.ratioToPrevious === undefined ? '' : ` (${row.ratioToPrevious}× the previous size)`}, report ${row.reportMb} MB`
    )
  } finally {
    if (!keep) fs.rmSync(folder, {recursive: true, force: true})
    else log(`  kept ${folder}`)
  }
}
const largest = rows.at(-1)
const targets = {
  peakUnder1500MbAtLargest: largest ? largest.peakRssMb < 1500 : undefined,
  eachStepAtMost1_3x: rows.slice(1).every((row) => row.ratioToPrevious <= 1.3)
}
log(`targets: peak RSS under 1.5 GB at ${largest?.articles}: ${targets.peakUnder1500MbAtLargest}; each size at most 1.3× the previous per article: ${targets.eachStepAtMost1_3x}`)
if (json) console.log(JSON.stringify({node: process.version, cpus: os.cpus().length, rows, targets}))
