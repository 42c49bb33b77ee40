/**
 * A one-line progress counter for long runs on an interactive terminal (`12/40 files`), drawn on
 * stderr and erased before the report. Never shown when stderr is not a TTY or under CI, so logs
 * and redirected reports stay clean.
 */

export interface Progress {
  /** One more file was linted, out of `total`. */
  tick(total: number): void
  /** Erase the line (before the report is written). */
  done(): void
}

/** Wait this long before drawing anything, so short runs print nothing extra. */
const delay = 400

export function createProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Progress | undefined {
  if (!stream.isTTY || env.CI || env.TERM === 'dumb') return undefined
  const started = Date.now()
  let count = 0
  let drawn = false
  let lastDraw = 0
  return {
    tick(total) {
      count++
      const now = Date.now()
      if (now - started < delay || now - lastDraw < 80) return
      lastDraw = now
      drawn = true
      stream.write(`\r\u001B[2Kclaimlint: ${count}/${Math.max(total, count)} files`)
    },
    done() {
      if (drawn) stream.write('\r\u001B[2K')
      drawn = false
    }
  }
}
