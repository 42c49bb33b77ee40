/**
 * A JSON-RPC client for `claimlint-language-server --stdio`, for the reliability tests: start a
 * server, open and edit documents, wait for the diagnostics of a given document version.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'

export interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}
export interface Diagnostic {
  range: Range
  message: string
  severity?: number
  code?: string
}
export interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'packages/claimlint/bin/claimlint-language-server.js')

export interface Server {
  connection: MessageConnection
  /** The next diagnostics published for `uri` (with `version`, when given), or an error after `ms`. */
  next(uri: string, version?: number, ms?: number): Promise<Published>
  /** Standard error of the server so far. */
  stderr(): string
  /** Whether the server process has exited. */
  exited(): boolean
  stop(): Promise<void>
}

/** Start a server in `cwd`; `workspace` is the folder announced at `initialize` (none when undefined). */
export async function startServer(cwd: string, workspace: string | undefined): Promise<Server> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [bin, '--stdio'], {cwd})
  let errors = ''
  child.stderr.on('data', (chunk) => (errors += String(chunk)))
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const published: Published[] = []
  const waiters: Array<() => void> = []
  connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => ({})))
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const uri = workspace === undefined ? null : new URL(`file://${workspace}`).href
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: uri ? [{uri, name: 'articles'}] : null,
    capabilities: {textDocument: {publishDiagnostics: {relatedInformation: true}}}
  })
  await connection.sendNotification('initialized', {})
  return {
    connection,
    next(uri, version, ms = 20000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`} within ${ms} ms\n${errors}`)), ms)
        const check = () => {
          const at = published.findIndex((item) => item.uri === uri && (version === undefined || item.version === version))
          if (at === -1) {
            waiters.push(check)
            return
          }
          clearTimeout(timer)
          resolve(published.splice(at, 1)[0]!)
        }
        check()
      })
    },
    stderr: () => errors,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (child.exitCode === null) {
        await connection.sendRequest('shutdown').catch(() => {})
        await connection.sendNotification('exit').catch(() => {})
      }
      connection.dispose()
      await new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined)
        const timer = setTimeout(() => child.kill(), 5000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve(undefined)
        })
      })
    }
  }
}
