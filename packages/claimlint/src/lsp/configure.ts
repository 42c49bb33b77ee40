/**
 * Per-document configuration for the language server. unified-language-server hands unified-engine
 * the rc, ignore and package field names but not a `configTransform`, so `.claimlintrc` (whose
 * schema is claimlint's own, not unified-engine's `{plugins, settings}`) would be read and ignored.
 * This plugin, added after the processor's own rules, loads the document's configuration the way
 * the CLI does (unified-engine's `Configuration` with claimlint's `configTransform`), replaces the
 * messages of the processor's default run by those of the configured rules, and records the other
 * side of each contradiction for the relay. The claim ledger is cached per tree and knowledge, so
 * the second run of the rules does not extract the claims again.
 *
 * It also keeps unified-engine from writing the document and its report to the streams
 * unified-language-server gives it (`streamOut`, `streamError`: `PassThrough`s that nothing reads).
 * A write of 16 KiB or more to an unread `PassThrough` never calls back, so the engine's run never
 * ended and the document's diagnostics were never published again (a report of about 35
 * contradictions). The diagnostics come from `file.messages`, not from those streams; a file not
 * marked as given on the command line is neither reported nor written out by the engine.
 */
import path from 'node:path'
import type {Root} from 'nlcst'
import {unified, type PluggableList, type Plugin} from 'unified'
import {Configuration, type ConfigTransform} from 'unified-engine'
import type {VFile} from 'vfile'
import {controlLate} from '../control.js'
import {recordRelated} from './related.js'
import {capturedFor} from './settings.js'
import {judgeInWorkspace} from './workspace.js'

/** Where configuration lives and how it becomes plugins (the CLI's settings). */
export interface ConfigureOptions {
  rcName: string
  packageField: string
  configTransform: ConfigTransform
}

function load(configuration: Configuration, filePath: string): Promise<{filePath: string | undefined; plugins: PluggableList}> {
  return new Promise((resolve, reject) => {
    configuration.load(filePath, (error, result) => {
      if (error || !result) reject(error ?? new Error('no configuration'))
      else resolve({filePath: result.filePath, plugins: result.plugins as PluggableList})
    })
  })
}

/** The plugins for `file`: from its configuration file, or claimlint's defaults without one. */
async function pluginsFor(file: VFile, options: ConfigureOptions): Promise<PluggableList> {
  const configuration = new Configuration({
    cwd: file.cwd,
    rcName: options.rcName,
    packageField: options.packageField,
    configTransform: options.configTransform,
    detectConfig: true
  })
  const found = await load(configuration, file.path ?? path.join(file.cwd, 'document.md'))
  if (found.filePath) return found.plugins
  const defaults = options.configTransform({}, path.join(file.cwd, options.rcName))
  return (defaults.plugins ?? []) as PluggableList
}

/** The message of an error and of its causes. */
function reasons(error: unknown): string {
  const parts: string[] = []
  for (let at = error; at instanceof Error && parts.length < 4; at = at.cause) parts.push(at.message)
  return parts.length > 0 ? parts.join(': ') : String(error)
}

/** unified plugin: lint with the document's `.claimlintrc` and keep contradictions' other sides. */
const claimlintConfigured: Plugin<[ConfigureOptions], Root> = function (options) {
  // The preset adds its rules while the processor freezes, so they come after this plugin; adding
  // the transformer from here puts it after them (message control still re-appends itself last).
  this.use(function () {
    return transform
  })
  async function transform(tree: Root, file: VFile) {
    file.data.unifiedEngineGiven = false
    let plugins: PluggableList
    try {
      plugins = await pluginsFor(file, options)
    } catch (error) {
      // Keep the default run's messages, and say why the configuration was not used (no `cause`:
      // unified-language-server would print its stack into the diagnostic).
      const message = file.message(`Cannot use the claimlint configuration (linted with the default rules): ${reasons(error)}`, {
        ruleId: 'config',
        source: 'claimlint'
      })
      message.fatal = true
      recordRelated(file)
      return
    }
    file.messages.splice(0)
    await unified().use(plugins).run(tree, file)
    const across = capturedFor(file)
    if (across) {
      const [, ledger, knowledge, meta] = across
      judgeInWorkspace(file, ledger, knowledge, meta, file.cwd)
      controlLate(file)
    }
    recordRelated(file)
  }
}

export default claimlintConfigured

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-engine on the files it was given; only those are reported and written out. */
    unifiedEngineGiven: boolean
  }
}
