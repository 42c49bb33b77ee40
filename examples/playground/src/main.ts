/** The page: lint as the article is typed or pasted, and wire hover, click and the ledger. */
import type {Format} from 'claimlint'
import {cardsAt, renderArticle, reveal} from './article.js'
import {h} from './dom.js'
import {check, factCount, families, guessFormat, packCount, rules, type Result} from './engine.js'
import {renderLedger} from './ledger.js'
import {sample} from './sample.js'
import './style.css'

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const source = byId<HTMLTextAreaElement>('source')
const format = byId<HTMLSelectElement>('format')
const article = byId<HTMLElement>('article')
const details = byId<HTMLElement>('details')
const tooltip = byId<HTMLElement>('tooltip')
const ledger = byId<HTMLTableElement>('ledger')
const allSentences = byId<HTMLInputElement>('all-sentences')
const summary = byId<HTMLElement>('summary')

let result: Result = {flags: [], report: undefined, millis: 0}
let shownText = ''
let run = 0

const legend = byId('legend')

/** The legend, with the number of flags of each kind once something is checked. */
function showLegend(): void {
  legend.replaceChildren(
    ...families.map(({family, label}) => {
      const count = result.flags.filter((flag) => flag.family === family).length
      return h('li', {class: `fam-${family}${count === 0 && result.report ? ' none' : ''}`}, h('span', {class: 'swatch'}), label, count > 0 ? h('span', {class: 'n'}, String(count)) : null)
    })
  )
}
showLegend()
byId('foot').replaceChildren(
  h('span', {}, `${rules.length} rules · ${packCount} built-in packs · ${factCount} sourced facts. Everything runs in this page; nothing is sent anywhere.`)
)

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function showSummary(): void {
  const claims = result.report?.sentences.reduce((sum, sentence) => sum + sentence.claims.length, 0) ?? 0
  const topic = result.report?.topic
  summary.replaceChildren(
    h('strong', {class: result.flags.length > 0 ? 'count bad' : 'count good'}, plural(result.flags.length, 'flag')),
    ` · ${plural(claims, 'claim')}${topic ? ` about ${topic}` : ''} · checked in ${Math.max(1, Math.round(result.millis))} ms`
  )
}

function showLedger(): void {
  renderLedger(ledger, result.report, allSentences.checked, pickRange)
}

/** Lint the textarea and redraw. Older runs that finish late are dropped. */
async function update(): Promise<void> {
  const text = source.value
  const mine = ++run
  try {
    const next = await check(text, format.value as Format)
    if (mine !== run) return
    result = next
    shownText = text
  } catch (error) {
    if (mine !== run) return
    result = {flags: [], report: undefined, millis: 0}
    shownText = text
    summary.textContent = `Could not check this text: ${(error as Error).message}`
  }
  renderArticle(article, shownText, result.flags, format.value === 'markdown')
  closeDetails()
  showLedger()
  showLegend()
  if (result.report || result.flags.length > 0) showSummary()
  document.body.dataset.checked = String(run)
}

let timer: ReturnType<typeof setTimeout> | undefined
function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(() => void update(), 200)
}

/** Highlight a sentence picked in the ledger (CSS Custom Highlight API where available). */
function pickRange(start: number, end: number): void {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let offset = 0
  let started = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && start < offset + length) {
      range.setStart(node, start - offset)
      started = true
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset)
      break
    }
    offset += length
  }
  if (!started) return
  const highlights = (globalThis as {CSS?: {highlights?: Map<string, unknown>}}).CSS?.highlights
  const Highlight = (globalThis as {Highlight?: new (range: Range) => unknown}).Highlight
  if (highlights && Highlight) highlights.set('picked', new Highlight(range))
  const box = range.getBoundingClientRect()
  window.scrollBy({top: box.top - window.innerHeight / 3, behavior: 'smooth'})
}

function closeDetails(): void {
  details.hidden = true
  details.replaceChildren()
  for (const mark of article.querySelectorAll('mark.selected')) mark.classList.remove('selected')
}

function showTooltip(mark: HTMLElement): void {
  tooltip.replaceChildren(...cardsAt(mark, result.flags))
  tooltip.hidden = false
  const box = mark.getBoundingClientRect()
  const width = Math.min(420, window.innerWidth - 24)
  tooltip.style.width = `${width}px`
  tooltip.style.left = `${Math.max(12, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 12))}px`
  tooltip.style.top = `${box.bottom + window.scrollY + 8}px`
}

function pin(mark: HTMLElement): void {
  closeDetails()
  details.replaceChildren(h('button', {type: 'button', class: 'close', 'aria-label': 'Close'}, '×'), ...cardsAt(mark, result.flags))
  details.hidden = false
  mark.classList.add('selected')
  tooltip.hidden = true
}

article.addEventListener('mouseover', (event) => {
  const mark = (event.target as Element).closest('mark.flag') as HTMLElement | null
  if (mark && !mark.classList.contains('selected')) showTooltip(mark)
})
article.addEventListener('mouseout', (event) => {
  const to = event.relatedTarget as Element | null
  if (!to || !to.closest('mark.flag')) tooltip.hidden = true
})
article.addEventListener('click', (event) => {
  const mark = (event.target as Element).closest('mark.flag') as HTMLElement | null
  if (mark) pin(mark)
})
article.addEventListener('keydown', (event) => {
  const mark = (event.target as Element).closest('mark.flag') as HTMLElement | null
  if (mark && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault()
    pin(mark)
  }
})
/** Apply a suggested wording to the article (an empty one removes the words and a space). */
function applySuggestion(id: number, replacement: string): void {
  const flag = result.flags[id]
  if (!flag || source.value !== shownText) return
  let {start, end} = flag
  if (replacement === '') {
    if (shownText[end] === ' ' && (start === 0 || /\s/.test(shownText[start - 1]!))) end++
    else if (shownText[start - 1] === ' ') start--
  }
  source.value = shownText.slice(0, start) + replacement + shownText.slice(end)
  source.setSelectionRange(start, start + replacement.length)
  void update()
}

details.addEventListener('click', (event) => {
  const target = event.target as Element
  if (target.closest('.close')) return closeDetails()
  const suggestion = target.closest('.chip[data-flag]')
  if (suggestion) return applySuggestion(Number(suggestion.getAttribute('data-flag')), suggestion.getAttribute('data-text') ?? '')
  const other = target.closest('.goto-other')
  if (other) return reveal(article, Number(other.getAttribute('data-flag')), 'other')
  const flag = target.closest('.goto-flag')
  if (flag) reveal(article, Number(flag.getAttribute('data-flag')), 'flag')
})
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    closeDetails()
    tooltip.hidden = true
  }
})

source.addEventListener('input', (event) => {
  // A pasted page picks its format; typing keeps the one chosen.
  if ((event as InputEvent).inputType === 'insertFromPaste') format.value = guessFormat(source.value)
  schedule()
})
article.addEventListener('focusin', (event) => {
  const mark = (event.target as Element).closest('mark.flag') as HTMLElement | null
  if (mark && !mark.classList.contains('selected')) showTooltip(mark)
})
article.addEventListener('focusout', () => {
  tooltip.hidden = true
})
format.addEventListener('change', () => void update())
allSentences.addEventListener('change', showLedger)
byId('sample').addEventListener('click', () => {
  source.value = sample
  format.value = 'markdown'
  void update()
})
byId('clear').addEventListener('click', () => {
  source.value = ''
  void update()
  source.focus()
})

source.value = sample
void update()
