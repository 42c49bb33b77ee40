/**
 * Lint a folder of real articles the way the CLI does (`pnpm claimlint FOLDER`): every Markdown,
 * HTML and text file under it, in path order, through one `lintCorpus` run, so the checks across
 * files see the whole folder. Used by the careful-prose and press-release measures.
 */
import fs from 'node:fs'
import path from 'node:path'
import {lintCorpus} from 'claimlint'
import {ruleIds} from 'retext-preset-claimlint'
import {rules as factRules} from 'retext-claim-facts'
import {rules as overstatementRules} from 'retext-overstatement'
import {parse as parseYaml} from 'yaml'

/** The extensions the CLI reads. */
const extensions = new Set(['.md', '.markdown', '.mdx', '.html', '.htm', '.txt'])

/** Rule groups, from the packages that define the rules (so a new rule joins its group). */
const overstatement = overstatementRules.map((rule) => rule.id)
const factAndCitation = factRules.map((rule) => rule.id)
const contradiction = ['claim-contradiction', 'claim-contradiction-across-files']
export const groups = {
  'contradiction, fact and time': [...contradiction, ...factAndCitation, 'time-course'],
  overstatement,
  'fact and citation': factAndCitation,
  'contradiction and fact': [...contradiction, ...factAndCitation],
  'whole preset': [...ruleIds]
}

function walk(dir) {
  const found = []
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...walk(full))
    else if (extensions.has(path.extname(entry.name).toLowerCase())) found.push(full)
  }
  return found
}

/** Words as `wc -w` counts them (runs of non-space), the unit of "messages per 10,000 words". */
export function countWords(text) {
  const words = text.match(/\S+/g)
  return words ? words.length : 0
}

/**
 * Lint every article under `dir` as one corpus (only the first `limit` in path order when given,
 * for a smoke run). Returns `undefined` when the folder is absent;
 * otherwise the files (name relative to `dir`, words, messages) and the seconds the lint took.
 * A message keeps its place, rule, words flagged, reason and whether it is information only
 * (quoted or attributed speech: `fatal` undefined), which the rates leave out as the CLI's
 * `--quiet` does.
 */
export async function lintFolder(dir, limit) {
  if (!fs.existsSync(dir)) return undefined
  const paths = walk(dir).sort().slice(0, limit)
  const started = process.hrtime.bigint()
  const files = await lintCorpus(paths.map((file) => ({path: file})))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {
    seconds,
    files: files.map((file) => ({
      name: path.relative(dir, file.path),
      words: countWords(String(file.value)),
      messages: file.messages.map((message) => ({
        line: message.line ?? 0,
        column: message.column ?? 0,
        ruleId: message.ruleId ?? '',
        info: message.fatal === undefined || message.fatal === null,
        actual: typeof message.actual === 'string' ? message.actual : '',
        reason: message.reason
      }))
    }))
  }
}

/**
 * Split file names into two halves by a stable hash of the name: `a` for tuning, `b` held out. The
 * hash is FNV-1a (as in data.js), but the half is its highest bit: FNV-1a's lowest bit is only the
 * parity of the odd character codes, which puts every article named `X--X.md` in one half.
 */
export function halfOf(name) {
  let hash = 2166136261
  for (const char of String(name)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 31 === 0 ? 'a' : 'b'
}

/** Read a YAML annotation or verdict file; `undefined` when it is absent. */
export function readYaml(file) {
  return fs.existsSync(file) ? parseYaml(fs.readFileSync(file, 'utf8')) : undefined
}

/**
 * Verdicts keyed by file, line and rule (so they survive code changes): `right` or `false alarm`,
 * with a reason. An entry may also name the flagged `words`, for two messages of one rule on one
 * line; `verdictFor` tries that key first. A message with no verdict is `unjudged`.
 */
export function verdictsOf(document) {
  const map = new Map()
  for (const entry of document?.verdicts ?? []) {
    if (entry.verdict !== 'right' && entry.verdict !== 'false alarm') throw new Error(`eval: verdict must be "right" or "false alarm", got ${JSON.stringify(entry.verdict)} (${entry.file}:${entry.line} ${entry.rule})`)
    map.set(verdictKey(entry.file, entry.line, entry.rule, entry.words), entry)
  }
  return map
}

export function verdictKey(file, line, rule, words) {
  return `${file}\u0000${line}\u0000${rule}${words === undefined ? '' : `\u0000${String(words).toLowerCase()}`}`
}

/** The verdict on one message: by its flagged words first, then by file, line and rule. */
export function verdictFor(verdicts, file, message) {
  return verdicts.get(verdictKey(file, message.line, message.ruleId, message.actual)) ?? verdicts.get(verdictKey(file, message.line, message.ruleId))
}

/** Whether some message still carries a verdict's key (a verdict nothing matches is stale). */
export function staleVerdicts(verdicts, messages) {
  const seen = new Set()
  for (const {file, message} of messages) {
    seen.add(verdictKey(file, message.line, message.ruleId, message.actual))
    seen.add(verdictKey(file, message.line, message.ruleId))
  }
  return [...verdicts.keys()].filter((key) => !seen.has(key)).length
}
