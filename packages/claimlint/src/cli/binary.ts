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
import {decodeText} from '../limits.js'

export function isBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000')
}

/** unified plugin wrapping the parser; use it after the parser plugin. */
export default function refuseBinary(this: Processor<any, any, any, any, any>): undefined {
  const parse = this.parser
  if (!parse) return
  this.parser = function (doc, file) {
    if (isBinary(doc)) file.fail('Cannot lint binary file: claimlint reads Markdown, HTML and plain text')
    // unified-engine decodes files without saying when bytes were not UTF-8; look at the bytes
    // again only when the text holds a replacement character, so the warning is not lost.
    if (doc.includes('\uFFFD') && file.path) {
      try {
        decodeText(fs.readFileSync(path.resolve(file.cwd, file.path)), file)
      } catch {
        // The file was readable a moment ago; without its bytes there is nothing more to say.
      }
    }
    return parse(doc, file)
  }
}
