/** Helpers shared by the SARIF and GitHub reporters. */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'

export interface Region {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

/** `error`, `warning` or `note`, from vfile's `fatal` (true, false, undefined). */
export function levelOf(message: VFileMessage): 'error' | 'warning' | 'note' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

/** The region of a message, when it has a place in the file. */
export function regionOf(message: {line?: number | undefined; column?: number | undefined; place?: VFileMessage['place']}): Region | undefined {
  if (!message.line) return undefined
  const region: Region = {startLine: message.line, startColumn: message.column ?? 1}
  const place = message.place
  if (place && 'end' in place && place.end.line) {
    region.endLine = place.end.line
    if (place.end.column) region.endColumn = place.end.column
  }
  return region
}

/** The `cause` of a message when it is a placed message (the other side of a contradiction). */
export function causeOf(message: VFileMessage): VFileMessage | undefined {
  return message.cause instanceof VFileMessage || (typeof message.cause === 'object' && message.cause !== null && 'reason' in message.cause)
    ? (message.cause as VFileMessage)
    : undefined
}

/** Messages of a file in report order; `silent` keeps only errors. */
export function messagesOf(file: VFile, silent: boolean): VFileMessage[] {
  return [...file.messages].filter((message) => !silent || message.fatal === true).sort(compareMessage)
}

/** A message from unified-engine about the file itself (could not be read), not a lint result. */
export function isFileFailure(message: VFileMessage): boolean {
  return message.fatal === true && !message.ruleId && !message.source
}
