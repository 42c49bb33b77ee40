/**
 * The claim ledger: whose claim it is, and whether the article asserts it.
 */
import {describe, expect, it} from '@jest/globals'
import {normalize, tokenize} from '@claimlint/core'
import type {Root, Sentence} from 'nlcst'
import {claims, createProcessor} from 'claimlint'
import {VFile} from 'vfile'

async function claimsOf(text: string) {
  const report = await claims(text)
  return report.sentences.flatMap((s) => s.claims)
}

describe('claim ledger', () => {
  it('gives a comparison clause to its own subject', async () => {
    const found = await claimsOf('Unlike SSRIs, which take weeks, ketamine acts within hours.')
    expect(found.map((c) => [c.subject, c.property, c.value])).toEqual([
      ['ssri', 'onset', 'weeks'],
      ['ketamine', 'onset', 'hours']
    ])
  })

  it('gives a "while" clause to its own subject', async () => {
    const found = await claimsOf('While traditional antidepressants take weeks to work, ketamine often helps within hours.')
    expect(found.map((c) => c.subject)).toEqual(['conventional-antidepressants', 'ketamine'])
  })

  it('resolves "it" and "the drug" to the topic', async () => {
    const found = await claimsOf('Ketamine is used in clinics. Ketamine is studied widely. It blocks NMDA receptors.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({subject: 'ketamine', property: 'receptor-action', target: 'nmda', value: 'antagonist'})
  })

  it('resolves "these receptors" to the receptor named before', async () => {
    const found = await claimsOf('Ketamine binds to NMDA receptors. By blocking these receptors, ketamine changes glutamate signalling.')
    expect(found[0]).toMatchObject({target: 'nmda', value: 'antagonist'})
  })

  it('finds drugs no pack knows', async () => {
    const found = await claimsOf('Velorazine blocks dopamine D2 receptors.')
    expect(found[0]).toMatchObject({subject: 'velorazine', target: 'dopamine-d2', value: 'antagonist'})
  })

  it('flips polarity on negation', async () => {
    const found = await claimsOf('Ketamine does not activate NMDA receptors.')
    expect(found[0]).toMatchObject({value: 'agonist', polarity: 'negated'})
  })

  it('marks hedged claims', async () => {
    const found = await claimsOf('Ketamine may activate NMDA receptors in some cells.')
    expect(found[0]).toMatchObject({value: 'agonist', certainty: 'hedged'})
  })

  it('marks questions, conditionals and quotes', async () => {
    expect((await claimsOf('Does ketamine activate NMDA receptors?'))[0]?.assertion).toBe('question')
    expect((await claimsOf('If ketamine activated NMDA receptors, it would excite neurons.'))[0]?.assertion).toBe('conditional')
    expect((await claimsOf('“Ketamine activates NMDA receptors,” the brochure claims.'))[0]?.assertion).toBe('quoted')
  })

  it('reads an infusion as intravenous and keeps two forms apart', async () => {
    const found = await claimsOf('Ketamine is given as an intravenous infusion or a nasal spray.')
    expect(found.map((c) => [c.target, c.value])).toEqual([
      ['infusion', 'intravenous'],
      ['nasal-spray', 'intranasal']
    ])
  })

  it('does not read "immediate danger" as an onset', async () => {
    expect(await claimsOf('Ketamine can help people in immediate danger.')).toEqual([])
  })

  it('reports offsets into the input', async () => {
    const text = '# Title\n\nKetamine blocks NMDA receptors.'
    const report = await claims(text)
    const claim = report.sentences.flatMap((s) => s.claims)[0]!
    expect(text.slice(claim.start, claim.end)).toBe(claim.text)
    expect(claim.text).toBe('blocks NMDA receptors')
  })
})

describe('claim ledger, whose claim', () => {
  it('does not give an outcome to the topic when nothing points back', async () => {
    const found = await claimsOf('Ketamine is studied for depression. Ketamine is given in clinics. Regular exercise can improve memory.')
    expect(found).toEqual([])
  })

  it('reads "United States" as a place, not reported speech', async () => {
    const report = await claims('Ketamine is an NMDA receptor antagonist used in the United States.')
    expect(report.sentences[0]!.claims[0]!.assertion).toBe('own')
  })

  it('sees a negation early in the clause', async () => {
    const found = await claimsOf('No study of ketamine has found that it activates NMDA receptors.')
    expect(found[0]).toMatchObject({value: 'agonist', polarity: 'negated'})
  })

  it('gives every sentence a 1-6 certainty score', async () => {
    const report = await claims('Ketamine might help. Ketamine clearly blocks NMDA receptors.')
    const [hedged, boosted] = report.sentences.map((s) => s.certaintyScore)
    expect(hedged).toBeLessThan(boosted!)
    expect(hedged).toBeGreaterThanOrEqual(1)
    expect(boosted).toBeLessThanOrEqual(6)
  })
})

describe('claim ledger, what it keeps per sentence', () => {
  it('matches words on one key, whatever their case, apostrophes and dashes', () => {
    const keys = ['ketamine', 'Ketamine', 'KETAMINE', 'Ketamine’s', "ketamine's", 'N-methyl-D-aspartate', 'ÉCOLE', 'naïve', 'Naïve', 'İ', 'x2', 'rock’n’roll']
    expect(keys.map(normalize)).toEqual(['ketamine', 'ketamine', 'ketamine', 'ketamine', 'ketamine', 'nmethyldaspartate', 'école', 'naïve', 'naïve', 'i̇', 'x2', 'rocknroll'])
    // Each key is what lowercasing gives (the fast path for lower-case ASCII changes nothing).
    for (const word of ['ketamine', 'Ketamine', 'ÉCOLE', 'naïve', 'İ', 'ǅ', 'ß']) expect(normalize(word)).toBe(word.toLowerCase())
  })

  it('keeps it in one hidden property of each sentence and of each token list, whatever the rules read', () => {
    // One property each gives every sentence and token list the same hidden class, whichever rule
    // filled which cache first; optimised code that has seen it stays valid (see `token-memo.ts`).
    // Over 8 KB, so plain text is parsed in blocks and each block's sentences are tokenized as it is parsed.
    const text = 'Ketamine blocks NMDA receptors within hours.\n\nThese receptors may be activated by it. Some studies suggest it causes lasting relief.\n\nIt is a game-changer, proven to work in every patient.\n\n'.repeat(60)
    expect(text.length).toBeGreaterThan(8192)
    const file = new VFile({value: text})
    const processor = createProcessor({format: 'text'})
    const tree = processor.runSync(processor.parse(file), file) as Root
    const sentences: Sentence[] = []
    for (const paragraph of tree.children) if (paragraph.type === 'ParagraphNode') for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences.push(node)
    expect(sentences).toHaveLength(240)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const sentence of sentences) {
      expect(Object.getOwnPropertySymbols(sentence)).toHaveLength(1)
      expect(Object.getOwnPropertySymbols(tokenize(sentence))).toHaveLength(1)
    }
  })
})
