/**
 * The hand-written tokenizer (`packages/claimlint/src/latin`) gives exactly what `parse-latin` gives,
 * with points moved to the block's place in the file: every comparison here is against
 * `parse-latin`'s own `tokenize` and `parse-english`'s own `parse`, run on the same text.
 */
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {BlockParser} from '../../packages/claimlint/src/latin/block-parser.js'
import {breakImplicitSentences, mergeRemainingFullStops} from '../../packages/claimlint/src/latin/paragraph-plugins.js'
import {patchPosition} from '../../packages/claimlint/src/latin/patch-position.js'
import {mergeInnerWordSymbol} from '../../packages/claimlint/src/latin/sentence-plugins.js'
import {tokenize} from '../../packages/claimlint/src/latin/tokenize.js'
import {sharedData} from './corpus.js'

type Point = Parameters<typeof tokenize>[1]
type SentenceContent = ReturnType<typeof tokenize>[number]
type Root = ReturnType<BlockParser['parse']>

/** `parse-english` extends `parse-latin`, which is not a dependency of claimlint to import by name. */
const ParseLatin = Object.getPrototypeOf(ParseEnglish) as typeof ParseEnglish

const origin: Point = {line: 1, column: 1, offset: 0}

/** Move every point object under `nodes` once (shared points are one object), as a block is moved. */
function move<T extends object>(nodes: T, base: Point): T {
  const seen = new Set<Point>()
  const visit = (node: {position?: {start: Point; end: Point}; children?: unknown[]}): void => {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (seen.has(point)) continue
      seen.add(point)
      if (point.line === 1) point.column += base.column - 1
      point.line += base.line - 1
      point.offset = (point.offset ?? 0) + (base.offset ?? 0)
    }
    for (const child of node.children ?? []) visit(child as typeof node)
  }
  if (Array.isArray(nodes)) for (const node of nodes) visit(node)
  else visit(nodes)
  return nodes
}

/** `parse-latin`'s tokens for `value`, moved to `base`. */
const expected = (value: string, base: Point): SentenceContent[] => move(new ParseLatin().tokenize(value), base)

/**
 * A tree or token list as JSON. Points compare by value: the tokenizer shares point objects between
 * neighbours where `parse-latin` copies them (see `tokenize.ts`), which no value shows.
 */
function show(value: unknown): string {
  return JSON.stringify(value)
}

/** Compare as strings (deep equality on long token lists is slow); show the first difference. */
function same(actual: unknown, wanted: unknown, label = ''): void {
  const a = show(actual)
  const b = show(wanted)
  if (a === b) return
  let at = 0
  while (a[at] === b[at]) at++
  expect(label + a.slice(Math.max(0, at - 200), at + 100)).toBe(label + b.slice(Math.max(0, at - 200), at + 100))
}

const sameTokens = (value: string, base: Point): void => same(tokenize(value, base), expected(value, base), JSON.stringify(value) + ': ')

const bases: Point[] = [origin, {line: 1, column: 9, offset: 8}, {line: 40, column: 1, offset: 2051}, {line: 7, column: 13, offset: 300}]

/** The alphabet of `parse-text.test.ts`, with lone surrogates, a combining mark and symbols. */
const pieces = [
  'Ketamine', 'The', 'It', 'drug', 'acts', 'within hours', 'a', 'B', 'e.g.', 'Dr.', 'Mr. Smith', '1.5', '10 mg',
  '.', '!', '?', '…', ',', ';', ':', '"', '(', ')', '’', '-', '&', '/', '![img](x)', '😀', '\u00a0', '\u200b', 'שלום',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \t\n', '.\n\nThe', 'a.\n\nThe', 'x!\n\nWe', '.\n\nthe', '.\n\n1',
  '\uD83D', '\uDE00', 'e\u0301', '©', '©©', '$'
]
/** Random places in a file for a block to start at. */
const base = fc.record({line: fc.integer({min: 1, max: 5000}), column: fc.integer({min: 1, max: 300}), offset: fc.integer({min: 0, max: 1_000_000})})

describe('latin tokenize', () => {
  test('the reference is parse-latin, and it is not trivially matched', () => {
    // The comparison sees a moved point.
    const tokens = tokenize('a b', origin)
    expect(show(tokens)).toBe(show(expected('a b', origin)))
    expect(show(tokens)).not.toBe(show(expected('a b', {line: 2, column: 1, offset: 5})))
  })

  test('neighbours share points, and every position is its own object', () => {
    const [word, space, mark] = tokenize('a b.', origin) as [Extract<SentenceContent, {type: 'WordNode'}>, SentenceContent, SentenceContent]
    const text = word.children[0]!
    expect(text.position!.start).toBe(word.position!.start)
    expect(text.position!.end).toBe(word.position!.end)
    expect(space.position!.start).toBe(word.position!.end)
    expect(mark.position!.start).toBe(space.position!.end)
    // The merge steps reassign a position's end (a word taking in the mark after it): the word's
    // own position changes, its text's stays.
    expect(text.position).not.toBe(word.position)
    word.position!.end = mark.position!.end
    expect(text.position!.end.offset).toBe(1)
  })

  test('moving each shared point once moves the tokens as a whole (as a cached block is moved)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 100}), base, (parts, at) => {
        const text = parts.join('')
        expect(show(move(tokenize(text, origin), at))).toBe(show(tokenize(text, at)))
      }),
      {numRuns: 200, seed: 23}
    )
  })

  test('a word from the shared table is the word written, when more words than slots take turns', () => {
    // 150,000 distinct words of one to six characters, twice over: slots are reused and collide.
    const written = Array.from({length: 150_000}, (_, index) => index.toString(36))
    for (const round of [0, 1]) {
      const tokens = tokenize(written.join(' '), origin)
      const texts = tokens.filter((node) => node.type === 'WordNode').map((node) => (node as {children: Array<{value: string}>}).children[0]!.value)
      expect(texts.length).toBe(written.length)
      const wrong = texts.findIndex((text, index) => text !== written[index])
      expect([round, wrong]).toEqual([round, -1])
    }
  })

  test('every code unit alone is classified as parse-latin classifies it', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const value = String.fromCharCode(code)
      const base = bases[code % bases.length]!
      const mine = show(tokenize(value, base))
      if (mine !== show(expected(value, base))) sameTokens(value, base)
    }
  })

  test('every code unit next to its neighbours and to itself joins or splits as in parse-latin', () => {
    const chunk = 256
    for (let from = 0; from <= 0xffff; from += chunk) {
      const units: number[] = []
      const doubled: number[] = []
      for (let code = from; code < from + chunk; code++) {
        units.push(code)
        doubled.push(code, code)
      }
      const base = bases[(from / chunk) % bases.length]!
      // Runs of ascending code units, the same unit twice, and every unit before and after a space.
      sameTokens(String.fromCharCode(...units), base)
      sameTokens(String.fromCharCode(...doubled), base)
      sameTokens(String.fromCharCode(...units.flatMap((code) => [code, 32])), base)
      sameTokens(String.fromCharCode(...units.flatMap((code) => [code, 97, code, 46, code])), base)
    }
  })

  test('surrogate pairs, emoji, combining marks and line endings', () => {
    const texts = [
      '', '😀', '😀😀', '😀!', '!😀', '©😀', '😀©', '😀 😀', 'a😀b', '𝐀𝐁𝐂', '𝟎𝟏', '𐌰𐌱', '\uD83D', '\uDE00', '\uDE00\uD83D',
      'x\uD83Dy', '\uD83D\uD83D', '👩‍⚕️ doctor', '🇬🇧🇺🇸', '👍🏽👍', '❤️', '#️⃣', 'e\u0301', 'cafe\u0301s', 'שָׁלוֹם', 'क्षि', '\u0301\u0301',
      'a\r\nb', 'a\n\rb', 'a\r\rb', 'a\n\nb', '\r\n\r\n', '\r', '\n', '\r\n', '\n\r\n\r', ' \r\n \n\r \r ', '\r\r\n\n',
      'Line one.\r\nLine two.\rLine three.\nLine four.', '\u2028a\u2029b\u0085c', '\u00a0\u200b\u3000', '!!??..……', '((a))', '--', '—–-',
      'e.g. Dr. Smith’s 10 mg/kg dose (p<0.05).', '$5 & 10%', '\u0000\uFFFD\uFFFF', '\t\v\f'
    ]
    for (const text of texts) for (const base of bases) sameTokens(text, base)
    expect(tokenize(null, origin)).toEqual([])
    expect(tokenize(undefined, bases[2]!)).toEqual([])
  })

  test('random text from a mixed alphabet at random places matches parse-latin moved', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 200}), base, (parts, at) => {
        sameTokens(parts.join(''), at)
      }),
      {numRuns: 500, seed: 11}
    )
  })

  test('random strings of any code units match parse-latin moved', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 100}), fc.string({unit: 'grapheme', maxLength: 50}), base, (units, graphemes, at) => {
        sameTokens(units, at)
        sameTokens(graphemes + units, at)
      }),
      {numRuns: 500, seed: 13}
    )
  })
})

describe('BlockParser', () => {
  /** `parse-english`'s tree for `text`, moved to `base`. */
  const english = (text: string, base: Point): Root => move(new ParseEnglish().parse(text), base)

  test('runs the rewritten steps (so the checks below test them)', () => {
    const parser = new BlockParser(origin)
    expect(parser.tokenizeSentencePlugins).toContain(mergeInnerWordSymbol)
    expect(parser.tokenizeParagraphPlugins).toEqual(expect.arrayContaining([mergeRemainingFullStops, breakImplicitSentences, patchPosition]))
    expect(parser.tokenizeRootPlugins).toContain(patchPosition)
  })

  test('parses generated text as parse-english does, moved', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 400}), base, (parts, at) => {
        const text = parts.join(' ')
        same(new BlockParser(at).parse(text), english(text, at))
      }),
      {numRuns: 200, seed: 17}
    )
  })

  /** Text where every merge step has work: joining marks, initialisms, elisions, slashes, blank lines. */
  const merging = [
    'n/a', 'w/', 'and/or', 'mg/kg', '/', '&', 'R&D', '& Co', '-', 'e-mail', 'well-', '-based', 'U.S.A.', 'U.S.', 'e.g.', 'i.e.', '1.2.', '1.5',
    'a.b.c', 'A.', 'Dr.', 'St.', 'etc.', "don't", "'tis", "rock 'n' roll", '’s', "o'clock", 'x’', '. .', '...', '..', '?!', '…', '"', '(', ')',
    'The', 'the', 'It', 'drug', '3', '10', '.', ',', '!', '?', ':', ';', '_', '__', '=', '@', '·', '­', '—', '😀', '©'
  ]
  const separators = ['', '', ' ', ' ', ' ', '\n', '\n\n', '\r\n\r\n', '\n \n', '  ']

  test('parses text where every merge step has work as parse-english does, moved', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...merging), fc.constantFrom(...separators)), {maxLength: 300}), base, (parts, at) => {
        const text = parts.map(([piece, separator]) => piece + separator).join('')
        same(new BlockParser(at).parse(text), english(text, at))
      }),
      {numRuns: 1000, seed: 19}
    )
  })

  const data = sharedData()
  ;(data ? test : test.skip)('parses real press releases as parse-english does, moved (../shared/data)', () => {
    const docs = data!.documents
    for (let index = 0; index < docs.length; index += 7) {
      const text = docs[index]!
      const at = bases[index % bases.length]!
      same(new BlockParser(at).parse(text), english(text, at))
    }
  })
  if (!data) console.warn('latin-tokenize.test: ../shared/data is absent, so the check on real press releases is skipped')
})
