/**
 * Workspace checks in the language server: two articles on disk contradict each other. Opening one
 * shows the contradiction across files, with related information pointing into the other file;
 * opening the other and editing it so that it agrees updates the first one's diagnostics.
 */
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'

interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}
interface Diagnostic {
  range: Range
  message: string
  code?: string
  relatedInformation?: Array<{location: {uri: string; range: Range}; message: string}>
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'packages/claimlint/bin/claimlint-language-server.js')

const north = '# Tolvarin at the north ward\n\nTolvarin blocks serotonin 5-HT3 receptors, which is why the ward uses it for nausea.\n'
const south = '# Tolvarin at the south ward\n\nTolvarin activates serotonin 5-HT3 receptors and so settles the stomach.\n'
const ignored = '# An old draft\n\nTolvarin activates serotonin 5-HT3 receptors in this withdrawn draft.\n'

let server: ChildProcessWithoutNullStreams
let connection: MessageConnection
let workspace: string
const published = new Map<string, Diagnostic[][]>()
let notify: (() => void) | undefined

/** The next diagnostics published for `uri` that satisfy `test`. */
function diagnosticsWhere(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(published.get(uri)?.at(-1))}`)), 30000)
    const check = () => {
      const last = published.get(uri)?.at(-1)
      if (last && test(last)) {
        clearTimeout(timer)
        notify = undefined
        resolve(last)
      } else notify = check
    }
    check()
  })
}

const across = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'claim-contradiction-across-files')

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'claimlint-lsp-workspace-'))
  await fs.writeFile(path.join(workspace, 'package.json'), '{"private": true}\n')
  await fs.mkdir(path.join(workspace, 'articles'))
  await fs.mkdir(path.join(workspace, 'drafts'))
  await fs.writeFile(path.join(workspace, 'articles/north.md'), north)
  await fs.writeFile(path.join(workspace, 'articles/south.md'), south)
  await fs.writeFile(path.join(workspace, 'drafts/old.md'), ignored)
  await fs.writeFile(path.join(workspace, '.claimlintignore'), 'drafts/\n')
  server = spawn(process.execPath, [bin, '--stdio'], {cwd: workspace})
  server.stderr.on('data', (chunk) => process.stderr.write(chunk))
  connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  connection.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Diagnostic[]}) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics])
    notify?.()
  })
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => ({})))
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'site'}],
    capabilities: {textDocument: {publishDiagnostics: {relatedInformation: true}, codeAction: {}}}
  })
  await connection.sendNotification('initialized', {})
}, 30000)

afterAll(async () => {
  if (!connection) return
  await connection.sendRequest('shutdown').catch(() => {})
  await connection.sendNotification('exit').catch(() => {})
  connection.dispose()
  await new Promise((resolve) => {
    if (server.exitCode !== null) return resolve(undefined)
    const timer = setTimeout(() => server.kill(), 5000)
    server.once('exit', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
  })
  await fs.rm(workspace, {recursive: true, force: true})
}, 15000)

describe('claimlint-language-server across the workspace', () => {
  const southUri = () => pathToFileURL(path.join(workspace, 'articles/south.md')).href
  const northUri = () => pathToFileURL(path.join(workspace, 'articles/north.md')).href

  it('shows the contradiction with the other article, which is not open, with related information into it', async () => {
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: southUri(), languageId: 'markdown', version: 1, text: south}})
    const diagnostics = await diagnosticsWhere(southUri(), (found) => across(found).length > 0)
    const [message] = across(diagnostics)
    expect(across(diagnostics)).toHaveLength(1)
    expect(message!.range.start).toEqual({line: 2, character: 9})
    expect(message!.message).toMatch(/articles\/north\.md:3:10/)
    expect(message!.relatedInformation).toEqual([{location: {uri: northUri(), range: expect.objectContaining({start: {line: 2, character: 9}})}, message: expect.stringMatching(/blocks serotonin 5-HT3 receptors/)}])
    // The draft that says the same as south.md is in .claimlintignore: it is not read.
    expect(JSON.stringify(diagnostics)).not.toMatch(/drafts/)
  })

  it('updates that diagnostic when the other article is opened and edited to agree', async () => {
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: northUri(), languageId: 'markdown', version: 1, text: north}})
    await diagnosticsWhere(northUri(), () => true)
    const agreeing = north.replace('blocks', 'activates').replace(', which is why the ward uses it for nausea', '')
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri: northUri(), version: 2}, contentChanges: [{text: agreeing}]})
    const after = await diagnosticsWhere(southUri(), (found) => across(found).length === 0)
    expect(across(after)).toEqual([])
    // And back: the contradiction returns on the south article.
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri: northUri(), version: 3}, contentChanges: [{text: north}]})
    const again = await diagnosticsWhere(southUri(), (found) => across(found).length === 1)
    expect(across(again)[0]!.relatedInformation?.[0]?.location.uri).toBe(northUri())
  })
})
