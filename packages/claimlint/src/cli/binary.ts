/**
 * Refuse binary files (an image or a PDF given by name, or renamed to `.txt`) with a clear message
 * for that file instead of linting garbage. A NUL character in the first 8000 characters marks a
 * binary file, as git decides.
 */
import type {Processor} from 'unified'

export function isBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000')
}

/** unified plugin wrapping the parser; use it after the parser plugin. */
export default function refuseBinary(this: Processor<any, any, any, any, any>): undefined {
  const parse = this.parser
  if (!parse) return
  this.parser = function (doc, file) {
    if (isBinary(doc)) file.fail('Cannot lint binary file: claimlint reads Markdown, HTML and plain text')
    return parse(doc, file)
  }
}
