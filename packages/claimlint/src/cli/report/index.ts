/**
 * The reporters by name: `stylish` (vfile-reporter, the default), `json` (vfile-reporter-json with
 * the other side of contradictions),
 * `sarif` and `github`. Each turns the linted files into one string.
 */
import {VFile} from 'vfile'
import {reporter as stylish} from 'vfile-reporter'
import {compareMessage} from 'vfile-sort'
import type {ReportName} from '../args.js'
import {githubReport} from './github.js'
import {jsonReport} from './json.js'
import {sarifReport} from './sarif.js'

export interface ReportOptions {
  cwd: string
  version: string
  color?: boolean | undefined
  quiet?: boolean | undefined
  silent?: boolean | undefined
  verbose?: boolean | undefined
}

/** A message line of vfile-reporter: place, then the label (maybe coloured), then the rest. */
const messageLine = /^(\s*\S+\s+(?:\u001B\[\d+m)?(?:error|warning|info)(?:\u001B\[\d+m)?\s+)(.*)$/

/**
 * vfile-reporter pads every reason to the longest one of the report (and claimlint's reasons name
 * both sides of a contradiction), so each line ran to hundreds of columns, mostly spaces. Keep
 * the place and label columns, and separate reason, rule id and source by two spaces.
 */
export function unpadded(report: string): string {
  return report
    .split('\n')
    .map((line) => {
      const match = messageLine.exec(line)
      if (!match) return line.trimEnd()
      return match[1] + match[2]!.replace(/ {3,}/g, '  ').trimEnd()
    })
    .join('\n')
}

export type Report = (files: VFile[], options: ReportOptions) => string

/** Messages per file that vfile-reporter takes in one piece (it spreads a file's rows into one call). */
const stylishChunk = 5000

/**
 * The stylish report. vfile-reporter adds a file's rows with one `push(...rows)`, which overflows
 * the stack at about 100,000 rows (a file with tens of thousands of messages): the whole report was
 * lost. A file with more messages than that is reported in parts, each under the file's name.
 */
function stylishReport(files: VFile[], options: ReportOptions): string {
  const settings = {color: options.color ?? false, quiet: options.quiet ?? false, silent: options.silent ?? false, verbose: options.verbose ?? false}
  if (files.every((file) => file.messages.length <= stylishChunk)) return stylish(files, settings)
  const parts: VFile[] = []
  for (const file of files) {
    if (file.messages.length <= stylishChunk) {
      parts.push(file)
      continue
    }
    const sorted = [...file.messages].sort(compareMessage)
    for (let start = 0; start < sorted.length; start += stylishChunk) {
      const part = new VFile({path: file.path, cwd: file.cwd})
      part.messages = sorted.slice(start, start + stylishChunk)
      parts.push(part)
    }
  }
  return stylish(parts, settings)
}

export const reporters: Readonly<Record<ReportName, Report>> = {
  stylish: (files, options) => unpadded(stylishReport(files, options)),
  json: (files, options) => jsonReport(files, options),
  sarif: (files, options) => sarifReport(files, options),
  github: (files, options) => githubReport(files, options)
}

/** Where each report goes: people read stylish on stderr; machines read the others from stdout. */
export function toStdout(name: ReportName): boolean {
  return name !== 'stylish'
}
