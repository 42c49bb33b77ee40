/**
 * The language server over stdio, driven by a real JSON-RPC client: open a Markdown document with
 * a contradiction and a hype word, check the diagnostics, the related information and the quick fixes.
 */
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {lintSync} from 'claimlint'
import {ruleIds} from 'retext-preset-claimlint'
import {VFile} from 'vfile'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'

interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}
interface Diagnostic {
  range: Range
  message: string
  severity?: number
  code?: string
  source?: string
  codeDescription?: {href: string}
  relatedInformation?: Array<{location: {uri: string; range: Range}; message: string}>
  data?: {expected?: string[]}
}
interface CodeAction {
  title: string
  isPreferred?: boolean
  edit?: {changes?: Record<string, Array<{range: Range; newText: string}>>}
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'packages/claimlint/bin/claimlint-language-server.js')
const hasHype = ruleIds.includes('hype')

const document = [
  '# Ketamine for depression',
  '',
  'Ketamine is an NMDA receptor antagonist.',
  '',
  'This miracle drug works because ketamine activates NMDA receptors.',
  ''
].join('\n')

let server: ChildProcessWithoutNullStreams
let connection: MessageConnection
let workspace: string
const published = new Map<string, Diagnostic[]>()
const waiters: Array<() => void> = []

function diagnosticsFor(uri: string): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 20000)
    const check = () => {
      const found = published.get(uri)
      if (found) {
        clearTimeout(timer)
        resolve(found)
        return true
      }
      return false
    }
    const wait = () => {
      if (!check()) waiters.push(wait)
    }
    wait()
  })
}

async function open(name: string, text: string): Promise<{uri: string; diagnostics: Diagnostic[]}> {
  const uri = pathToFileURL(path.join(workspace, name)).href
  published.delete(uri)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  return {uri, diagnostics: await diagnosticsFor(uri)}
}

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'claimlint-lsp-'))
  await fs.writeFile(path.join(workspace, 'package.json'), '{"private": true}\n')
  server = spawn(process.execPath, [bin, '--stdio'], {cwd: workspace})
  server.stderr.on('data', (chunk) => process.stderr.write(chunk))
  connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  connection.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Diagnostic[]}) => {
    // Documents are linted again on change; keep the latest non-empty set per document.
    published.set(params.uri, params.diagnostics)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => ({})))
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'articles'}],
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
}, 15000)

describe('claimlint-language-server', () => {
  it('reports the contradiction with rule id, docs link, note and the other side as related information', async () => {
    const {uri, diagnostics} = await open('article.md', document)
    const contradictions = diagnostics.filter((d) => d.code === 'claim-contradiction')
    expect(contradictions).toHaveLength(1)
    const contradiction = contradictions[0]
    expect(contradiction!.source).toBe('retext-claim-contradiction')
    expect(contradiction!.severity).toBe(2)
    expect(contradiction!.codeDescription?.href).toMatch(/^https:\/\/.*claim-contradiction/)
    expect(contradiction!.range.start.line).toBe(4)
    // The note follows the reason on its own line.
    expect(contradiction!.message.split('\n').length).toBeGreaterThan(1)
    expect(contradiction!.message).not.toMatch(/\n\n/)
    expect(contradiction!.relatedInformation).toEqual([
      {location: {uri, range: expect.objectContaining({start: expect.objectContaining({line: 2})})}, message: expect.stringMatching(/NMDA receptor antagonist/)}
    ])
  })

  it('offers quick fixes from the suggested wordings', async () => {
    const {uri, diagnostics} = await open('fix.md', document)
    const contradiction = diagnostics.find((d) => d.code === 'claim-contradiction')!
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: contradiction.range,
      context: {diagnostics: [contradiction]}
    })) as CodeAction[]
    expect(actions.length).toBe(contradiction.data!.expected!.length)
    expect(actions[0]!.title).toMatch(/^Replace `activates NMDA receptors` with `/)
    expect(actions[0]!.edit!.changes![uri]![0]!.range).toEqual(contradiction.range)
    // The first wording (the one that fits best) is the preferred fix, and only it.
    expect(actions.map((action) => action.isPreferred === true)).toEqual(actions.map((_, index) => index === 0))
    expect(actions[0]!.edit!.changes![uri]![0]!.newText).toBe(contradiction.data!.expected![0])
  })

  ;(hasHype ? it : it.skip)('reports the hype word with a quick fix (rule `hype` of the preset)', async () => {
    const {uri, diagnostics} = await open('hype.md', document)
    const hype = diagnostics.find((d) => d.code === 'hype')
    expect(hype).toBeDefined()
    expect(document.split('\n')[hype!.range.start.line]!.slice(hype!.range.start.character, hype!.range.end.character).toLowerCase()).toContain('miracle')
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: hype!.range,
      context: {diagnostics: [hype]}
    })) as CodeAction[]
    expect(actions.length).toBeGreaterThan(0)
    expect(actions[0]!.edit!.changes![uri]![0]!.range).toEqual(hype!.range)
  })

  ;(ruleIds.includes('certainty-booster') ? it : it.skip)('offers a "Remove" fix where the suggestion is to delete the words (expected: [])', async () => {
    const text = '# Ketamine\n\nKetamine unquestionably treats depression.\n'
    const {uri, diagnostics} = await open('remove.md', text)
    const booster = diagnostics.find((d) => d.code === 'certainty-booster')
    expect(booster).toBeDefined()
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: booster!.range,
      context: {diagnostics: [booster]}
    })) as CodeAction[]
    expect(actions.map((action) => action.title)).toEqual(['Remove `unquestionably`'])
    const [edit] = actions[0]!.edit!.changes![uri]!
    expect(edit!.newText).toBe('')
    // The removal takes the space after the word too, so no double space is left.
    const line = text.split('\n')[edit!.range.start.line]!
    expect(line.slice(0, edit!.range.start.character) + line.slice(edit!.range.end.character)).toBe('Ketamine treats depression.')
  })

  it('re-lints an edited plain-text document (from its cache) as a fresh lint would', async () => {
    const first = 'Ketamine is an NMDA receptor antagonist.\n\nIt is a miracle cure.\n\nKetamine activates NMDA receptors.\n'
    const {uri} = await open('notes.txt', first)
    const place = (items: Array<[unknown, number, number]>) => items.map((item) => JSON.stringify(item)).sort()
    let version = 1
    for (const text of [first.replace('It is', 'Many say it is'), `Intro.\n\n${first}`, first.replace('activates', 'blocks')]) {
      published.delete(uri)
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: ++version}, contentChanges: [{text}]})
      const diagnostics = await diagnosticsFor(uri)
      const fresh = lintSync(new VFile({path: path.join(workspace, 'notes.txt'), value: text}))
      expect(place(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]))).toEqual(
        place(fresh.messages.map((m) => [m.ruleId, (m.line ?? 1) - 1, (m.column ?? 1) - 1]))
      )
      expect(diagnostics.length).toBeGreaterThan(0)
    }
  })

  it('never rewrites a document when asked to format it', async () => {
    const {uri} = await open('format.md', document)
    const edits = await connection.sendRequest('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    expect(edits ?? []).toEqual([])
  })

  it('reads the .claimlintrc of the workspace, like the CLI', async () => {
    const folder = path.join(workspace, 'quiet')
    await fs.mkdir(folder)
    await fs.writeFile(path.join(folder, '.claimlintrc'), JSON.stringify({rules: {'claim-contradiction': false}}))
    const {diagnostics} = await open('quiet/article.md', document)
    expect(diagnostics.filter((d) => d.code === 'claim-contradiction')).toEqual([])
  })

  it('honours <!--claimlint ignore--> comments', async () => {
    const text = document.replace('This miracle drug', '<!--claimlint ignore-->\n\nThis miracle drug')
    const {diagnostics} = await open('ignored.md', text)
    expect(diagnostics.filter((d) => d.range.start.line >= 6)).toEqual([])
  })

  it('turns a broken .claimlintrc into an error diagnostic instead of failing silently', async () => {
    const folder = path.join(workspace, 'broken')
    await fs.mkdir(folder)
    await fs.writeFile(path.join(folder, '.claimlintrc'), JSON.stringify({rules: {'no-such-rule': 'warn'}}))
    const {diagnostics} = await open('broken/article.md', document)
    expect(diagnostics.map((d) => [d.severity, d.message])).toContainEqual([1, expect.stringMatching(/no-such-rule/)])
  })

  it('also starts from the repository root with `pnpm claimlint-language-server --stdio`', async () => {
    const which = spawnSync('pnpm', ['--version'], {encoding: 'utf8'})
    if (which.status !== 0) {
      console.warn('pnpm is not on PATH: skipping the root script check')
      return
    }
    const child = spawn('pnpm', ['claimlint-language-server', '--stdio'], {cwd: root})
    const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    client.listen()
    try {
      const result = (await client.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})) as {
        capabilities: {codeActionProvider?: unknown}
      }
      expect(result.capabilities.codeActionProvider).toBeTruthy()
      await client.sendRequest('shutdown')
      await client.sendNotification('exit')
      const code = await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(child.exitCode)))
      expect(code).toBe(0)
    } finally {
      client.dispose()
      child.kill()
    }
  }, 30000)

  it('puts the other side into the message for clients without related information', async () => {
    const child = spawn(process.execPath, [bin, '--stdio'], {cwd: workspace})
    const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const uri = pathToFileURL(path.join(workspace, 'plain-client.md')).href
    const received = new Promise<Diagnostic[]>((resolve) => {
      client.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Diagnostic[]}) => {
        if (params.uri === uri && params.diagnostics.length > 0) resolve(params.diagnostics)
      })
    })
    client.listen()
    try {
      await client.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}})
      await client.sendNotification('initialized', {})
      await client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: document}})
      const contradiction = (await received).find((d) => d.code === 'claim-contradiction')!
      expect(contradiction.relatedInformation).toBeUndefined()
      expect(contradiction.message.split('\n')[1]).toMatch(/^The other side: `NMDA receptor antagonist` \(line 3\)$/)
      await client.sendRequest('shutdown')
      await client.sendNotification('exit')
    } finally {
      client.dispose()
      child.kill()
    }
  }, 30000)
})
