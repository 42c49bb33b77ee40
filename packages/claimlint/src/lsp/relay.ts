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
    if (request.method === 'textDocument/codeAction' && request.id !== undefined) codeActionRequests.add(request.id)
    void toServer.write(message)
  })
  new StreamMessageReader(output).listen((message) => {
    const response = message as Notification
    if (response.method === undefined && response.id !== undefined && codeActionRequests.delete(response.id)) tidyRemovals(response.result, documents)
    void toClient.write(untitled.fromServer(fromServer(message, clientShowsRelated)) as Message)
  })
  // The server exits when its input ends, as it would when reading stdin directly.
  clientIn.on('end', () => input.end())
  clientIn.on('close', () => input.end())
  return {input, output}
}
