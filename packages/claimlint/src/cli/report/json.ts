/**
 * `--report json`: vfile-reporter-json, plus the other side of a contradiction. vfile-reporter-json
 * leaves `cause` out (it is an error class); here it is added to each message as plain data:
 * `{file, line, column, place, reason}`.
 */
import type {VFile} from 'vfile'
import {reporterJson} from 'vfile-reporter-json'
import {causeOf} from './messages.js'

export interface JsonOptions {
  quiet?: boolean | undefined
  silent?: boolean | undefined
}

interface JsonFile {
  messages: Array<Record<string, unknown>>
}

export function jsonReport(files: readonly VFile[], options: JsonOptions): string {
  const quiet = options.quiet ?? false
  const silent = options.silent ?? false
  const data = JSON.parse(reporterJson([...files], {quiet, silent})) as JsonFile[]
  let index = 0
  for (const file of files) {
    // The same selection vfile-reporter-json makes, to pair its entries with the files.
    const messages = file.messages.filter((message) => !silent || message.fatal)
    if ((quiet || silent) && messages.length === 0) continue
    const entry = data[index++]
    if (!entry) break
    messages.forEach((message, at) => {
      const cause = causeOf(message)
      if (!cause || !entry.messages[at]) return
      entry.messages[at].cause = {file: cause.file || file.path, line: cause.line, column: cause.column, place: cause.place, reason: cause.reason}
    })
  }
  return JSON.stringify(data)
}
