import { describe, expect, it } from 'vitest'
import {
  decodeText,
  plausibility,
  repairMojibake,
  sniffUtf16,
} from '../../../src/pipeline/ingest/decode'
import { IngestError } from '../../../src/pipeline/ingest/limits'
import { bytesOf, ingestFixture } from './helpers'

// The UTF-8 original every enc-* fixture was made from (scripts/fixtures/make-fixtures.py).
const ORIGINAL = new TextDecoder().decode(ingestFixture('enc-utf8.txt').bytes)

async function decodeError(bytes: Uint8Array): Promise<IngestError> {
  try {
    await decodeText(bytes)
  } catch (err) {
    if (err instanceof IngestError) return err
    throw err
  }
  throw new Error('decoded without an error')
}

describe('decodeText', () => {
  it.each([
    ['enc-utf8.txt', 'utf-8'],
    ['enc-utf8-bom.txt', 'utf-8'],
    ['enc-utf16le-bom.txt', 'utf-16le'],
    ['enc-utf16be-bom.txt', 'utf-16be'],
    ['enc-utf16le.txt', 'utf-16le'],
    ['enc-utf16be.txt', 'utf-16be'],
    ['enc-windows-1256.txt', 'windows-1256'],
    ['enc-iso-8859-6.txt', 'iso-8859-6'],
  ])('reads %s as %s', async (file, encoding) => {
    const decoded = await decodeText(ingestFixture(file).bytes)
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text.replace(/\r\n/g, '\n')).toBe(ORIGINAL)
    expect(decoded.warnings).toEqual([])
  })

  it.each([
    ['enc-mojibake-latin1.txt', /Windows-1252/],
    ['enc-mojibake-1256.txt', /Windows-1256/],
  ])('repairs mojibake in %s and says so', async (file, route) => {
    const decoded = await decodeText(ingestFixture(file).bytes)
    expect(decoded.text).toBe(ORIGINAL)
    expect(decoded.warnings).toHaveLength(1)
    expect(decoded.warnings[0]).toMatch(route)
  })

  it.each([
    ['Arabic with ط، and ظ» next to each other', 'ضغط، ثم حفظ» النص. قال إن الضغط، في الوسط، كبير'],
    ['French', 'Le président a été élu à Genève après un débat très animé.'],
    ['mixed scripts', 'قال المتحدث إن شركة Société Générale ستدفع التعويض'],
  ])('leaves correct UTF-8 alone (%s)', async (_, text) => {
    const decoded = await decodeText(bytesOf(text))
    expect(decoded.text).toBe(text)
    expect(decoded.warnings).toEqual([])
  })

  it('reports NUL bytes as binary', async () => {
    const err = await decodeError(Uint8Array.of(0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46))
    expect(err.code).toBe('binary')
  })

  it('reports control characters as binary', async () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect((await decodeError(bytes)).code).toBe('binary')
  })

  it('reports bytes that read as nothing in any code page as undecodable', async () => {
    // A fixed pseudo-random sequence of high bytes (no NUL, no control characters).
    let x = 12345
    const bytes = Uint8Array.from({ length: 3000 }, () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff
      return 0x80 + (x % 128)
    })
    const err = await decodeError(bytes)
    expect(err.code).toBe('undecodable')
    expect(err.message).toMatch(/encoding/)
  })
})

describe('sniffUtf16', () => {
  it('recognises both byte orders without a BOM', () => {
    const text = 'خبر عاجل: 12 قتيلا في حادث سير'
    const le = new Uint8Array(text.length * 2)
    const be = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      le[2 * i] = c & 0xff
      le[2 * i + 1] = c >> 8
      be[2 * i] = c >> 8
      be[2 * i + 1] = c & 0xff
    }
    expect(sniffUtf16(le)).toBe('utf-16le')
    expect(sniffUtf16(be)).toBe('utf-16be')
  })

  it.each([
    ['UTF-8 Arabic', bytesOf('خبر عاجل: 12 قتيلا في حادث سير')],
    ['ASCII', bytesOf('Breaking news: twelve dead')],
    ['too short', Uint8Array.of(0x41, 0x00)],
  ])('does not mistake %s for UTF-16', (_, bytes) => {
    expect(sniffUtf16(bytes)).toBeNull()
  })
})

describe('plausibility', () => {
  it('ranks the right Arabic code page above the wrong one', () => {
    const bytes = ingestFixture('enc-windows-1256.txt').bytes
    const right = plausibility(new TextDecoder('windows-1256').decode(bytes))
    const wrong = plausibility(new TextDecoder('iso-8859-6').decode(bytes))
    expect(right).toBeGreaterThan(wrong + 0.5)
  })
})

describe('repairMojibake', () => {
  it('repairs text misread twice', () => {
    const once = new TextDecoder('latin1').decode(bytesOf('انتخابات بلدية في ثلاث مدن'))
    const twice = new TextDecoder('latin1').decode(bytesOf(once))
    const repaired = repairMojibake({ text: twice, encoding: 'utf-8', warnings: [] })
    expect(repaired.text).toBe('انتخابات بلدية في ثلاث مدن')
    expect(repaired.warnings).toHaveLength(2)
  })
})
