/**
 * Hostile inputs for the reliability suites (`test/hostile.test.ts`), written for this project.
 * Each has a file name (its extension picks the format) and its bytes.
 */

/** Claim-dense prose: contradictions, hype and time claims in every paragraph. */
export function denseClaims(paragraphs: number): string {
  const variants = [
    'Ketamine is an NMDA receptor agonist. Ketamine blocks NMDA receptors. It works within minutes, yet its effects take weeks.',
    'Intramuscular ketamine infusions are offered. Esketamine enhances memory, but ketamine causes cognitive impairment.',
    'This breakthrough is a guaranteed cure that always works. Relief is immediate and lasts for months.',
    'Esketamine activates NMDA receptors within hours. Ketamine may reduce suicidal thoughts, studies suggest.'
  ]
  const out: string[] = []
  for (let index = 0; index < paragraphs; index++) out.push(variants[index % variants.length]!)
  return out.join('\n\n') + '\n'
}

/** Deterministic pseudo-random bytes. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    out[index] = state >> 16
  }
  return out
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

export interface HostileInput {
  name: string
  bytes: Uint8Array
  /** What the input stresses. */
  about: string
  /** Large: linted through the API once, kept out of repeated runs. */
  large?: boolean
}

/** Every hostile input. `scale` shrinks the large ones for quick runs (1 = full size). */
export function hostileInputs(scale = 1): HostileInput[] {
  const sentence = 'ketamine acts within hours and blocks NMDA receptors while a breakthrough cure works instantly and '
  const big = Math.round(2.2e6 * scale)
  return [
    {name: 'empty.md', bytes: new Uint8Array(0), about: 'an empty file'},
    {name: 'blank.txt', bytes: encode(' \n\t\n   \r\n\u00a0\u3000\n'), about: 'whitespace only'},
    {name: 'binary.txt', bytes: bytes(4096, 7), about: 'random bytes with NULs'},
    {name: 'nul.md', bytes: encode('Ketamine\u0000 is an NMDA receptor agonist.\u0000\n\nKetamine blocks NMDA\u0000 receptors.\n'), about: 'NUL characters in prose'},
    {name: 'invalid-utf8.txt', bytes: concat(encode('Ketamine is an NMDA receptor agonist. '), new Uint8Array([0xff, 0xfe, 0xc3]), encode(' Ketamine blocks NMDA receptors.\n')), about: 'invalid UTF-8'},
    {name: 'crlf.md', bytes: encode(denseClaims(8).replace(/\n/g, '\r\n')), about: 'CRLF line ends'},
    {name: 'cr.txt', bytes: encode(denseClaims(8).replace(/\n/g, '\r')), about: 'CR line ends'},
    {name: 'rtl.md', bytes: encode('קטמין ketamine ‏is an NMDA‎ receptor agonist. كيتامين \u202eKetamine blocks NMDA receptors.\u202c\n\nKet\u200bamine works within\u200d minutes.\uFEFF\n'), about: 'right-to-left text and zero-width characters'},
    {name: 'emoji.md', bytes: encode('# 💊 Ketamine 🚀\n\nKetamine 💊 is an NMDA receptor agonist 🧠. Ketamine blocks NMDA receptors 👩🏽‍⚕️. A breakthrough cure 🎉🎉🎉!\n'), about: 'emoji'},
    {name: 'one-sentence.txt', bytes: encode(sentence.repeat(Math.ceil(big / sentence.length))), about: 'a multi-megabyte single sentence', large: true},
    {name: 'blockquotes.md', bytes: encode('>'.repeat(5000) + ' Ketamine is an NMDA receptor agonist.\n'), about: 'thousands of nested blockquotes'},
    {name: 'blockquote-lines.md', bytes: encode(Array.from({length: 2000}, (_, i) => '> '.repeat((i % 40) + 1) + 'Ketamine works within minutes.').join('\n')), about: 'many nested blockquote lines'},
    {name: 'list-markers.md', bytes: encode('- '.repeat(5000) + 'Ketamine blocks NMDA receptors.\n'), about: 'thousands of nested list markers'},
    {name: 'deep-list.md', bytes: encode(Array.from({length: 2000}, (_, i) => '  '.repeat(i % 400) + '- Ketamine is an NMDA receptor agonist.').join('\n')), about: 'a list nested hundreds deep'},
    {
      name: 'table.md',
      bytes: encode('| drug | claim |\n| --- | --- |\n' + Array.from({length: Math.round(20_000 * scale)}, (_, i) => `| ketamine ${i} | works within minutes, a breakthrough cure |`).join('\n') + '\n'),
      about: 'a 20,000-row table',
      large: true
    },
    {name: 'dense.md', bytes: encode(denseClaims(400)), about: 'a file dense with contradictory claims'},
    {name: 'page.html', bytes: encode(`<!doctype html><p>${denseClaims(20).replace(/\n\n/g, '</p><p>')}</p><pre>Ketamine is an NMDA agonist.</pre>`), about: 'HTML'}
  ]
}
