/**
 * Refuse binary files, and warn about bytes that are not UTF-8.
 *
 * Refuse binary files (an image or a PDF given by name, or renamed to `.txt`) with a clear message
 * for that file instead of linting garbage. A NUL character in the first 8000 characters marks a
 * binary file, as git decides.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Processor} from 'unified'
import {decodeText, hasUtf16Bom} from '../limits.js'

export function isBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000')
}

/** unified plugin wrapping the parser; use it after the parser plugin. */
export default function refuseBinary(this: Processor<any, any, any, any, any>): undefined {
  const parse = this.parser
  if (!parse) return
  this.parser = function (doc, file) {
    // unified-engine hands over the file decoded as UTF-8, byte order mark included. A UTF-8 mark
    // is not text (kept, it shifts every position of the first line); a UTF-16 mark reads as two
    // U+FFFD: decode the bytes as UTF-16 then, instead of calling the NUL bytes binary.
    if (doc.startsWith('\uFEFF')) {
      doc = doc.slice(1)
      file.value = doc
    } else if (doc.startsWith('\uFFFD\uFFFD') && file.path) {
      const bytes = readBytes(file)
      if (bytes && hasUtf16Bom(bytes)) {
        doc = decodeText(bytes, file)
        file.value = doc
        return parse(doc, file)
      }
    }
    if (isBinary(doc)) file.fail('Cannot lint binary file: claimlint reads Markdown, HTML and plain text')
    // unified-engine decodes files without saying when bytes were not UTF-8; look at the bytes
    // again only when the text holds a replacement character, so the warning is not lost.
    if (doc.includes('\uFFFD') && file.path) {
      const bytes = readBytes(file)
      if (bytes) decodeText(bytes, file)
    }
    return parse(doc, file)
  }
}

/** The file's bytes, or `undefined` when it cannot be read again (it was a moment ago). */
function readBytes(file: {cwd: string; path?: string | undefined}): Uint8Array | undefined {
  try {
    return fs.readFileSync(path.resolve(file.cwd, file.path ?? ''))
  } catch {
    return undefined
  }
}
