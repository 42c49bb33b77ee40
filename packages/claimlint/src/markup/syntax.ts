/**
 * The Markdown syntax a document is read with: CommonMark, front matter, and GFM as far as it
 * decides what is prose (tables are left out; footnotes, strikethrough and task list items are
 * unwrapped). GFM's literal autolinks are never read: a bare `www.example.org` would become a link
 * whose text is the same characters, so the tokens are the same (the 400 benchmark articles give
 * the same trees), and finding them cost Markdown reading more than the rest of GFM together
 * (fromMarkdown over the articles, one noisy run each: plain 2.2-5.2 s, autolinks alone 5.7-6.4 s).
 *
 * A performance device, exact by construction: each GFM construct is read only when the document
 * holds the characters it cannot exist without (a table a `|` and its delimiter row, a line of
 * only `|`, `-`, `:`, spaces and quote markers holding a `-`; a footnote `[^`; strikethrough `~`;
 * a task list item `[ ]` or `[x]`), so a document without any is read as plain CommonMark and gives
 * the tree it gives with them all. Measured over the 400 articles (CPU time, shared 2-core machine):
 * see docs/performance.md.
 */
import type {Options} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'

const matters = ['yaml', 'toml'] as const

/** Each construct (in the order `micromark-extension-gfm` combines them): whether a document may hold it, and its syntax and tree extensions. */
const constructs = [
  {may: (doc: string) => doc.includes('[^'), syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown},
  {may: (doc: string) => doc.includes('~'), syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown},
  {may: (doc: string) => doc.includes('|') && /^[ \t>]*[|: \t\r-]*-[|: \t\r-]*$/m.test(doc), syntax: gfmTable, tree: gfmTableFromMarkdown},
  {may: (doc: string) => /\[[ \txX]\]/.test(doc), syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown}
] as const

/** Options per set of constructs (a bit each), made once. */
const made = new Map<number, Options>()

/** The options to read `doc` with. */
export function markdownSyntax(doc: string): Options {
  let mask = 0
  for (const [index, construct] of constructs.entries()) if (construct.may(doc)) mask |= 1 << index
  let options = made.get(mask)
  if (!options) {
    const chosen = constructs.filter((_, index) => mask & (1 << index))
    options = {
      extensions: [...chosen.map((construct) => construct.syntax()), frontmatter([...matters])],
      mdastExtensions: [...chosen.map((construct) => construct.tree()), frontmatterFromMarkdown([...matters])]
    }
    made.set(mask, options)
  }
  return options
}
