/** Paths in reports: relative to the working directory, with forward slashes. */
import path from 'node:path'
import type {VFile} from 'vfile'

/** A path as reports show it (`stdin` for text without a path). */
export function relativePath(file: string | undefined, cwd: string): string {
  if (!file) return 'stdin'
  const relative = path.relative(cwd, path.resolve(cwd, file))
  return (relative || path.basename(file)).split(path.sep).join('/')
}

/** The path of a vfile as reports show it. */
export function filePath(file: VFile, cwd: string): string {
  return relativePath(file.path || undefined, file.cwd || cwd)
}

/** Where a message's `cause` is: its own `file`, else the message's file. */
export function causePath(cause: {file?: string | undefined}, file: VFile, cwd: string): string {
  return cause.file ? relativePath(cause.file, file.cwd || cwd) : filePath(file, cwd)
}
