/** Input formats and how a path names them. */
export type Format = 'markdown' | 'html' | 'text'

const byExtension: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text'
}

/** Extensions the CLI looks for in folders. */
export const extensions: readonly string[] = Object.keys(byExtension)

/** The format of a file by its extension, `text` when unknown. */
export function formatOf(extname: string | undefined): Format {
  return (extname && byExtension[extname.toLowerCase()]) || 'text'
}
