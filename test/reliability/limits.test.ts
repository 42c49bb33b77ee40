/**
 * File limits shared by the API and the CLI: maximum size and UTF-8 decoding.
 */
import {VFile} from 'vfile'
import {byteLength, checkSize, decodeText, defaultMaxSize, resolveMaxSize} from '../../packages/claimlint/src/limits.js'

describe('maxSize', () => {
  test('the default is generous: 5 MB', () => {
    expect(resolveMaxSize(undefined)).toBe(defaultMaxSize)
    expect(resolveMaxSize(null)).toBe(5 * 1024 * 1024)
    expect(resolveMaxSize(0)).toBe(Number.POSITIVE_INFINITY)
    expect(() => resolveMaxSize(-1)).toThrow(/maxSize/)
  })

  test('a file within the limit passes without a message', () => {
    const file = new VFile({value: 'Ketamine acts within hours.'})
    expect(checkSize(file)).toBe(true)
    expect(checkSize(file, 27)).toBe(true)
    expect(file.messages).toHaveLength(0)
  })

  test('a file over the limit gets one fatal message that names both sizes and the option', () => {
    const file = new VFile({path: 'big.md', value: 'word '.repeat(1000)})
    expect(checkSize(file, 1024)).toBe(false)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message!.ruleId).toBe('max-size')
    expect(message!.fatal).toBe(true)
    expect(message!.reason).toMatch(/4\.9 KB.*1\.0 KB.*maxSize/)
  })

  test('sizes are bytes of UTF-8, not characters', () => {
    expect(byteLength('abc')).toBe(3)
    expect(byteLength('é')).toBe(2)
    expect(byteLength('→')).toBe(3)
    expect(byteLength('😀')).toBe(4)
    expect(byteLength('\uD800')).toBe(3)
    expect(byteLength(new Uint8Array(7))).toBe(7)
    const file = new VFile({value: '😀'.repeat(300)})
    expect(checkSize(file, 1000)).toBe(false)
  })
})

describe('decodeText', () => {
  test('valid UTF-8 decodes silently, dropping a byte-order mark (it is not text; kept, it shifted the first line)', () => {
    const file = new VFile()
    expect(decodeText(new TextEncoder().encode('\uFEFFKetamine → 😀'), file)).toBe('Ketamine → 😀')
    expect(file.messages).toHaveLength(0)
  })

  test('invalid UTF-8 becomes U+FFFD with a warning at the first bad byte', () => {
    const file = new VFile()
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xff, 0xfe, 0x64])
    const text = decodeText(bytes, file)
    expect(text).toBe('a\nbc\uFFFD\uFFFDd')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.ruleId).toBe('encoding')
    expect(file.messages[0]!.fatal).toBe(false)
    expect(file.messages[0]!.line).toBe(2)
    expect(file.messages[0]!.column).toBe(3)
  })
})
