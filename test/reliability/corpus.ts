/** Real prose from `../shared/data` for tests that want it (absent in some checkouts). */
import fs from 'node:fs'
import path from 'node:path'

const dataDir = process.env.CLAIMLINT_DATA ?? path.resolve(process.cwd(), '../shared/data')

/** The health press releases and ketamine press releases, one string per document, or `undefined`. */
export function sharedData(): {documents: string[]} | undefined {
  const releases = path.join(dataDir, 'hype/health-press-releases.dev.jsonl')
  const ketamine = path.join(dataDir, 'ketamine-press-releases')
  if (!fs.existsSync(releases) || !fs.existsSync(ketamine)) return undefined
  const documents = fs
    .readFileSync(releases, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as {title: string; text: string})
    .map((record) => `${record.title}\n\n${record.text}`)
  for (const name of fs.readdirSync(ketamine).sort()) documents.push(fs.readFileSync(path.join(ketamine, name), 'utf8'))
  return {documents}
}
