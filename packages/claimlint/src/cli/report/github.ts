/**
 * GitHub Actions workflow commands: one `::warning file=…,line=…,col=…::…` (or `::error`,
 * `::notice`) line per message, so messages show up as annotations on the pull request.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {causeOf, isFileFailure, levelOf, messagesOf, regionOf} from './messages.js'
import {causePath, filePath} from './paths.js'

export interface GithubOptions {
  cwd: string
  silent?: boolean | undefined
}

const commands = {error: 'error', warning: 'warning', note: 'notice'} as const

/** Escape the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function text(message: VFileMessage, file: VFile, cwd: string): string {
  const lines = [message.reason]
  const cause = causeOf(message)
  if (cause && cause.line) lines.push(`Other side: ${causePath(cause, file, cwd)}:${cause.line}:${cause.column ?? 1}`)
  if (message.expected && message.expected.length > 0) lines.push(`Suggestion: ${message.expected.join(' / ')}`)
  if (message.url) lines.push(message.url)
  return lines.join('\n')
}

/** Render files as workflow commands. */
export function githubReport(files: readonly VFile[], options: GithubOptions): string {
  const out: string[] = []
  for (const file of files) {
    const path = filePath(file, options.cwd)
    for (const message of messagesOf(file, options.silent ?? false)) {
      const properties = [`file=${escapeProperty(path)}`]
      const region = isFileFailure(message) ? undefined : regionOf(message)
      if (region) {
        properties.push(`line=${region.startLine}`, `col=${region.startColumn}`)
        if (region.endLine) properties.push(`endLine=${region.endLine}`)
        if (region.endColumn && region.endLine === region.startLine) properties.push(`endColumn=${region.endColumn}`)
      }
      const title = [message.source, message.ruleId].filter(Boolean).join(':')
      if (title) properties.push(`title=${escapeProperty(title)}`)
      out.push(`::${commands[levelOf(message)]} ${properties.join(',')}::${escapeData(text(message, file, options.cwd))}`)
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}
