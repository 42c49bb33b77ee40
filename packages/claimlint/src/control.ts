/**
 * Message control: `<!--claimlint ignore-->`, `<!--claimlint ignore rule-id-->` and
 * `<!--claimlint disable|enable rule-id-->` in Markdown and HTML comments, plus the `ignore` list of
 * phrases from the configuration. Built on unified-message-control with mdast-comment-marker on the
 * kept Markdown tree and the same marker grammar for HTML comment nodes.
 *
 * It must see every message, so its transformer is registered after every other one (see
 * `runLast`). Messages added later, after all files of a run are read (contradictions across files),
 * go through `controlLate(file)`, which filters only the messages it has not seen yet.
 */
import type {Nodes as HastNodes} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import {ruleIds} from 'retext-preset-claimlint'
import type {Processor, Transformer} from 'unified'
import {messageControl, type Marker} from 'unified-message-control'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface ControlOptions {
  /** Phrases whose messages are dropped (compared without case, on the flagged text). */
  ignore?: readonly string[] | null | undefined
}

/** Name used in comments: `<!--claimlint ignore-->`. */
export const markerName = 'claimlint'
/** Source of the messages this module adds itself. */
export const controlSource = 'claimlint'
export const controlUrl = 'https://github.com/claimlint/claimlint/blob/main/docs/cli.md#inline-comments'

const verbs = new Set(['enable', 'disable', 'ignore'])

interface State {
  ignore: string[]
  seen: WeakSet<VFileMessage>
}

const states = new WeakMap<VFile, State>()

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim()
}

/** Is an equal message (same rule, place and reason) already on the file? Control may run twice. */
function isDuplicate(file: VFile, message: VFileMessage): boolean {
  return file.messages.some(
    (other) => other !== message && other.ruleId === message.ruleId && other.source === message.source && other.line === message.line && other.column === message.column && other.reason === message.reason
  )
}

/** Parse a Markdown `html` node or an HTML `comment` node as a marker. */
function markerOf(node: Node): Marker | undefined {
  if (node.type === 'html') return commentMarker(node as MdastNodes) ?? undefined
  if (node.type === 'comment') {
    const found = commentMarker({type: 'html', value: `<!--${(node as unknown as {value: string}).value}-->`})
    return found ? ({...found, node} as Marker) : undefined
  }
  return undefined
}

/**
 * Markers of our name with a known verb; a bad verb becomes a warning (instead of the throw
 * unified-message-control does), once, on the first pass.
 */
function markerFor(file: VFile, report: boolean) {
  return function (node: Node): Marker | undefined {
    const marker = markerOf(node)
    if (!marker || marker.name !== markerName) return marker
    const verb = marker.attributes.split(/\s+/)[0] ?? ''
    if (verbs.has(verb)) return marker
    if (report) {
      const message = file.message(`Unexpected comment verb \`${verb}\`, expected \`ignore\`, \`disable\` or \`enable\``, {
        place: node.position,
        ruleId: 'unknown-comment',
        source: controlSource
      })
      message.url = controlUrl
      if (isDuplicate(file, message)) file.messages.pop()
    }
    return undefined
  }
}

/** HTML puts whitespace text between elements: skip it so `ignore` reaches the next element. */
function withoutBlankText(tree: HastNodes): HastNodes {
  if (!('children' in tree)) return tree
  const children = tree.children
    .filter((child) => !(child.type === 'text' && child.value.trim() === ''))
    .map((child) => withoutBlankText(child))
  return {...tree, children} as HastNodes
}

/** Give messages about unknown rule ids in comments our own words, source, rule id and docs link. */
function relabelUnknown(message: VFileMessage): void {
  if (message.source !== 'unified-message-control') return
  const id = /`'(.+)'`/.exec(message.reason)?.[1] ?? ''
  message.reason = `Unknown rule \`${id}\` in a \`claimlint\` comment`
  message.message = message.reason
  message.source = controlSource
  message.ruleId = 'unknown-rule'
  message.url = controlUrl
  message.actual = id
  message.note = `Known rules: ${ruleIds.join(', ')}.`
}

function matchesIgnored(message: VFileMessage, ignore: readonly string[]): boolean {
  if (ignore.length === 0 || typeof message.actual !== 'string') return false
  const actual = ` ${normalize(message.actual)} `
  return ignore.some((phrase) => actual.includes(` ${phrase} `))
}

function apply(file: VFile, state: State, first: boolean): void {
  const before = file.messages
  const fresh = before.filter((message) => !state.seen.has(message))
  if (fresh.length === 0 && !first) return
  file.messages = fresh.filter((message) => !matchesIgnored(message, state.ignore))
  const source = file.data.claimlintSource
  if (source?.tree) {
    const sources = [...new Set(fresh.map((message) => message.source).filter((s): s is string => Boolean(s) && s !== controlSource))]
    messageControl(source.format === 'html' ? withoutBlankText(source.tree) : source.tree, {
      file,
      marker: markerFor(file, first),
      name: markerName,
      source: sources,
      test: ['html', 'comment'],
      ...(first ? {known: [...ruleIds]} : {})
    })
    for (const message of file.messages) relabelUnknown(message)
  }
  const kept = [...before.filter((message) => state.seen.has(message))]
  for (const message of file.messages) {
    if (state.seen.has(message) || !kept.some((other) => other.ruleId === message.ruleId && other.source === message.source && other.line === message.line && other.column === message.column && other.reason === message.reason) || !message.source?.startsWith(controlSource)) kept.push(message)
  }
  file.messages = kept
  for (const message of file.messages) state.seen.add(message)
}

/** Filter the messages added to `file` since control last ran (for messages across files). */
export function controlLate(file: VFile): void {
  const state = states.get(file)
  if (state) apply(file, state, false)
}

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
    return function (tree, file) {
      for (const run of list) (run as (tree: unknown, file: VFile) => void)(tree, file)
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

/** unified plugin: comment-based message control and ignored phrases, after all rules. */
export default function claimlintControl(this: Processor<any, any, any, any, any>, options?: Readonly<ControlOptions> | null): undefined {
  const ignore = (options?.ignore ?? []).map(normalize).filter(Boolean)
  runLast(this, (_tree, file) => {
    // A file may pass through control twice (a processor that runs a configured processor inside
    // it): keep what the first pass saw, add this pass's phrases.
    const state: State = states.get(file) ?? {ignore: [], seen: new WeakSet()}
    for (const phrase of ignore) if (!state.ignore.includes(phrase)) state.ignore.push(phrase)
    states.set(file, state)
    apply(file, state, true)
  })
}
