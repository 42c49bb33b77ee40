/**
 * The playground end to end: build the page with Vite, serve it on localhost, paste an article in
 * Debian's headless Chromium (playwright-core with `executablePath`, never a downloaded browser),
 * and check the highlights, the message card, the link to the other side and the ledger. Saves
 * `test-results/playground.png`. Skipped, with a notice, when `/usr/bin/chromium` is missing
 * (`.ci/run` installs it).
 */
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const playground = path.join(root, 'examples/playground')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = fs.existsSync(executablePath)
const screenshot = path.join(root, 'test-results/playground.png')

if (!hasChromium) {
  console.warn(`playground test skipped: no Chromium at ${executablePath} (install Debian's \`chromium\` package, as .ci/run does)`)
}

// An article in the style of the seeds, written for this test.
const article = [
  '# Ketamine and the fast road out of depression',
  '',
  'Ketamine is an NMDA receptor antagonist. By blocking these receptors it changes how nerve cells',
  'talk to each other, and early studies suggest this may help new connections grow.',
  '',
  'Put simply, it lifts mood by activating NMDA receptors.',
  '',
  'Patients report instant relief from their symptoms. In trials, mood usually improved within hours',
  'of one infusion, and the effect tended to fade over the following week.',
  '',
  'Clinics call it a miracle treatment with no side effects.',
  ''
].join('\n')

const types: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml'}

/** Paste `text` into the article box, as the browser does (an `input` event of type insertFromPaste). */
async function paste(page: Page, text: string): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.checked)
  await page.evaluate((value) => {
    const source = document.querySelector<HTMLTextAreaElement>('#source')!
    source.focus()
    source.value = value
    source.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: value}))
  }, text)
  await page.waitForFunction((previous) => document.body.dataset.checked !== previous, before)
}

function serve(folder: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = path.join(folder, pathname === '/' ? 'index.html' : pathname)
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'})
    fs.createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

;(hasChromium ? describe : describe.skip)('playground in Chromium', () => {
  let server: http.Server
  let context: BrowserContext
  let page: Page
  let profile: string
  const errors: string[] = []

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', playground], {cwd: root, encoding: 'utf8'})
    if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`)
    server = await serve(path.join(playground, 'dist'))
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: {width: 1440, height: 1000},
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => errors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    const {port} = server.address() as {port: number}
    await page.goto(`http://127.0.0.1:${port}/`)
  }, 120000)

  afterAll(async () => {
    await context?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    if (profile) fs.rmSync(profile, {recursive: true, force: true})
  })

  it('highlights the flagged claims of a pasted article in place', async () => {
    await page.waitForSelector('mark.flag')
    await paste(page, article)
    expect(await page.inputValue('#format')).toBe('markdown')
    const marks = page.locator('#article mark.flag:not(.other-side)')
    const flagged = await marks.allTextContents()
    // Flagged spans take the whole phrase a suggestion replaces ("instant relief", "a miracle").
    expect(flagged).toEqual(expect.arrayContaining(['activating NMDA receptors', 'instant relief', 'a miracle']))
    // The text is shown unchanged around the highlights.
    expect(await page.locator('#article').textContent()).toBe(article)
    expect(await page.locator('#summary').textContent()).toMatch(/\d+ flags/)
  })

  it('shows the message and the suggested wording on hover', async () => {
    await page.locator('#article mark.flag', {hasText: 'miracle'}).first().hover()
    const tooltip = page.locator('#tooltip')
    await expect(tooltip.isVisible()).resolves.toBe(true)
    expect(await tooltip.locator('.reason').first().textContent()).toMatch(/miracle/)
    expect(await tooltip.locator('.chip').count()).toBeGreaterThan(0)
  })

  it('links the other side of a contradiction on click', async () => {
    await page.locator('#article mark.fam-conflict:not(.other-side)', {hasText: 'activating NMDA receptors'}).first().click()
    const details = page.locator('#details')
    await expect(details.isVisible()).resolves.toBe(true)
    expect(await details.locator('.card .reason').first().textContent()).toMatch(/activating NMDA receptors/)
    await details.locator('.goto-other').first().click()
    const other = page.locator('#article mark.other-side.flash')
    await other.first().waitFor()
    expect(await other.first().textContent()).toMatch(/NMDA receptor antagonist/)
  })

  it('applies a suggested wording from the pinned card to the article', async () => {
    await page.locator('#article mark.flag', {hasText: 'miracle'}).first().click()
    const chip = page.locator('#details .chip').first()
    const replacement = (await chip.getAttribute('data-text'))!
    const before = await page.evaluate(() => document.body.dataset.checked)
    await chip.click()
    await page.waitForFunction((previous) => document.body.dataset.checked !== previous, before)
    const text = await page.inputValue('#source')
    expect(text).not.toMatch(/miracle/)
    expect(text).toContain(replacement)
    expect(await page.locator('#article mark.flag', {hasText: 'miracle'}).count()).toBe(0)
  })

  it('reads a pasted HTML page as HTML, with positions in the pasted source', async () => {
    const html = '<article><h1>Velorazine</h1><p>Velorazine blocks dopamine D2 receptors.</p><p>In practice, velorazine <em>activates</em> dopamine D2 receptors.</p></article>'
    await paste(page, html)
    expect(await page.inputValue('#format')).toBe('html')
    const flagged = await page.locator('#article mark.flag:not(.other-side)').allTextContents()
    expect(flagged.join(' ')).toMatch(/activates/)
    await paste(page, article)
    expect(await page.inputValue('#format')).toBe('markdown')
  })

  it('lists the claim ledger as a table and saves a screenshot', async () => {
    const rows = page.locator('#ledger tbody tr')
    expect(await rows.count()).toBeGreaterThan(2)
    expect(await page.locator('#ledger').textContent()).toMatch(/receptor/)
    await page.keyboard.press('Escape')
    await page.locator('#article mark.flag', {hasText: 'instant'}).first().hover()
    fs.mkdirSync(path.dirname(screenshot), {recursive: true})
    await page.screenshot({path: screenshot, fullPage: true})
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10000)
    expect(errors).toEqual([])
  })
})
