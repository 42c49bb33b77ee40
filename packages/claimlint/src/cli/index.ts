/**
 * The `claimlint` command: flags, then unified-engine (as alex does) with claimlint's names for
 * configuration and ignore files, its configuration schema through `configTransform`, one corpus
 * per run for contradictions across files, and the chosen reporter. It never writes files and
 * never prints the processed document. Returns the exit code (see `docs/cli.md`).
 */
import fs from 'node:fs'
import {unified} from 'unified'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {extensions} from '../format.js'
import claimlintParse from '../parse.js'
import {help, parseFlags, UsageError, type Flags} from './args.js'
import refuseBinary from './binary.js'
import {configProblems, explainFailures} from './failures.js'
import {createRunPlugin, type RunSettings} from './file-set.js'
import {emptyFolders} from './inputs.js'
import {createProgress} from './progress.js'
import {createSortedCorpus} from './sorted-corpus.js'
import {reporters, toStdout} from './report/index.js'
import {createConfigTransform, toPreset} from './transform.js'
import {checkConfig} from './config.js'
import {walkInputs} from './walk.js'

export interface Io {
  stdin: NodeJS.ReadStream
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  cwd: string
  env: NodeJS.ProcessEnv
}

/** Exit codes. */
export const exitCodes = {clean: 0, failed: 1, unusable: 2} as const

export function version(): string {
  const manifest = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

function useColor(flags: Flags, io: Io): boolean {
  if (flags.color !== undefined) return flags.color
  if (io.env.NO_COLOR || io.env.FORCE_COLOR === '0') return false
  return Boolean(io.stderr.isTTY) || Boolean(io.env.FORCE_COLOR)
}

function runEngine(options: EngineOptions): Promise<{code: 0 | 1; files: VFile[]}> {
  return new Promise((resolve, reject) => {
    engine(options, (error, code, context) => {
      if (error) reject(error)
      else resolve({code: code ?? 0, files: context?.files ?? []})
    })
  })
}

/** Run the CLI with `argv` (without `node` and the script). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let flags: Flags
  try {
    flags = parseFlags(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`claimlint: ${error.message}\nRun \`claimlint --help\` for usage.\n`)
    return exitCodes.unusable
  }
  if (flags.help) {
    io.stdout.write(help)
    return exitCodes.clean
  }
  if (flags.version) {
    io.stdout.write(`${version()}\n`)
    return exitCodes.clean
  }
  if (flags.files.length === 0 && io.stdin.isTTY) {
    io.stderr.write('claimlint: no input: give files, folders or globs, or pipe text on stdin\nRun `claimlint --help` for usage.\n')
    return exitCodes.unusable
  }

  // Symbolic-link cycles, second paths to one file, and FIFOs and other non-regular files: skipped
  // with a notice before the engine walks the folders (see walk.ts).
  const walked = walkInputs(flags.files, io.cwd, extensions, flags.rcPath)
  for (const notice of walked.notices) io.stderr.write(`claimlint: ${notice}\n`)
  if (walked.blocked.length > 0) return exitCodes.unusable
  if (flags.files.length > 0 && walked.files.length === 0) {
    io.stderr.write(`claimlint: no files to lint in ${flags.files.map((f) => `\`${f}\``).join(', ')}\n`)
    return exitCodes.unusable
  }

  const corpus = createSortedCorpus()
  const progress = flags.silent ? undefined : createProgress(io.stderr, io.env)
  const runSettings: RunSettings = {corpus, diff: flags.diff, progress}
  const run = createRunPlugin(runSettings)
  const report = reporters[flags.report]
  let badConfig: string[] = []
  const reportOptions = {cwd: io.cwd, version: version(), color: useColor(flags, io), quiet: flags.quiet, silent: flags.silent, verbose: flags.verbose}

  let result
  try {
    result = await runEngine({
      processor: () => unified().use(claimlintParse, {maxSize: flags.maxSize}).use(refuseBinary),
      cwd: io.cwd,
      files: walked.files,
      extensions: [...extensions],
      streamIn: io.stdin,
      ...(flags.filePath === undefined ? {} : {filePath: flags.filePath}),
      streamOut: io.stdout,
      streamError: toStdout(flags.report) ? io.stdout : io.stderr,
      out: false,
      output: false,
      rcName: '.claimlintrc',
      packageField: 'claimlint',
      detectConfig: flags.config,
      ...(flags.rcPath === undefined ? {} : {rcPath: flags.rcPath}),
      configTransform: createConfigTransform(corpus, run, flags.maxSize),
      defaultConfig: toPreset(checkConfig({}, io.cwd), corpus, run, flags.maxSize),
      ignoreName: '.claimlintignore',
      detectIgnore: flags.ignore,
      ...(flags.ignorePath === undefined ? {} : {ignorePath: flags.ignorePath}),
      ignorePatterns: [...flags.ignorePatterns, ...walked.skip],
      silentlyIgnore: flags.silentlyIgnore,
      frail: flags.frail,
      quiet: flags.quiet,
      silent: flags.silent,
      verbose: flags.verbose,
      color: reportOptions.color,
      reporter: (files: VFile[]) => {
        progress?.done()
        badConfig = configProblems(files)
        if (badConfig.length > 0 || runSettings.diffError) return ''
        explainFailures(files)
        return report(files, reportOptions)
      }
    })
  } catch (error) {
    progress?.done()
    io.stderr.write(`claimlint: ${(error as Error).message}\n`)
    return exitCodes.unusable
  }
  if (badConfig.length > 0) {
    for (const problem of badConfig) io.stderr.write(`claimlint: bad configuration: ${problem}\n`)
    return exitCodes.unusable
  }
  if (runSettings.diffError) {
    io.stderr.write(`claimlint: ${runSettings.diffError}\n`)
    return exitCodes.unusable
  }
  if (flags.files.length > 0 && result.files.length === 0) {
    io.stderr.write(`claimlint: no files to lint in ${flags.files.map((f) => `\`${f}\``).join(', ')}\n`)
    return exitCodes.unusable
  }
  for (const folder of emptyFolders(flags.files, result.files, io.cwd)) {
    io.stderr.write(`claimlint: no Markdown, HTML or text files to lint in \`${folder}\`\n`)
  }
  return result.code
}
