/**
 * Limits on what claimlint reads, shared by the API, the CLI and the language server: a maximum
 * file size (default 5 MB, far above any article; the benchmark's 1,000,000-word file is about
 * 6.5 MB and lints with `maxSize: Infinity`), and decoding bytes as UTF-8 with a warning when they
 * are not valid UTF-8. A file over the limit is not linted: it gets one message saying so, and the
 * caller skips it (the CLI exits with 1 for it, as for any file that could not be linted).
 */
import type {VFile} from 'vfile'

/** Default maximum size of one file, in bytes of UTF-8. */
export const defaultMaxSize = 5 * 1024 * 1024

/** Source of the messages added here. */
export const limitsSource = 'claimlint'

/** The `maxSize` option: bytes; `null`/`undefined` for the default, `Infinity` or `0` for no limit. */
export type MaxSize = number | null | undefined

/** Effective limit for an option value. */
export function resolveMaxSize(maxSize: MaxSize): number {
  if (maxSize === null || maxSize === undefined) return defaultMaxSize
  if (typeof maxSize !== 'number' || Number.isNaN(maxSize) || maxSize < 0) {
    throw new TypeError(`claimlint: \`maxSize\` must be a number of bytes (or 0 for no limit), not \`${String(maxSize)}\``)
  }
  return maxSize === 0 ? Number.POSITIVE_INFINITY : maxSize
}

/** Size in bytes of UTF-8 of a string or buffer, without encoding it. */
export function byteLength(value: string | Uint8Array): number {
  if (typeof value !== 'string') return value.byteLength
  let bytes = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}

/**
 * Check a file against the maximum size. Returns `true` when it may be linted; otherwise adds one
 * message (`ruleId: 'max-size'`, fatal, so reporters count it as an error) and returns `false`:
 * the caller must then skip parsing and the rules.
 */
export function checkSize(file: VFile, maxSize?: MaxSize): boolean {
  const limit = resolveMaxSize(maxSize)
  if (limit === Number.POSITIVE_INFINITY || file.value === undefined) return true
  // A string of n UTF-16 units has at least n bytes: most files are decided without counting.
  const value = file.value as string | Uint8Array
  if (typeof value === 'string' && value.length * 3 <= limit) return true
  const size = byteLength(value)
  if (size <= limit) return true
  const message = file.message(
    `File not linted: it is ${formatBytes(size)}, over the maximum size of ${formatBytes(limit)}; raise \`maxSize\` (CLI: \`--max-size\`) to lint it`,
    {ruleId: 'max-size', source: limitsSource}
  )
  message.fatal = true
  return false
}

/**
 * Decode bytes as UTF-8. Invalid sequences become U+FFFD and the file gets a warning
 * (`ruleId: 'encoding'`) saying so, with the place of the first one; a byte-order mark is kept so
 * offsets match the bytes on disk.
 */
export function decodeText(bytes: Uint8Array, file?: VFile): string {
  // A byte order mark says the encoding and is not part of the text: UTF-16 files saved by editors
  // on Windows carry one, and a UTF-8 one would shift every offset of the first line by one.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    const text = new TextDecoder(encoding, {fatal: false}).decode(bytes)
    if (file) {
      const first = text.indexOf('\uFFFD')
      const before = text.slice(0, Math.max(0, first))
      const line = before.split(/\r\n|\r|\n/).length
      const column = first - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
      file.message(`File is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}: invalid bytes were read as U+FFFD (�); save it as UTF-8`, {
        ruleId: 'encoding',
        source: limitsSource,
        place: {line, column}
      })
    }
    return text
  }
}

/** Whether `bytes` start with a UTF-16 byte order mark (such a file is text, though it holds NUL bytes). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

/** Longest run of container markers (`>`, list bullets, their indentation) a Markdown line may open with. */
export const maxMarkdownPrefix = 256

/**
 * The first Markdown line nested deeper than any article (more than `maxMarkdownPrefix` characters
 * of `>`, list markers and indentation before its text), or `undefined`. The Markdown parser's work
 * grows with lines × depth, so such a file is refused with a message instead of parsed for minutes.
 */
export function overNested(doc: string): {line: number; prefix: number} | undefined {
  let line = 1
  let start = 0
  while (start <= doc.length) {
    let end = start
    while (end < doc.length) {
      const code = doc.charCodeAt(end)
      // space, tab, >, *, +, -, digits, . and )
      if (code === 32 || code === 9 || code === 62 || code === 42 || code === 43 || code === 45 || code === 46 || code === 41 || (code >= 48 && code <= 57)) end++
      else break
    }
    if (end - start > maxMarkdownPrefix) return {line, prefix: end - start}
    // Lines end at a line feed, a carriage return, or both (a file saved with lone CRs is as deep).
    let next = end
    while (next < doc.length && doc.charCodeAt(next) !== 10 && doc.charCodeAt(next) !== 13) next++
    if (next >= doc.length) break
    if (doc.charCodeAt(next) === 13 && doc.charCodeAt(next + 1) === 10) next++
    start = next + 1
    line++
  }
  return undefined
}

/**
 * Add the fatal message for a file claimlint cannot read (too deeply nested, or too large a block
 * for the parser); the caller lints nothing of it.
 */
export function refuse(file: VFile, reason: string, place?: {line: number; column: number}): void {
  const message = file.message(`File not linted: ${reason}`, {ruleId: 'unreadable', source: limitsSource, place})
  message.fatal = true
}
