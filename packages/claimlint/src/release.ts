/**
 * What the CLI keeps of a file once it is linted: unified-engine holds every file of a run until the
 * last one is read (contradictions across files are judged then), and with it each file's trees,
 * text and ledger: about 0.7 MB for a 3 kB article, so a folder of 10,000 articles ran out of
 * memory. What the end of the run needs is a file's messages, its claims (in the corpus) and, for
 * the late pass of message control, the comment markers of its source tree. `releaseFile` keeps
 * those and drops the rest; its transformer hands the engine an empty tree in place of the file's.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

interface Node {
  type: string
  value?: unknown
  position?: unknown
  children?: Node[]
}

/** Whether `node` is a comment that may be a marker (`<!--claimlint …-->`) or holds one. */
function holdsMarker(node: Node): boolean {
  if (node.type === 'html' || node.type === 'comment') return true
  return Boolean(node.children?.some(holdsMarker))
}

/**
 * The source tree reduced to what message control reads: comment nodes with their text, the
 * positions of their siblings and ancestors (a marker applies up to its next sibling or to the end
 * of its parent), and whitespace text (skipped between HTML elements). Subtrees without comments
 * become a node with a type and a position.
 */
export function markerSkeleton<T extends Node>(node: T): T {
  const kept: Node = {type: node.type, position: node.position}
  if (node.type === 'html' || node.type === 'comment' || (node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '')) {
    kept.value = node.value
  }
  if (node.children && holdsMarker(node)) kept.children = node.children.map(markerSkeleton)
  return kept as T
}

/**
 * A copy of `text` that does not share the memory of a longer string. V8 makes a slice of 13 or
 * more code units a view of the string it was cut from, so a claim's words or a message's `actual`
 * kept the file's whole text alive.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string)
}

/** What the end of the run reads of a file's data: its source format and markers, the engine's flags. */
const kept = new Set(['claimlintSource', 'lspDocumentUri', 'unifiedEngineGiven', 'unifiedEngineIgnored'])

/** Drop `file`'s text, trees, ledger and caches, keeping its messages and the markers of its source tree. */
export function releaseFile(file: VFile): void {
  const source = file.data.claimlintSource
  if (source?.tree) file.data.claimlintSource = {...source, tree: markerSkeleton(source.tree)} as typeof source
  for (const key of Object.keys(file.data)) if (!kept.has(key)) delete (file.data as Record<string, unknown>)[key]
  for (const message of file.messages) {
    if (typeof message.actual === 'string') message.actual = detach(message.actual)
    if (Array.isArray(message.expected)) message.expected = message.expected.map(detach)
    if (typeof message.source === 'string') message.source = detach(message.source)
    message.reason = detach(message.reason)
    message.message = message.reason
  }
  file.value = ''
}

/** An empty nlcst root, to stand for a released file's tree. */
export function emptyRoot(): Root {
  return {type: 'RootNode', children: []}
}
