/** A tiny element builder: `h('p', {class: 'x'}, 'text', child)`. */
export type Child = Node | string | null | undefined | false

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    element.append(child)
  }
  return element
}

/** Text with `backticked` parts shown as code, as unified reasons quote values. */
export function quoted(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment()
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) fragment.append(h('code', {}, part.slice(1, -1)))
    else if (part) fragment.append(part)
  })
  return fragment
}
