/**
 * Run a transformer after every other one of a processor, even those that plugins add while the
 * processor freezes (as presets do). Message control needs this: it filters the messages that exist
 * when it runs.
 */
import type {Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'

const tails = new WeakMap<object, Array<Transformer<any, any>>>()
const isTail = Symbol('claimlint tail')

type Attacher = ((this: Processor<any, any, any, any, any>) => Transformer<any, any> | undefined) & {[isTail]?: true}

/** The tail attacher: re-appends itself while a non-tail attacher follows it, then runs `list`. */
function makeTail(list: Array<Transformer<any, any>>): Attacher {
  const tail: Attacher = function (this: Processor<any, any, any, any, any>) {
    const attachers = this.attachers as unknown as Array<[Attacher, ...unknown[]]>
    const after = attachers.slice(attachers.findIndex(([plugin]) => plugin === tail) + 1)
    // Only other tails after us (a copied processor brings its own): run, or they would take
    // turns re-appending themselves forever.
    if (after.some(([plugin]) => !plugin[isTail])) {
      this.use(makeTail(list))
      return undefined
    }
    // A transformer may hand on a new tree (the CLI releases each file's tree this way).
    return function (tree, file) {
      let current: unknown = tree
      for (const run of list) current = (run as (tree: unknown, file: VFile) => unknown)(current, file) ?? current
      return current === tree ? undefined : (current as typeof tree)
    }
  }
  tail[isTail] = true
  return tail
}

/**
 * Register `transformer` to run after every other one. unified runs attachers added while freezing
 * after the ones already listed, so one tail attacher per processor re-appends itself (a new
 * function each time: `use` with the same one would only reconfigure it) until nothing but tails
 * comes after it, then runs every transformer registered this way, in order.
 */
export function runLast(processor: Processor<any, any, any, any, any>, transformer: Transformer<any, any>): void {
  const queued = tails.get(processor)
  if (queued) {
    queued.push(transformer)
    return
  }
  const list = [transformer]
  tails.set(processor, list)
  processor.use(makeTail(list))
}
