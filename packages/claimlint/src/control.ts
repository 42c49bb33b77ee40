/**
 * Message control: `<!--claimlint ignore-->`, `<!--claimlint ignore rule-id-->` and
 * `<!--claimlint disable|enable rule-id-->` in Markdown and HTML comments, plus the `ignore` list of
 * phrases from the configuration. Built on unified-message-control with mdast-comment-marker on the
 * kept Markdown tree and the same marker grammar for HTML comment nodes.
 *
 * It must see every message, so its transformer is registered after every other one (see
 * `run-last.ts`). Messages added later, after all files of a run are read (contradictions across files),
 * go through `controlLate(file)`, which filters only the messages it has not seen yet.
 */
import type {Nodes as HastNodes} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import {ruleIds} from 'retext-preset-claimlint'
import type {Processor} from 'unified'
import {messageControl, type Marker} from 'unified-message-control'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {runLast} from './run-last.js'

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

/** Same rule, place and reason: control may run twice over a file and must not repeat itself. */
function sameMessage(a: VFileMessage, b: VFileMessage): boolean {
  return a !== b && a.ruleId === b.ruleId && a.source === b.source && a.line === b.line && a.column === b.column && a.reason === b.reason
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
      if (file.messages.some((other) => sameMessage(other, message))) file.messages.pop()
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
  const kept = before.filter((message) => state.seen.has(message))
  for (const message of file.messages) {
    if (message.source === controlSource && kept.some((other) => sameMessage(other, message))) continue
    kept.push(message)
  }
  file.messages = kept
  for (const message of file.messages) state.seen.add(message)
}

/** Filter the messages added to `file` since control last ran (for messages across files). */
export function controlLate(file: VFile): void {
  const state = states.get(file)
  if (state) apply(file, state, false)
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
