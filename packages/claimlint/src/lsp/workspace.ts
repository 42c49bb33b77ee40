/**
 * Contradictions across the articles of the editor's workspace, as the CLI finds them across the
 * files of a run. The server reads the workspace's articles (the CLI's extensions; `node_modules`,
 * hidden folders and what `.claimlintignore` and `.gitignore` list are skipped), keeps each one's
 * claim ledger until the file changes on disk (an open document's ledger comes from its latest
 * lint instead), and judges the linted document against all of them with the CLI's corpus: claims
 * grouped by key, so a lint costs its own parse plus time linear in the workspace's claims.
 *
 * When a lint changes what another open document should show (the other side was edited), the
 * server is asked to check the open documents again (`onOtherDocumentsChanged`), so both sides
 * stay current.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {ledgerOf, type ClaimLedger, type Knowledge} from '@claimlint/core'
import ignore, {type Ignore} from 'ignore'
import {createCorpus, type Corpus, type CorpusMeta} from 'retext-claim-contradiction'
import {VFile} from 'vfile'
import {extensions, formatOf} from '../format.js'
import {parseDocument} from '../parse.js'

/** Files larger than this are not read for workspace checks (the CLI's default `maxSize`). */
const largest = 5 * 1024 * 1024
/** Listing the workspace again costs a walk of its folders: at most this often. */
const rescanAfter = 2000

interface Entry {
  path: string
  /** `mtimeMs` of the file the ledger was built from; `-1` for an open document's own text. */
  stamp: number
  text: string
  ledger: ClaimLedger
  knowledge: Knowledge
}

interface Workspace {
  root: string
  files: string[]
  scannedAt: number
  entries: Map<string, Entry>
  /** Across-file messages last shown or due per open document, to see when one changes. */
  shown: Map<string, string>
}

const workspaces = new Map<string, Workspace>()
const open = new Set<string>()
let listener: (() => void) | undefined

/** Called (debounced by the caller) when open documents other than the linted one should be checked again. */
export function onOtherDocumentsChanged(callback: () => void): void {
  listener = callback
}

/** An open document's path, from its URI (`file:` only). */
function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

/** Track open documents (from the client's `didOpen`/`didClose`). */
export function documentOpened(uri: string): void {
  const file = pathOf(uri)
  if (file) open.add(file)
}

export function documentClosed(uri: string): void {
  const file = pathOf(uri)
  if (!file) return
  open.delete(file)
  // Back to what is on disk.
  for (const workspace of workspaces.values()) {
    if (workspace.entries.get(file)?.stamp === -1) workspace.entries.delete(file)
    workspace.shown.delete(file)
  }
}

function ignores(root: string): Ignore {
  const rules = ignore()
  for (const name of ['.gitignore', '.claimlintignore']) {
    try {
      rules.add(fs.readFileSync(path.join(root, name), 'utf8'))
    } catch {}
  }
  return rules
}

/** The articles under `root`, as the CLI would find them in that folder. */
function scan(root: string): string[] {
  const rules = ignores(root)
  const found: string[] = []
  const known = new Set(extensions)
  const walk = (dir: string) => {
    let names: fs.Dirent[]
    try {
      names = fs.readdirSync(dir, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of names) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      const relative = path.relative(root, full)
      if (entry.isDirectory()) {
        if (!rules.ignores(`${relative}/`)) walk(full)
      } else if (entry.isFile() && known.has(path.extname(entry.name).toLowerCase()) && !rules.ignores(relative)) found.push(full)
    }
  }
  walk(root)
  return found.sort()
}

function workspaceOf(root: string): Workspace {
  let workspace = workspaces.get(root)
  if (!workspace) {
    workspace = {root, files: [], scannedAt: 0, entries: new Map(), shown: new Map()}
    workspaces.set(root, workspace)
  }
  if (Date.now() - workspace.scannedAt > rescanAfter) {
    workspace.files = scan(root)
    workspace.scannedAt = Date.now()
  }
  return workspace
}

/** The ledger of a file on disk, built again only when it changed. */
function entryOnDisk(workspace: Workspace, file: string, knowledge: Knowledge): Entry | undefined {
  const known = workspace.entries.get(file)
  if (known?.stamp === -1 && known.knowledge === knowledge) return known
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    workspace.entries.delete(file)
    return undefined
  }
  if (known && known.stamp === stat.mtimeMs && known.knowledge === knowledge) return known
  if (stat.size > largest) return undefined
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const vfile = new VFile({path: file, value: text})
  const tree = parseDocument(text, vfile, formatOf(path.extname(file)))
  const entry: Entry = {path: file, stamp: stat.mtimeMs, text, ledger: ledgerOf(tree, vfile, knowledge), knowledge}
  workspace.entries.set(file, entry)
  return entry
}

function signature(file: VFile, ruleId: string): string {
  return file.messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => `${message.line}:${message.column} ${message.reason}`)
    .sort()
    .join('\n')
}

/**
 * Judge `file` (an open document, with its ledger from this lint) against the workspace under
 * `root`. Messages go onto `file`; `cause.file` names the other article (relative to `root`).
 */
export function judgeInWorkspace(file: VFile, ledger: ClaimLedger, knowledge: Knowledge, meta: CorpusMeta, root: string): void {
  const own = file.path ? path.resolve(root, file.path) : undefined
  if (!own) return
  const workspace = workspaceOf(root)
  workspace.entries.set(own, {path: own, stamp: -1, text: String(file.value ?? ''), ledger, knowledge})
  const corpus: Corpus = createCorpus()
  const others = new Map<string, VFile>()
  const paths = new Set([...workspace.files, ...[...open].filter((other) => other.startsWith(root + path.sep))])
  paths.add(own)
  // In path order, as the CLI adds a run's files: the same article gets the message in both.
  for (const other of [...paths].sort()) {
    if (other === own) {
      corpus.add(file, ledger, knowledge, meta)
      continue
    }
    const entry = entryOnDisk(workspace, other, knowledge)
    if (!entry || entry.ledger.claims.length === 0) continue
    // A fresh file per judgement: the corpus adds the other side's messages to it too.
    const vfile = new VFile({path: path.relative(root, other), value: entry.text, cwd: root})
    others.set(other, vfile)
    corpus.add(vfile, entry.ledger, knowledge, meta)
  }
  if (others.size === 0) return
  corpus.judge()
  workspace.shown.set(own, signature(file, meta.ruleId))
  let changed = false
  for (const [other, vfile] of others) {
    if (!open.has(other)) continue
    const now = signature(vfile, meta.ruleId)
    if (workspace.shown.has(other) && workspace.shown.get(other) !== now) changed = true
    workspace.shown.set(other, now)
  }
  if (changed) listener?.()
}

/** The URI of a workspace file (for tests and the relay). */
export function uriOf(root: string, file: string): string {
  return pathToFileURL(path.resolve(root, file)).href
}
