/**
 * The annotated article: the pasted text with each flag highlighted where it is written, the other
 * side of each contradiction underlined, and a card (on hover, pinned on click) with the message,
 * the suggested wording and a link to the other side.
 */
import {h, quoted} from './dom.js'
import {families, type Flag} from './engine.js'
import {segment, type Mark} from './segments.js'

const labels = new Map(families.map((entry) => [entry.family, entry.label]))

/** Marks for the flags and the other sides of contradictions. */
function marksOf(flags: readonly Flag[]): Mark[] {
  const marks: Mark[] = []
  for (const flag of flags) {
    marks.push({flag: flag.id, start: flag.start, end: flag.end, role: 'flag'})
    if (flag.other && !flag.other.file) marks.push({flag: flag.id, start: flag.other.start, end: flag.other.end, role: 'other'})
  }
  return marks
}

/** Markdown ATX headings (`# Title`), drawn bolder so the article reads like one. */
function headingsOf(text: string): Mark[] {
  const marks: Mark[] = []
  for (const match of text.matchAll(/^ {0,3}#{1,6}[ \t][^\n]*/gm)) marks.push({flag: -1, start: match.index, end: match.index + match[0].length, role: 'heading'})
  return marks
}

/** Draw `text` into `container` with the flags highlighted. */
export function renderArticle(container: HTMLElement, text: string, flags: readonly Flag[], markdown: boolean): void {
  container.replaceChildren()
  if (text.trim() === '') {
    container.append(h('p', {class: 'empty'}, 'Paste an article on the left to see its claims checked.'))
    return
  }
  for (const part of segment(text.length, [...marksOf(flags), ...(markdown ? headingsOf(text) : [])])) {
    const value = text.slice(part.start, part.end)
    const inHeading = part.marks.some((mark) => mark.role === 'heading')
    const parent = inHeading ? container.appendChild(h('span', {class: 'md-heading'})) : container
    const own = part.marks.filter((mark) => mark.role === 'flag')
    const others = part.marks.filter((mark) => mark.role === 'other')
    if (own.length === 0 && others.length === 0) {
      parent.append(value)
      continue
    }
    const lead = flags[(own[0] ?? others[0])!.flag]!
    const classes = ['flag', `fam-${lead.family}`, own.length === 0 ? 'other-side' : '', own.length > 1 ? 'stacked' : '']
    parent.append(
      h(
        'mark',
        {
          class: classes.filter(Boolean).join(' '),
          'data-flags': own.map((mark) => mark.flag).join(' ') || undefined,
          'data-others': others.map((mark) => mark.flag).join(' ') || undefined,
          tabindex: 0
        },
        value
      )
    )
  }
}

/** The flags a highlighted element stands for (its own first, then those it is the other side of). */
export function flagsAt(element: Element, flags: readonly Flag[]): {own: Flag[]; otherOf: Flag[]} {
  const ids = (name: string) => (element.getAttribute(name) ?? '').split(' ').filter(Boolean).map(Number)
  return {own: ids('data-flags').map((id) => flags[id]!), otherOf: ids('data-others').map((id) => flags[id]!)}
}

/** A card explaining one flag. */
export function card(flag: Flag): HTMLElement {
  // Each suggestion is a button: clicking it (in the pinned card) applies it to the article.
  // The first wording fits best (as the language server's preferred quick fix): it is marked.
  const chip = (text: string, label: string, index = 0) =>
    h('button', {type: 'button', class: `${text === '' ? 'chip remove' : 'chip'}${index === 0 ? ' preferred' : ''}`, 'data-flag': flag.id, 'data-text': text, title: index === 0 ? 'Apply to the article (best fit)' : 'Apply to the article'}, label)
  const suggestions =
    flag.expected === undefined
      ? null
      : h(
          'p',
          {class: 'suggest'},
          h('span', {class: 'label'}, 'Suggested'),
          ...(flag.expected.length === 0 ? [chip('', 'remove these words')] : flag.expected.map((text, index) => chip(text, text, index)))
        )
  return h(
    'div',
    {class: `card fam-${flag.family}`, 'data-flag': flag.id},
    h(
      'div',
      {class: 'card-head'},
      h('span', {class: 'badge'}, labels.get(flag.family) ?? flag.family),
      flag.url ? h('a', {href: flag.url, target: '_blank', rel: 'noreferrer', class: 'rule'}, flag.ruleId) : h('span', {class: 'rule'}, flag.ruleId),
      h('span', {class: 'where'}, `line ${flag.line}`)
    ),
    h('p', {class: 'reason'}, quoted(flag.reason)),
    suggestions,
    flag.note ? h('p', {class: 'note'}, quoted(flag.note)) : null,
    flag.other
      ? h(
          'button',
          {type: 'button', class: 'goto-other', 'data-flag': flag.id},
          flag.other.file ? `Other side: ${flag.other.file}, line ${flag.other.line}` : `Other side, line ${flag.other.line} →`
        )
      : null
  )
}

/** Cards for everything at one highlight; a line for the flags it is the other side of. */
export function cardsAt(element: Element, flags: readonly Flag[]): HTMLElement[] {
  const {own, otherOf} = flagsAt(element, flags)
  const cards = own.map(card)
  for (const flag of otherOf) {
    cards.push(
      h(
        'div',
        {class: `card compact fam-${flag.family}`},
        h('p', {class: 'reason'}, 'Contradicted on ', h('button', {type: 'button', class: 'goto-flag', 'data-flag': flag.id}, `line ${flag.line}`), ': ', quoted(flag.actual ? `\`${flag.actual}\`` : flag.reason))
      )
    )
  }
  return cards
}

/** Scroll to the highlight of a flag (or of its other side) and make it flash. */
export function reveal(container: HTMLElement, id: number, role: 'flag' | 'other'): void {
  const attribute = role === 'flag' ? 'data-flags' : 'data-others'
  const targets = [...container.querySelectorAll(`mark[${attribute}]`)].filter((mark) => (mark.getAttribute(attribute) ?? '').split(' ').includes(String(id)))
  const first = targets[0] as HTMLElement | undefined
  if (!first) return
  first.scrollIntoView({block: 'center', behavior: 'smooth'})
  for (const target of targets) {
    target.classList.remove('flash')
    void (target as HTMLElement).offsetWidth
    target.classList.add('flash')
  }
  first.focus({preventScroll: true})
}
