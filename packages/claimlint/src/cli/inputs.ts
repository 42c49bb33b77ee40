/**
 * Given folders that held nothing to lint. unified-engine searches a folder silently; a CI job that
 * points at the wrong folder should hear about it instead of passing on zero files.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'

/** Paths given on the command line that are folders in which no file was linted. */
export function emptyFolders(given: readonly string[], files: readonly VFile[], cwd: string): string[] {
  const linted = files.map((file) => path.resolve(file.cwd || cwd, file.path || ''))
  return given.filter((entry) => {
    const folder = path.resolve(cwd, entry)
    let isFolder = false
    try {
      isFolder = fs.statSync(folder).isDirectory()
    } catch {
      return false
    }
    return isFolder && !linted.some((file) => file.startsWith(folder + path.sep))
  })
}
