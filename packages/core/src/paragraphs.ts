/**
 * The paragraphs of an nlcst tree in document order, however deep they sit (Markdown and HTML put
 * them under sources and other parents). The ledger and the rules that walk sentences by paragraph
 * read the same list.
 */
import type {Paragraph, Root} from 'nlcst'

type Node = Root | Root['children'][number]

export function paragraphsOf(tree: Root): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const visit = (node: Node): void => {
    if (node.type === 'ParagraphNode') paragraphs.push(node)
    else if ('children' in node) for (const child of node.children) visit(child as Node)
  }
  visit(tree)
  return paragraphs
}
