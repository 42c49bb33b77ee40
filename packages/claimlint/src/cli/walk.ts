/**
 * A look at the folders given on the command line before unified-engine searches them. The engine
 * follows symbolic links without noticing a cycle (two links to `.` made a run that never ended)
 * and reads whatever has a Markdown, HTML or text extension, so a FIFO named `x.md` blocked the run
 * forever. This walk visits each real folder and file once (by real path, plain entries before
 * links, so a file is linted under its own name), and turns what the engine must not enter or read
 * into ignore patterns for the engine plus a notice: links back into a folder already seen, second
 * paths to a file already seen, and anything that is not a regular file. Folders it cannot read
 * are left to the engine, which reports them for that path only. A configuration or ignore file
 * that is not a regular file (the engine would wait on it forever) stops the run with a message. unified-engine's walk offers no
 * hook for this, hence by hand; its ignore files and patterns still decide what is linted.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface Walked {
  /** Ignore patterns (relative to `cwd`) for what the engine must skip. */
  skip: string[]
  /** One line per skipped path, for standard error. */
  notices: string[]
  /** The given paths, without those that are not regular files or folders or were given before. */
  files: string[]
  /** Paths that must be skipped but cannot be (outside the working folder): the run cannot start. */
  blocked: string[]
}

function kind(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** A gitignore pattern matching exactly `relative` (a path below `cwd`, `/`-separated). */
function exactPattern(relative: string): string {
  return `/${relative.split(path.sep).join('/').replace(/[\\*?[\]!#]/g, '\\$&').replace(/ $/, '\\ ')}`
}

/** Files unified-engine reads in every folder it searches, and in the folders above. */
const configNames = ['.claimlintrc', '.claimlintrc.json', '.claimlintrc.yml', '.claimlintrc.yaml', '.claimlintrc.js', '.claimlintrc.cjs', '.claimlintrc.mjs', 'package.json', '.claimlintignore']

function isGlob(value: string): boolean {
  return /[*?[\]{}]/.test(value)
}

/** Walk the given folders; globs are left to the engine. */
export function walkInputs(inputs: readonly string[], cwd: string, extensions: readonly string[], rcPath?: string): Walked {
  const seen = new Set<string>()
  const skip: string[] = []
  const notices: string[] = []
  const files: string[] = []
  const blocked: string[] = []
  const shown = (absolute: string) => path.relative(cwd, absolute) || '.'

  /** Skip `absolute`: given on the command line, drop it; found in a folder, ignore it. */
  function skipPath(absolute: string, why: string, nested: boolean): void {
    if (!nested && why === 'given twice') return
    notices.push(`skipped \`${shown(absolute)}\`: ${why}`)
    if (!nested) return
    const relative = path.relative(cwd, absolute)
    // unified-engine applies ignore patterns only below its working folder.
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) blocked.push(shown(absolute))
    else skip.push(exactPattern(relative))
  }

  const checkedFolders = new Set<string>()
  /** A configuration or ignore file that is not a regular file would block the engine's read of it. */
  function checkConfigFiles(folder: string): void {
    if (checkedFolders.has(folder)) return
    checkedFolders.add(folder)
    for (const name of configNames) {
      let stats: fs.Stats
      try {
        stats = fs.statSync(path.join(folder, name))
      } catch {
        continue
      }
      if (!stats.isFile() && !stats.isDirectory()) {
        notices.push(`cannot read configuration \`${shown(path.join(folder, name))}\`: ${kind(stats)}, not a regular file`)
        blocked.push(shown(path.join(folder, name)))
      }
    }
  }

  function real(absolute: string): string | undefined {
    try {
      return fs.realpathSync(absolute)
    } catch {
      return undefined
    }
  }

  function visitFolder(folder: string): void {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(folder, {withFileTypes: true})
    } catch {
      return // The engine says it cannot read the folder, for this folder only.
    }
    // Plain entries first, then links, each in name order.
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue
      visit(path.join(folder, entry.name), true)
    }
  }

  function visit(absolute: string, nested: boolean): boolean {
    let stats: fs.Stats
    try {
      stats = fs.statSync(absolute)
    } catch {
      return true // Missing or unreadable: the engine reports it (or, nested, skips what it cannot use).
    }
    const matches = extensions.includes(path.extname(absolute))
    if (stats.isDirectory()) {
      const where = real(absolute)
      if (where === undefined) return true
      if (seen.has(where)) {
        skipPath(absolute, `a link to \`${shown(where)}\`, which is already linted`, nested)
        return false
      }
      seen.add(where)
      checkConfigFiles(absolute)
      visitFolder(absolute)
      return true
    }
    if (nested && !matches) return true
    if (!stats.isFile()) {
      skipPath(absolute, `${kind(stats)}, not a regular file`, nested)
      return false
    }
    const where = real(absolute)
    if (where === undefined) return true
    if (seen.has(where)) {
      skipPath(absolute, where === absolute ? 'given twice' : `the same file as \`${shown(where)}\`, which is already linted`, nested)
      return false
    }
    seen.add(where)
    return true
  }

  if (rcPath !== undefined) {
    try {
      const stats = fs.statSync(path.resolve(cwd, rcPath))
      if (!stats.isFile() && !stats.isDirectory()) {
        notices.push(`cannot read configuration \`${rcPath}\`: ${kind(stats)}, not a regular file`)
        blocked.push(rcPath)
      }
    } catch {
      // Missing: the engine says so.
    }
  }
  for (const input of inputs) {
    if (isGlob(input)) {
      files.push(input)
      continue
    }
    const absolute = path.resolve(cwd, input)
    for (let folder = path.dirname(absolute); ; folder = path.dirname(folder)) {
      checkConfigFiles(folder)
      if (path.dirname(folder) === folder) break
    }
    if (visit(absolute, false)) files.push(input)
  }
  if (files.length === 0 && inputs.length === 0) {
    for (let folder = cwd; ; folder = path.dirname(folder)) {
      checkConfigFiles(folder)
      if (path.dirname(folder) === folder) break
    }
  }
  return {skip, notices, files, blocked}
}
