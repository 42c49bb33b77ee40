/**
 * Command-line flags. Parsed with `node:util` `parseArgs`: it ships with Node (no dependency to keep
 * up to date), rejects unknown flags in strict mode, and handles `--flag value`, `--flag=value`,
 * short flags and repeated flags, which is all this CLI needs. unified-args would add flags that make
 * no sense for a linter that never writes (`--output`, `--tree`, `--use`, `--setting`), and meow
 * pulls in a dozen packages for the same result.
 */
import {parseArgs} from 'node:util'
import {extensions} from '../format.js'

export const reportNames = ['stylish', 'json', 'sarif', 'github'] as const
export type ReportName = (typeof reportNames)[number]

export interface Flags {
  files: string[]
  report: ReportName
  frail: boolean
  quiet: boolean
  silent: boolean
  verbose: boolean
  diff: boolean
  maxSize: number | undefined
  color: boolean | undefined
  rcPath: string | undefined
  config: boolean
  ignorePath: string | undefined
  ignorePatterns: string[]
  ignore: boolean
  silentlyIgnore: boolean
  filePath: string | undefined
  help: boolean
  version: boolean
}

/** A problem with the flags themselves (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** The usage text; the extensions come from the list the CLI searches folders for. */
export const help = `Usage: claimlint [options] [path | glob ...]

Lint health articles (Markdown, HTML, text) for claims that contradict each other, across
articles, or the fact packs. Folders are searched for ${listed(extensions)}
files (never in node_modules). With no paths, the text on stdin is linted.

Options:
  -r, --report <name>        report format: stylish (default, on stderr), json, sarif or
                             github (on stdout)
  -f, --frail                exit with 1 on warnings too, not only on errors
  -q, --quiet                report only files with messages
  -S, --silent               report only errors (fatal messages)
      --verbose              show notes and the other side of each contradiction in full
      --diff                 in CI (GitHub Actions, Travis), keep only messages on changed lines
      --max-size <size>      skip files larger than this (bytes, or with kb/mb; default 5mb; 0: no limit)
  -c, --rc-path <file>       use this configuration file instead of searching for one
      --no-config            do not search for configuration files
  -i, --ignore-path <file>   use this ignore file instead of .claimlintignore
      --ignore-pattern <glob> also ignore files matching this glob (repeatable)
      --no-ignore            do not use .claimlintignore files
      --silently-ignore      skip ignored files given on the command line without an error
      --stdin-filepath <path> path to treat stdin as (picks Markdown/HTML/text by extension)
      --color, --no-color    force or turn off colours in the stylish report
  -h, --help                 show this help
  -v, --version              show the version

Configuration: .claimlintrc (JSON), .claimlintrc.json, .claimlintrc.yml, .claimlintrc.yaml,
.claimlintrc.js, or a "claimlint" field in package.json. Inline: <!--claimlint ignore rule-id-->.

Exit codes: 0 no failing messages; 1 errors found (warnings too with --frail) or a file could
not be linted; 2 claimlint could not run (bad flags, bad configuration, no input).

Docs: https://github.com/claimlint/claimlint/blob/main/docs/cli.md
`

/** Parse `process.argv.slice(2)`. Throws `UsageError`. */
export function parseFlags(argv: readonly string[]): Flags {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        report: {type: 'string', short: 'r'},
        frail: {type: 'boolean', short: 'f'},
        quiet: {type: 'boolean', short: 'q'},
        silent: {type: 'boolean', short: 'S'},
        verbose: {type: 'boolean'},
        diff: {type: 'boolean'},
        'max-size': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        'rc-path': {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        'ignore-path': {type: 'string', short: 'i'},
        'ignore-pattern': {type: 'string', multiple: true},
        'no-ignore': {type: 'boolean'},
        'silently-ignore': {type: 'boolean'},
        'stdin-filepath': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  const report = values.report ?? 'stylish'
  if (!(reportNames as readonly string[]).includes(report)) {
    throw new UsageError(`Unknown report \`${report}\`; use one of ${reportNames.join(', ')}`)
  }
  if (values['rc-path'] !== undefined && values['no-config']) throw new UsageError('Use either --rc-path or --no-config, not both')
  if (values['stdin-filepath'] !== undefined && positionals.length > 0) {
    throw new UsageError('--stdin-filepath names the text on stdin; do not give paths as well')
  }
  return {
    files: positionals,
    report: report as ReportName,
    frail: values.frail ?? false,
    quiet: values.quiet ?? false,
    silent: values.silent ?? false,
    verbose: values.verbose ?? false,
    diff: values.diff ?? false,
    maxSize: values['max-size'] === undefined ? undefined : parseSize(values['max-size']),
    color: values['no-color'] ? false : values.color,
    rcPath: values['rc-path'],
    config: !values['no-config'],
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    ignore: !values['no-ignore'],
    silentlyIgnore: values['silently-ignore'] ?? false,
    filePath: values['stdin-filepath'],
    help: values.help ?? false,
    version: values.version ?? false
  }
}

/** `--max-size`: bytes, or a number with `kb` or `mb`. */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?\s*$/i.exec(value)
  if (!match) throw new UsageError(`Invalid --max-size \`${value}\`; use bytes or a size such as 500kb or 5mb (0 for no limit)`)
  const unit = (match[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1
  return Math.round(Number(match[1]) * factor)
}
