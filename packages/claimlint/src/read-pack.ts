/**
 * Read a user's rule pack from a path (as given in `.claimlintrc`): the YAML is checked by
 * `readPack` from `@claimlint/core`; every problem is reported as `file:line:column: reason`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {PackError, readPack, type Pack} from '@claimlint/core'

/** Thrown when a pack file cannot be read or is not a valid pack. */
export class PackFileError extends Error {
  /** `file:line:column: reason` lines, one per problem. */
  readonly problems: string[]
  constructor(message: string, problems: string[], options?: {cause?: unknown}) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  ${p}`).join('\n')}` : message, options)
    this.name = 'PackFileError'
    this.problems = problems
  }
}

function describeReadError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file'
  if (error.code === 'EISDIR') return 'it is a folder, not a YAML file'
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied'
  return error.message
}

/**
 * Read and validate one pack.
 *
 * @param file Path of the YAML pack, relative to `from` (default: the working directory).
 * @param from Folder that relative paths start from (the configuration file's folder).
 */
export function readPackFile(file: string, from: string = process.cwd()): Pack {
  const absolute = path.resolve(from, file)
  const shown = path.relative(process.cwd(), absolute) || absolute
  let text: string
  try {
    // Reading a FIFO or a device would wait forever (or never end): only regular files.
    const stats = fs.statSync(absolute)
    if (!stats.isFile() && !stats.isDirectory()) throw new PackFileError(`Cannot read rule pack \`${shown}\`: not a regular file`, [])
    text = fs.readFileSync(absolute, 'utf8')
  } catch (error) {
    if (error instanceof PackFileError) throw error
    throw new PackFileError(`Cannot read rule pack \`${shown}\`: ${describeReadError(error as NodeJS.ErrnoException)}`, [], {cause: error})
  }
  try {
    return readPack(text, shown)
  } catch (error) {
    if (error instanceof PackError) {
      const problems = error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.reason}`)
      throw new PackFileError(`Invalid rule pack \`${shown}\``, problems, {cause: error})
    }
    throw error
  }
}
