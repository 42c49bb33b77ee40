/**
 * The scope engine (packages/core/src/scope.ts, rules/scope.yml) and what the ledger builds on it:
 * sentence structure, the topic from the title, no silent subject, set-valued routes. Every
 * sentence here is written for this test; each trigger is tried with a form that must stay quiet.
 */
import {describe, expect, it} from '@jest/globals'
import {claims, lint} from 'claimlint'

type Report = Awaited<ReturnType<typeof claims>>

/** The scope kinds of the claims of `text` whose words contain `words`. */
async function kindsOf(text: string, words: string): Promise<string[][]> {
  const report = await claims(text)
  return report.sentences.flatMap((s) => s.claims).filter((c) => c.text.includes(words)).map((c) => c.scope)
}

/** Every claim of a report, flat. */
const all = (report: Report) => report.sentences.flatMap((s) => s.claims)

const contradictions = async (text: string, format: 'text' | 'markdown' = 'text') =>
  (await lint(text, {format})).messages.filter((m) => m.ruleId === 'claim-contradiction').map((m) => m.actual)

describe('scope engine', () => {
  it('reads negative contractions as negation, and "not only" as none', async () => {
    expect(await kindsOf('Ketamine doesn’t activate NMDA receptors.', 'activate')).toEqual([['negated']])
    expect(await kindsOf("Esketamine isn't given as an infusion.", 'infusion')).toEqual([['negated']])
    expect(await kindsOf('Ketamine not only blocks NMDA receptors but also acts elsewhere.', 'blocks')).toEqual([[]])
  })

  it('ends negation at its clause', async () => {
    expect(await kindsOf('The tablets are not for children, and ketamine blocks NMDA receptors.', 'blocks')).toEqual([[]])
  })

  it('reads conditions, aims and circumstances as hypothetical', async () => {
    expect(await kindsOf('If ketamine activated NMDA receptors, it would not work.', 'activated')).toEqual([['hypothetical']])
    expect(await kindsOf('At high doses, ketamine blocks opioid receptors too.', 'blocks')).toEqual([['hypothetical']])
    expect(await kindsOf('The company plans to study whether relief comes within hours with ketamine.', 'hours')).toEqual(
      expect.arrayContaining([expect.arrayContaining(['hypothetical'])])
    )
  })

  it('reads attribution and people’s reports as reported', async () => {
    expect(await kindsOf('According to one clinic, ketamine activates NMDA receptors.', 'activates')).toEqual([['reported']])
    expect(await kindsOf('Ketamine activates NMDA receptors, the founder said.', 'activates')).toEqual([['reported']])
  })

  it('reads myths and denied beliefs as denied', async () => {
    expect(await kindsOf('It is a myth that ketamine activates NMDA receptors.', 'activates')).toEqual([['denied']])
  })

  it('reads another country as elsewhere over the whole sentence, up to a contrast', async () => {
    expect(await kindsOf('In Slovakia, ketamine is given intravenously by paramedics.', 'intravenously')).toEqual([['elsewhere']])
    expect(await kindsOf('In the UK it is given by injection, but here ketamine is given intravenously.', 'intravenously')).toEqual([[]])
  })

  it('reads animals and the laboratory as animal', async () => {
    expect(await kindsOf('In mice, ketamine activates AMPA receptors.', 'activates')).toEqual([['animal']])
  })

  it('reads a question as a question', async () => {
    const report = await claims('Does ketamine activate NMDA receptors?')
    expect(all(report).map((c) => c.assertion)).toEqual(['question'])
  })

  it('gives a section heading’s country or animals to every sentence under it', async () => {
    const report = await claims('# Zalvorin\n\n## Legal status\n\n### Germany\n\nZalvorin is given intravenously in hospitals.\n\n## Uses\n\nZalvorin is taken by mouth.\n', {format: 'markdown'})
    expect(all(report).map((c) => [c.value, c.scope])).toEqual([
      ['intravenous', ['elsewhere']],
      ['oral', []]
    ])
  })
})

describe('what the ledger builds on it', () => {
  it('marks structure: headings, list items, tables, quotes and references', async () => {
    const text = '# Notes on ketamine\n\nKetamine blocks NMDA receptors.\n\n- It is given as an infusion.\n\n> A patient wrote that it worked at once.\n\n## References\n\n1. Smith J, et al. Ketamine and mood. J Psych. 2019;12:34-40. doi:10.1000/x\n'
    const report = await claims(text, {format: 'markdown'})
    const kinds = report.sentences.map((s) => s.structure)
    expect(kinds.slice(0, 5)).toEqual(['heading', 'prose', 'list-item', 'quote', 'heading'])
    expect(new Set(kinds.slice(5))).toEqual(new Set(['reference']))
  })

  it('takes the topic from the title, but only when the article names it again', async () => {
    expect((await claims('# Dovaline\n\nDovaline is a tablet. It works within two weeks.\n', {format: 'markdown'})).topic).toBe('dovaline')
    expect((await claims('# Treatment day\n\nKetamine is given as an infusion.\n', {format: 'markdown'})).topic).toBe('ketamine')
  })

  it('gives a time in a sentence that names no drug to no one, unless the sentence before named one', async () => {
    expect(all(await claims('The test strip shows a result after five minutes.'))).toEqual([])
    const report = await claims('Ketamine is given in a clinic. Relief often comes within hours.')
    expect(all(report).map((c) => [c.subject, c.property])).toEqual([['ketamine', 'onset']])
  })

  it('reads no onset from side effects, monitoring, tolerance or study lengths', async () => {
    for (const text of [
      'After a ketamine infusion, dizziness fades within two hours.',
      'Patients are monitored for two hours after each esketamine dose.',
      'Tolerance to ketamine builds over weeks of daily use.',
      'In a six-week trial, ketamine was given twice a week.'
    ]) {
      expect(all(await claims(text)).filter((c) => c.property === 'onset' || c.property === 'duration')).toEqual([])
    }
  })

  it('reads "after a fortnight" as about then, not as a bound, and no onset from a peak', async () => {
    expect(await contradictions('Velorazine lifts mood inside an hour. Velorazine lifts mood after a fortnight.')).toHaveLength(1)
    expect(await contradictions('Velorazine lifts mood within an hour. Velorazine lifts mood within a fortnight.')).toEqual([])
    expect(all(await claims('Ketamine’s peak effect on mood comes after about two hours.')).filter((c) => c.property === 'onset')).toEqual([])
  })

  it('gives a class noun followed by a name to that name, not the article’s drug', async () => {
    const text = 'Ketamine is an NMDA receptor antagonist. Its effect in rats was reversed by the AMPA receptor antagonist NBQX.'
    expect(all(await claims(text)).map((c) => c.subject)).toEqual(['ketamine'])
  })

  it('treats routes as a set: several are fine, "only" and forms that rule a route out are not', async () => {
    expect(await contradictions('Ketamine is given intravenously in most clinics. It can also be injected into a muscle.')).toEqual([])
    expect(await contradictions('Ketamine is given only intravenously. In the clinic it is also injected into a muscle.')).toEqual(['into a muscle'])
    expect(await contradictions('Ketamine runs as an intravenous infusion. Some clinics offer intramuscular ketamine infusions.')).toEqual([
      'intramuscular ketamine infusions'
    ])
  })
})
