/**
 * hast to nlcst, as `hast-util-to-nlcst` 4 does it (its code, step for step: explicit and implicit
 * paragraphs, ignored and source elements), with every token placed exactly in the file
 * (`place.ts`: a character reference such as `&amp;` shifted every later token of its paragraph)
 * and each paragraph parsed in blocks (`blocks.ts`).
 */
import type {Element, ElementContent, Nodes as HastNodes, RootContent as HastRootContent} from 'hast'
import {embedded} from 'hast-util-embedded'
import {convertElement} from 'hast-util-is-element'
import {phrasing} from 'hast-util-phrasing'
import {toString as hastToString} from 'hast-util-to-string'
import {whitespace} from 'hast-util-whitespace'
import type {Root, RootContent, SentenceContent} from 'nlcst'
import type {BlockMemory} from '../cache.js'
import {parseParagraph} from './blocks.js'
import {Place, placedTokens} from './place.js'

const source = convertElement(['code', (node: Element) => node.properties?.dataNlcst === 'source'])
const ignore = convertElement(['script', 'style', 'svg', 'math', 'del', (node: Element) => node.properties?.dataNlcst === 'ignore'])
const explicit = convertElement(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const flowAccepting = convertElement([
  'body',
  'article',
  'section',
  'blockquote',
  'nav',
  'aside',
  'header',
  'footer',
  'address',
  'li',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'div',
  'main',
  'caption',
  'td',
  'th',
  'form',
  'fieldset',
  'details',
  'dialog'
])

/** The nlcst tree of `tree`, an HTML document whose text is `doc`. */
export function fromHast(tree: HastNodes, doc: string, memory?: BlockMemory): Root {
  const place = new Place(doc)
  const results: RootContent[] = []

  find(tree)

  return {type: 'RootNode', children: results, position: {start: place.point(0), end: place.point(doc.length)}}

  function find(node: HastNodes): void {
    if (node.type === 'root') {
      findAll(node.children)
    } else if (node.type === 'element' && !ignore(node)) {
      if (explicit(node)) add([node])
      else if (flowAccepting(node)) implicit(flattenAll(node.children))
      else findAll(node.children)
    }
  }

  function findAll(children: HastRootContent[]): void {
    for (const child of children) find(child)
  }

  /** Children with `a`, `ins`, `del` and `map` unravelled. */
  function flattenAll(children: ElementContent[]): ElementContent[] {
    const out: ElementContent[] = []
    for (const child of children) {
      if (child.type === 'element' && (child.tagName === 'a' || child.tagName === 'ins' || child.tagName === 'del' || child.tagName === 'map')) {
        for (const inner of flattenAll(child.children)) out.push(inner)
      } else out.push(child)
    }
    return out
  }

  function add(nodes: ElementContent[]): void {
    const tokens: SentenceContent[] = []
    for (const node of nodes) one(node, tokens)
    if (tokens.length > 0) results.push(parseParagraph(tokens, {doc, memory, kind: 'html'}))
  }

  /** Implicit paragraphs: runs of phrasing content (<https://html.spec.whatwg.org/multipage/dom.html#paragraphs>). */
  function implicit(children: ElementContent[]): void {
    let start = -1
    let viable: boolean | undefined
    for (let index = 0; index <= children.length; index++) {
      const child = children[index]
      if (child && phrasing(child)) {
        if (start === -1) start = index
        if (!viable && !embedded(child) && !whitespace(child)) viable = true
      } else if (child && start === -1) {
        find(child)
        start = index + 1
      } else if (start !== -1) {
        const run = children.slice(start, index)
        if (viable) add(run)
        else findAll(run)
        if (child) find(child)
        viable = undefined
        start = -1
      }
    }
  }

  function one(node: ElementContent, out: SentenceContent[]): void {
    const position = node.position
    const from = position?.start.offset
    const to = position?.end.offset
    if (node.type === 'text') {
      if (from === undefined || to === undefined) return
      for (const token of placedTokens(place, node.value, from, {...position!.start}, to)) out.push(token)
    } else if (node.type === 'element' && !ignore(node)) {
      if (node.tagName === 'wbr' || node.tagName === 'br') {
        if (from === undefined || to === undefined) return
        out.push({type: 'WhiteSpaceNode', value: node.tagName === 'br' ? '\n' : ' ', position: {start: place.point(from), end: place.point(to)}})
      } else if (source(node)) {
        if (from === undefined || to === undefined) return
        out.push({type: 'SourceNode', value: hastToString(node), position: {start: place.point(from), end: place.point(to)}})
      } else {
        for (const child of node.children) one(child, out)
      }
    }
  }
}
