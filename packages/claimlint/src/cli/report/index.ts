/**
 * The reporters by name: `stylish` (vfile-reporter, the default), `json` (vfile-reporter-json with
 * the other side of contradictions),
 * `sarif` and `github`. Each turns the linted files into one string.
 */
import type {VFile} from 'vfile'
import {reporter as stylish} from 'vfile-reporter'
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

export type Report = (files: VFile[], options: ReportOptions) => string

export const reporters: Readonly<Record<ReportName, Report>> = {
  stylish: (files, options) => stylish(files, {color: options.color ?? false, quiet: options.quiet ?? false, silent: options.silent ?? false, verbose: options.verbose ?? false}),
  json: (files, options) => jsonReport(files, options),
  sarif: (files, options) => sarifReport(files, options),
  github: (files, options) => githubReport(files, options)
}

/** Where each report goes: people read stylish on stderr; machines read the others from stdout. */
export function toStdout(name: ReportName): boolean {
  return name !== 'stylish'
}
