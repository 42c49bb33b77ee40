/**
 * The language server under load: reports larger than a stream's 16 KiB buffer, and a long editing
 * session on a document with 500 findings, each edit's diagnostics published and equal to a fresh
 * lint of the edited text.
 */
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {lintSync} from 'claimlint'
import {VFile} from 'vfile'
import {startServer, type Diagnostic, type Server} from './lsp-harness.js'

let workspace: string
let server: Server

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'claimlint-lsp-load-'))
  await fs.writeFile(path.join(workspace, 'package.json'), '{"private": true}\n')
  server = await startServer(workspace, workspace)
}, 30000)

afterAll(async () => {
  await server?.stop()
  if (workspace) await fs.rm(workspace, {recursive: true, force: true})
}, 15000)

const claim = 'Ketamine blocks NMDA receptors.'
const against = 'It works by activating NMDA receptors.'
const hype = 'This miracle cure is a breakthrough that helps everyone.'

/** Rule id and range of each diagnostic, sorted, to compare with a fresh lint. */
function places(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(({code, severity, range: {start, end}}) => JSON.stringify([code, severity, start.line, start.character, end.line, end.character])).sort()
}

function fresh(name: string, text: string): string[] {
  const file = lintSync(new VFile({path: path.join(workspace, name), value: text}))
  return places(
    file.messages.map((m) => ({
      code: m.ruleId ?? undefined,
      severity: m.fatal === true ? 1 : m.fatal === false ? 2 : 3,
      message: m.reason,
      range: {
        start: {line: (m.place && 'start' in m.place ? m.place.start.line : (m.line ?? 1)) - 1, character: (m.place && 'start' in m.place ? m.place.start.column : (m.column ?? 1)) - 1},
        end: {line: (m.place && 'end' in m.place ? m.place.end.line : (m.line ?? 1)) - 1, character: (m.place && 'end' in m.place ? m.place.end.column : (m.column ?? 1)) - 1}
      }
    }))
  )
}

async function open(name: string, text: string) {
  const uri = pathToFileURL(path.join(workspace, name)).href
  await server.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  return {uri, published: await server.next(uri, 1)}
}

describe('language server under load', () => {
  it('publishes a report larger than 16 KiB (35 contradictions), and again after an edit', async () => {
    const text = `${claim}\n\n${`${against}\n\n`.repeat(35)}`
    const {uri, published} = await open('many.md', text)
    expect(published.diagnostics.filter((d) => d.code === 'claim-contradiction')).toHaveLength(35)
    const edited = `${text}${against}\n`
    await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: edited}]})
    expect((await server.next(uri, 2)).diagnostics.filter((d) => d.code === 'claim-contradiction')).toHaveLength(36)
  })

  it('publishes every one of 100 edits of a document with 500 findings, each equal to a fresh lint', async () => {
    const paragraphs = [claim]
    for (let index = 0; index < 250; index++) paragraphs.push(index % 2 ? against : hype)
    const name = 'long.txt'
    let text = `${paragraphs.join('\n\n')}\n`
    const {uri, published} = await open(name, text)
    expect(published.diagnostics).toHaveLength(500)
    expect(places(published.diagnostics)).toEqual(fresh(name, text))
    for (let version = 2; version <= 101; version++) {
      // Edits of every kind: change a paragraph's wording, add one, remove one, type into one.
      const at = 1 + ((version * 37) % (paragraphs.length - 1))
      switch (version % 4) {
        case 0:
          paragraphs[at] = paragraphs[at] === hype ? 'This treatment is probably helpful.' : hype
          break
        case 1:
          paragraphs.splice(at, 0, version % 3 ? against : hype)
          break
        case 2:
          paragraphs.splice(at, 1)
          break
        default:
          paragraphs[at] = `${paragraphs[at]} More`
      }
      text = `${paragraphs.join('\n\n')}\n`
      await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
      const edit = await server.next(uri, version)
      expect(places(edit.diagnostics)).toEqual(fresh(name, text))
    }
  }, 120000)
})

describe('language server and documents that are not files', () => {
  const text = `# Notes\n\n${claim}\n\n${against}\n`

  it('lints an `untitled:` document with no workspace folder, and keeps running', async () => {
    const alone = await startServer(workspace, undefined)
    try {
      const uri = 'untitled:Untitled-1'
      await alone.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      const published = await alone.next(uri, 1)
      expect(published.diagnostics.map((d) => d.code)).toContain('claim-contradiction')
      const contradiction = published.diagnostics.find((d) => d.code === 'claim-contradiction') as Diagnostic & {relatedInformation?: Array<{location: {uri: string}}>}
      expect(contradiction.relatedInformation?.[0]?.location.uri).toBe(uri)
      await alone.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: `${text}\n${against}\n`}]})
      expect((await alone.next(uri, 2)).diagnostics.filter((d) => d.code === 'claim-contradiction')).toHaveLength(2)
      const actions = (await alone.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: contradiction.range,
        context: {diagnostics: [contradiction]}
      })) as Array<{edit?: {changes?: Record<string, unknown>}}>
      expect(actions.length).toBeGreaterThan(0)
      expect(Object.keys(actions[0]!.edit!.changes!)).toEqual([uri])
      await alone.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
      expect((await alone.next(uri)).diagnostics).toEqual([])
      expect(alone.exited()).toBe(false)
      expect(alone.stderr()).not.toMatch(/ERR_INVALID_URL_SCHEME/)
    } finally {
      await alone.stop()
    }
  })

  it('lints an `untitled:` document in a workspace, beside a file document', async () => {
    const uri = 'untitled:Untitled-2'
    await server.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    expect((await server.next(uri, 1)).diagnostics.map((d) => d.code)).toContain('claim-contradiction')
    const {published} = await open('beside.md', text)
    expect(published.diagnostics.map((d) => d.code)).toContain('claim-contradiction')
  })
})
