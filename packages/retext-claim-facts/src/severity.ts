/**
 * Severity that follows the evidence. `unified-lint-rule` gives every message of a rule the
 * severity the user configured (`fatal: false` for warnings, `true` for errors) after the rule
 * has run. A message that rests on a preclinical or speculative fact must never be an error, so
 * the rule marks such messages here and `withInformational` resets them to `fatal: undefined`
 * (information) once `unified-lint-rule` is done, whatever severity the rule was given.
 */
import type {FactStatus} from '@claimlint/core'
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

const informational = new WeakSet<VFileMessage>()

/** Statuses whose messages are information only. */
export function isTentative(status: FactStatus): boolean {
  return status === 'preclinical' || status === 'speculative'
}

/** Mark a message as information only (it keeps `fatal: undefined`). */
export function markInformational(message: VFileMessage): void {
  informational.add(message)
}

type Next = (error?: Error | null) => void
type LintTransformer = (tree: Root, file: VFile, next: Next) => void

/**
 * Wrap a plugin made by `unified-lint-rule` so that marked messages end up as information. The
 * wrapper has the same type as the plugin, so it takes the same `[severity, options]` settings.
 */
export function withInformational<P extends Plugin<any[], Root>>(plugin: P): P {
  return function (this: unknown, config?: unknown) {
    const inner = (plugin as unknown as (this: unknown, config?: unknown) => LintTransformer | undefined).call(this, config)
    if (!inner) return
    const transformer: LintTransformer = (tree, file, next) => {
      const before = file.messages.length
      inner(tree, file, (error) => {
        for (let index = before; index < file.messages.length; index++) {
          const message = file.messages[index]!
          if (informational.has(message)) message.fatal = undefined
        }
        next(error)
      })
    }
    return transformer as unknown as Transformer<Root, Root>
  } as unknown as P
}
