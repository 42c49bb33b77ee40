/**
 * A JSON-RPC relay between the editor and unified-language-server, for what unified-language-server
 * does not do (it builds the connection and the diagnostics itself and offers no hook):
 * - the other side of a contradiction becomes `relatedInformation` (or, for clients that do not
 *   support it, a line of text), instead of the empty `cause.stack` line it appends;
 * - `expected: []` (unified's "remove the words") becomes a "Remove" quick fix: the server only
 *   offers a fix per string in `expected`, and removes on `''`; removals take a neighbouring space
 *   with them (`removal.ts`);
 * - documents that are not files (`untitled:`) get a `file:` URI the server can lint (`untitled.ts`).
 * Everything else passes through unchanged.
 */
import {PassThrough, type Readable, type Writable} from 'node:stream'
import {StreamMessageReader, StreamMessageWriter, type Message} from 'vscode-languageserver/node.js'
import {forgetRelated, relatedFor, type Range} from './related.js'
import {OpenDocuments, tidyRemovals} from './removal.js'
import {documentClosed, documentOpened, onOtherDocumentsChanged} from './workspace.js'
import {UntitledDocuments} from './untitled.js'

interface Diagnostic {
  range: Range
  message: string
  code?: string | number
  data?: {expected?: unknown}
  relatedInformation?: Array<{location: {uri: string; range: Range}; message: string}>
}

interface Notification {
  id?: number | string
  method?: string
  params?: unknown
  result?: unknown
}

/** Adapt one diagnostic: related information from the recorded cause, a removal fix for `[]`. */
export function adaptDiagnostic(uri: string, diagnostic: Diagnostic, clientShowsRelated: boolean): Diagnostic {
  const expected = diagnostic.data?.expected
  if (Array.isArray(expected) && expected.length === 0) diagnostic.data = {...diagnostic.data, expected: ['']}
  const related = relatedFor(uri, diagnostic)
  if (!related) return diagnostic
  // unified-language-server appends `'\n' + cause.stack` (empty for a VFileMessage cause) then the note.
  const rest = diagnostic.message.slice(related.reason.length).replace(/^\n\n/, '\n')
  if (clientShowsRelated) {
    diagnostic.message = related.reason + rest
    diagnostic.relatedInformation = [{location: {uri: related.other.uri, range: related.other.range}, message: related.other.message}]
  } else {
    const line = related.other.range.start.line + 1
    const where = related.other.uri === uri ? `line ${line}` : `${related.other.uri}:${line}`
    diagnostic.message = `${related.reason}\n${related.other.message} (${where})${rest}`
  }
  return diagnostic
}

/**
 * Mark the best fix of each diagnostic preferred: the first wording in `expected` (claimlint lists
 * the wording that fits best first), so editors can apply it with one key.
 */
export function markPreferred(actions: unknown): void {
  if (!Array.isArray(actions)) return
  const done = new Set<string>()
  for (const action of actions as Array<{kind?: string; isPreferred?: boolean; diagnostics?: Array<{range: Range; message: string}>}>) {
    const diagnostic = action.diagnostics?.[0]
    if (!diagnostic || action.kind !== 'quickfix') continue
    const key = JSON.stringify([diagnostic.range, diagnostic.message])
    if (done.has(key)) continue
    done.add(key)
    action.isPreferred = true
  }
}

/** Adapt a message from the server to the client. */
function fromServer(message: Message, clientShowsRelated: boolean): Message {
  const notification = message as Notification
  if (notification.method !== 'textDocument/publishDiagnostics') return message
  const params = notification.params as {uri: string; diagnostics: Diagnostic[]}
  if (params.diagnostics.length === 0) forgetRelated(params.uri)
  params.diagnostics = params.diagnostics.map((diagnostic) => adaptDiagnostic(params.uri, diagnostic, clientShowsRelated))
  return message
}

/** Whether the client's `initialize` says it shows `relatedInformation`. */
function showsRelated(message: Message): boolean | undefined {
  const request = message as Notification
  if (request.method !== 'initialize') return undefined
  const capabilities = (request.params as {capabilities?: {textDocument?: {publishDiagnostics?: {relatedInformation?: boolean}}}})?.capabilities
  return Boolean(capabilities?.textDocument?.publishDiagnostics?.relatedInformation)
}

/**
 * Relay between the client's streams and the streams handed to the server. Returns the server's
 * side: `input` (what the server reads) and `output` (what the server writes).
 */
export function createRelay(clientIn: Readable, clientOut: Writable): {input: PassThrough; output: PassThrough} {
  const input = new PassThrough()
  const output = new PassThrough()
  const toServer = new StreamMessageWriter(input)
  const toClient = new StreamMessageWriter(clientOut)
  const documents = new OpenDocuments()
  const codeActionRequests = new Set<number | string>()
  let clientShowsRelated = false
  const untitled = new UntitledDocuments()
  new StreamMessageReader(clientIn).listen((original) => {
    const message = untitled.fromClient(original) as Message
    untitled.closed(message)
    const request = message as Notification
    clientShowsRelated = showsRelated(message) ?? clientShowsRelated
    documents.observe(request.method, request.params)
    const uri = (request.params as {textDocument?: {uri?: string}} | undefined)?.textDocument?.uri
    if (uri && request.method === 'textDocument/didOpen') documentOpened(uri)
    if (uri && request.method === 'textDocument/didClose') documentClosed(uri)
    if (request.method === 'textDocument/codeAction' && request.id !== undefined) codeActionRequests.add(request.id)
    void toServer.write(message)
  })
  new StreamMessageReader(output).listen((message) => {
    const response = message as Notification
    if (response.method === undefined && response.id !== undefined && codeActionRequests.delete(response.id)) {
      tidyRemovals(response.result, documents)
      markPreferred(response.result)
    }
    void toClient.write(untitled.fromServer(fromServer(message, clientShowsRelated)) as Message)
  })
  // An edit that changes what another open document shows across files (see `workspace.ts`):
  // ask the server to check the open documents again, as a change on disk would.
  let recheck: NodeJS.Timeout | undefined
  onOtherDocumentsChanged(() => {
    clearTimeout(recheck)
    recheck = setTimeout(() => {
      void toServer.write({jsonrpc: '2.0', method: 'workspace/didChangeWatchedFiles', params: {changes: []}} as Message)
    }, 150)
  })
  // The server exits when its input ends, as it would when reading stdin directly.
  clientIn.on('end', () => input.end())
  clientIn.on('close', () => input.end())
  return {input, output}
}
