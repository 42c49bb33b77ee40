/**
 * retext-claim-facts `citation`: citations of known studies against the references pack.
 * Sentences are written for these tests.
 */
import {describe, expect, it} from '@jest/globals'
import {readPack} from '@claimlint/core'
import {builtinPacks} from '@claimlint/packs'
import {lint} from 'claimlint'

const citations = async (text: string, packs?: Parameters<typeof lint>[1]) =>
  (await lint(text, {format: 'text', ...(packs ?? {})})).messages.filter((m) => m.ruleId === 'citation')

describe('citation', () => {
  it('reports a wrong journal with the right one and the study', async () => {
    const [message, ...rest] = await citations('Zarate et al. (2006), in the American Journal of Psychiatry, gave ketamine to 18 patients.')
    expect(rest).toEqual([])
    expect(message).toBeDefined()
    expect(message!.actual).toBe('American Journal of Psychiatry')
    expect(message!.expected).toEqual(['Archives of General Psychiatry'])
    expect(message!.note).toMatch(/CIT-01/)
    expect(message!.source).toBe('retext-claim-facts')
    expect(message!.url).toBe('https://github.com/claimlint/claimlint/blob/main/docs/rules/citation.md')
  })

  it('accepts the journal under its other names', async () => {
    expect(await citations('Zarate et al. (2006) reported the trial in Arch Gen Psychiatry.')).toEqual([])
    expect(await citations('Zarate and colleagues (2006) reported the trial in JAMA Psychiatry.')).toEqual([])
    expect(await citations('The trial (Zarate et al., 2006) appeared in the Archives of General Psychiatry.')).toEqual([])
    expect((await citations('The first trial (Zarate, 2006) appeared in the American Journal of Psychiatry.')).map((m) => m.actual)).toEqual([
      'American Journal of Psychiatry'
    ])
  })

  it('reports a topic the study is not about, and suggests studies that are', async () => {
    const [message] = await citations('In their meta-analysis of trials on suicidal thoughts, Caddy et al. (2015) pooled nine ketamine studies.')
    expect(message).toBeDefined()
    expect(message!.actual).toBe('suicidal thoughts')
    expect(message!.expected).toContain('Wilkinson et al. (2018)')
    expect(message!.note).toMatch(/CIT-03/)
    expect(await citations('Caddy et al. (2015) reviewed trials of ketamine for unipolar depression.')).toEqual([])
    expect(await citations('Zarate et al. (2006) found that ketamine also eased suicidal thoughts.')).toEqual([])
  })

  it('finds "a 2018 meta-analysis by Wilkinson and colleagues" and accepts what it says', async () => {
    expect(await citations('A 2018 meta-analysis by Wilkinson and colleagues pooled data on suicidal ideation.')).toEqual([])
    const [message] = await citations('A 2018 meta-analysis by Wilkinson and colleagues, published in Molecular Psychiatry, pooled ten trials.')
    expect(message?.actual).toBe('Molecular Psychiatry')
  })

  it('reads the year before the name and after a possessive', async () => {
    expect((await citations('In 2006, Zarate et al. reported in the American Journal of Psychiatry that ketamine worked within hours.')).map((m) => m.actual)).toEqual([
      'American Journal of Psychiatry'
    ])
    expect((await citations("Zarate and colleagues' 2006 study in the American Journal of Psychiatry showed rapid effects.")).map((m) => m.actual)).toEqual([
      'American Journal of Psychiatry'
    ])
    expect(await citations('In 2006, the team of Zarate moved to a new lab.')).toEqual([])
  })

  it('reports a wrong design', async () => {
    const [message] = await citations('Zarate et al. (2006) pooled earlier studies in a meta-analysis.')
    expect(message?.actual).toBe('meta-analysis')
  })

  it('reports a wrong year only when the journal identifies the study', async () => {
    const [message] = await citations('Murrough et al. (2014) described a two-site trial in the American Journal of Psychiatry.')
    expect(message?.actual).toBe('2014')
    expect(message?.expected).toEqual(['2013'])
    expect(await citations('Murrough et al. (2014) described a two-site trial.')).toEqual([])
    expect(await citations('Murrough et al. (2005) described a trial in the American Journal of Psychiatry.')).toEqual([])
  })

  it('stays quiet when the wrong field fits another study of the same first author', async () => {
    // Two PTSD trials by one first author: a 2014 citation in the journal of the 2021 trial may
    // have the year wrong rather than the journal.
    expect(await citations('Feder et al. (2014) reported their PTSD trial in the American Journal of Psychiatry.')).toEqual([])
    // One field wrong and no other study of the author it fits: reported.
    expect((await citations('Feder et al. (2014) reported their trial in The Lancet.')).map((m) => m.actual)).toEqual(['The Lancet'])
  })

  it('stays quiet on unknown studies, several citations, and names that are not citations', async () => {
    expect(await citations('Okafor et al. (2021) reported ketamine results in the American Journal of Psychiatry.')).toEqual([])
    expect(await citations('Both Zarate et al. (2006) and Murrough et al. (2013) appeared in the American Journal of Psychiatry.')).toEqual([])
    expect(await citations('She moved to Newport in 2015 to study psychiatry.')).toEqual([])
    expect(await citations('The science behind ketamine is described by Li et al. (2010) in rats.')).toEqual([])
  })

  it('uses references from user packs', async () => {
    const pack = readPack(
      [
        'pack: test-references',
        'references:',
        '  - id: okafor-2021',
        '    authors: [Okafor]',
        '    year: 2021',
        '    venue: Lancet Psychiatry',
        '    design: randomized controlled trial',
        '    topics: [depression]',
        '    statement: Okafor et al., Lancet Psychiatry 2021 (a study made up for this test).'
      ].join('\n'),
      'test-references.yml'
    )
    const messages = await citations('Okafor et al. (2021) reported ketamine results in the American Journal of Psychiatry.', {packs: [pack]})
    expect(messages.map((m) => m.expected)).toEqual([['Lancet Psychiatry']])
  })

  it('recognises the journal of every built-in reference', () => {
    const journals = builtinPacks.flatMap((pack) => pack.lexicons).filter((lexicon) => lexicon.id === 'citation-journals').flatMap((l) => l.entries)
    const names = new Set(journals.flatMap((entry) => entry.phrases.map((p) => p.toLowerCase())))
    for (const reference of builtinPacks.flatMap((pack) => pack.references)) {
      expect(names.has(reference.venue.toLowerCase())).toBe(true)
    }
  })
})
