/**
 * Clear words for files unified-engine could not read (permission denied, a folder, …) and the
 * detection of configuration errors, which the engine reports on every file they apply to but
 * which the CLI prints once (exit code 2).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

interface ErrnoLike {
  code?: unknown
  message?: unknown
  cause?: unknown
}

const readProblems: Readonly<Record<string, string>> = {
  EACCES: 'Cannot read file: permission denied',
  EPERM: 'Cannot read file: permission denied',
  EISDIR: 'Cannot read file: it is a folder (give the folder itself to lint the files in it)',
  ENOENT: 'No such file or folder',
  ELOOP: 'Cannot read file: too many symbolic links',
  EMFILE: 'Cannot read file: too many open files'
}

function causeOf(message: VFileMessage): ErrnoLike | undefined {
  return typeof message.cause === 'object' && message.cause !== null ? (message.cause as ErrnoLike) : undefined
}

/** Does this engine message report a configuration file that could not be loaded? */
function configProblem(message: VFileMessage): string | undefined {
  const cause = causeOf(message)
  if (message.ruleId || !cause || typeof cause.message !== 'string') return undefined
  const match = /^Cannot (parse|read)(?: given)? file `(.+)`$/.exec(cause.message)
  if (!match) return undefined
  const inner = cause.cause as ErrnoLike | undefined
  // Our own schema errors already read `file: problem`.
  if (inner && (inner as Error).name === 'ConfigError' && typeof inner.message === 'string') return inner.message
  const code = inner && typeof inner.code === 'string' ? inner.code : undefined
  const reason = code && readProblems[code] ? readProblems[code] : inner && typeof inner.message === 'string' ? inner.message.trim() : `cannot ${match[1]} it`
  return `${match[2]}: ${reason}`
}

/** Distinct configuration problems in a run, each naming its file. */
export function configProblems(files: readonly VFile[]): string[] {
  const found = new Set<string>()
  for (const file of files) {
    for (const message of file.messages) {
      const problem = message.fatal ? configProblem(message) : undefined
      if (problem) found.add(problem)
    }
  }
  return [...found]
}

/** Reword fatal read errors in place, and drop their stack traces from the report. */
export function explainFailures(files: readonly VFile[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (!message.fatal || message.ruleId) continue
      const code = causeOf(message)?.code
      const reason = typeof code === 'string' ? readProblems[code] : undefined
      if (reason) {
        message.reason = reason
        message.message = reason
        message.cause = undefined
      }
      if (message.reason.startsWith('Cannot lint binary file')) message.stack = ''
    }
  }
}
