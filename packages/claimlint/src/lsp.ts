/**
 * claimlint's language server: unified-language-server with the CLI's configuration names, claimlint
 * as the processor, and two adaptations it has no hook for (see `lsp/configure.ts` and
 * `lsp/relay.ts`): `.claimlintrc` read through claimlint's `configTransform`, and diagnostics with
 * the other side of a contradiction as `relatedInformation` plus "Remove" fixes for `expected: []`.
 *
 * Diagnostics carry the rule id (`code`), the rule's documentation (`codeDescription.href`), the
 * note (appended to the message) and quick fixes from `expected`.
 */
import {createUnifiedLanguageServer} from 'unified-language-server'
import {createProcessor, shareCache} from './processor.js'
import claimlintConfigured from './lsp/configure.js'
import {createRelay} from './lsp/relay.js'
import {configTransform, ignoreName, packageField, rcName} from './lsp/settings.js'

type Stream = 'stdin' | 'stdout'

/**
 * Run `start` with `process.stdin`/`process.stdout` replaced by `streams`. vscode-languageserver
 * (inside unified-language-server) takes its streams from `process` when it sees `--stdio`, and
 * only while the connection is created (synchronously), so the replacement is undone right after.
 */
function withStdio(streams: Record<Stream, NodeJS.ReadableStream | NodeJS.WritableStream>, start: () => void): void {
  const saved = {
    stdin: Object.getOwnPropertyDescriptor(process, 'stdin')!,
    stdout: Object.getOwnPropertyDescriptor(process, 'stdout')!
  }
  Object.defineProperty(process, 'stdin', {value: streams.stdin, configurable: true})
  Object.defineProperty(process, 'stdout', {value: streams.stdout, configurable: true})
  try {
    start()
  } finally {
    Object.defineProperty(process, 'stdin', saved.stdin)
    Object.defineProperty(process, 'stdout', saved.stdout)
  }
}

/**
 * Start the language server on stdin/stdout (the `--stdio` transport, the only one: the relay sits
 * on the standard streams).
 */
export function startLanguageServer(): void {
  const other = process.argv.slice(2).find((arg) => /^--(node-ipc|socket|pipe)\b/.test(arg))
  if (other) {
    process.stderr.write(`claimlint-language-server: \`${other}\` is not supported; start it with \`--stdio\`\n`)
    process.exit(1)
  }
  if (!process.argv.includes('--stdio')) process.argv.push('--stdio')
  shareCache()
  const relay = createRelay(process.stdin, process.stdout)
  withStdio({stdin: relay.input, stdout: relay.output}, () => {
    createUnifiedLanguageServer({
      processorName: 'claimlint',
      // `createProcessor()` makes claimlint's processor (a workspace's own `claimlint` is preferred
      // by unified-language-server), with the cache `shareCache` set up. It parses the document;
      // the rules that report are those of the configured run in `lsp/configure.ts`, from this
      // server's `claimlint`.
      processorSpecifier: 'createProcessor',
      defaultProcessor: createProcessor,
      configurationSection: 'claimlint',
      rcName,
      packageField,
      ignoreName,
      // The rules are configured per document (see `lsp/configure.ts`).
      plugins: [[claimlintConfigured as never, {rcName, packageField, configTransform}]]
    })
  })
}
