/**
 * Documents that are not files (`untitled:Untitled-1`, a new unsaved buffer) for the language
 * server. unified-language-server reads every document URI as a `file:` URL: with no workspace
 * folder it calls `fileURLToPath` on it and the server crashes (`ERR_INVALID_URL_SCHEME`); with one,
 * the document lies in no folder and is never linted. The relay gives such a document a `file:` URI
 * the server can use, in the first workspace folder (else the server's working folder), named after
 * the document and with the extension of its language, and maps it back in everything the server
 * sends. Nothing is written to disk; the document's configuration is that of the folder it is
 * placed in.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const extensions: Record<string, string> = {markdown: '.md', html: '.html', plaintext: '.txt'}

/** Maps the URIs of documents that are not files to `file:` URIs and back. */
export class UntitledDocuments {
  readonly #toServer = new Map<string, string>()
  readonly #toClient = new Map<string, string>()
  #base = process.cwd()

  /** Learn the base folder from `initialize`, and map the URIs of a message from the client. */
  fromClient(message: unknown): unknown {
    const request = message as {method?: string; params?: {workspaceFolders?: Array<{uri?: string}> | null; rootUri?: string | null}}
    if (request.method === 'initialize') {
      const folder = request.params?.workspaceFolders?.[0]?.uri ?? request.params?.rootUri
      if (typeof folder === 'string' && folder.startsWith('file:')) this.#base = fileURLToPath(folder)
      return message
    }
    if (request.method === 'textDocument/didOpen') {
      const document = (request.params as {textDocument?: {uri?: unknown; languageId?: unknown}} | undefined)?.textDocument
      if (typeof document?.uri === 'string' && !isFile(document.uri)) this.#add(document.uri, typeof document.languageId === 'string' ? document.languageId : '')
    }
    return this.#toServer.size === 0 ? message : rename(message, this.#toServer)
  }

  /** Map the URIs of a message from the server back to the client's; forget closed documents. */
  fromServer(message: unknown): unknown {
    return this.#toClient.size === 0 ? message : rename(message, this.#toClient)
  }

  /** Forget a document once the client has closed it (after its last message was relayed). */
  closed(message: unknown): void {
    const request = message as {method?: string; params?: {textDocument?: {uri?: unknown}}}
    const uri = request.params?.textDocument?.uri
    if (request.method !== 'textDocument/didClose' || typeof uri !== 'string') return
    const client = this.#toClient.get(uri)
    if (client === undefined) return
    // The server still publishes the closed document's empty diagnostics: keep the way back.
    this.#toServer.delete(client)
  }

  #add(uri: string, languageId: string): void {
    if (this.#toServer.has(uri)) return
    const name = (uri.replace(/^[a-z][a-z\d+.-]*:/i, '').replace(/[^\w.-]+/g, '-').replace(/^[-.]+/, '') || 'untitled').slice(0, 80)
    const extension = extensions[languageId] ?? (path.extname(name) === '' ? '.txt' : '')
    // Not the URI of a file on disk or of another such document (the user may open that file too).
    let file = path.join(this.#base, `${name}${extension}`)
    for (let count = 2; this.#toClient.has(pathToFileURL(file).href) || existsSync(file); count++) file = path.join(this.#base, `${name}-${count}${extension}`)
    file = pathToFileURL(file).href
    this.#toServer.set(uri, file)
    this.#toClient.set(file, uri)
  }
}

function isFile(uri: string): boolean {
  return uri.startsWith('file:')
}

/** A copy of `value` with `uri` fields and the keys of `changes` renamed by `map`. */
function rename(value: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rename(item, map))
  if (value === null || typeof value !== 'object') return value
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'uri' || key === 'targetUri') && typeof item === 'string') result[key] = map.get(item) ?? item
    else if (key === 'changes' && item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const changes: Record<string, unknown> = {}
      for (const [uri, edits] of Object.entries(item)) changes[map.get(uri) ?? uri] = rename(edits, map)
      result[key] = changes
    } else result[key] = rename(item, map)
  }
  return result
}
