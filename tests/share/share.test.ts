import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/pipeline/types'
import { fromBase64Url, toBase64Url } from '../../src/share/base64url'
import { inflateCapped, seal } from '../../src/share/envelope'
import {
  bundleIsEncrypted,
  decodeBundle,
  decodeShareToken,
  encodeBundle,
  encodeShareToken,
  LINK_MAX_CHARS,
  looksLikeBundle,
  makeShareLink,
  makeSnapshot,
  readShareToken,
  ShareError,
  shareUrl,
  snapshotInputs,
  tokenIsEncrypted,
  type CorpusSnapshot,
} from '../../src/share'

const FAST = { iterations: 100_000 } // the decoder's minimum; the app uses 600 000
const enc = new TextEncoder()

function corpus(): CorpusSnapshot {
  return makeSnapshot({
    files: [
      { name: 'خبر.txt', bytes: enc.encode('تظاهر مئات الطلاب أمام الوزارة يوم الأحد.\n') },
      // windows-1256 bytes (not UTF-8): must travel as bytes and come back identical
      { name: 'legacy.txt', bytes: new Uint8Array([0xc7, 0xe1, 0xde, 0xc7, 0xe5, 0xd1, 0xc9]) },
      // a BOM must survive too (it changes the article id)
      { name: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x86]), sample: true },
    ],
    edits: { aliases: [['e-1', 'e-2']], notes: { 'ev-1': 'خطأ' } },
    view: { type: ['protest'], article: 'a-00000000000001' },
    overrides: { 'a-0123456789abcd': '2022-01-05' },
  })
}

async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    expect(err).toBeInstanceOf(ShareError)
    return (err as ShareError).code
  }
  return 'no error'
}

/** A syntactically valid token around any JSON text (for hostile payloads). */
async function tokenFor(json: string): Promise<string> {
  return toBase64Url(await seal(enc.encode(json)))
}

describe('share links', () => {
  it('round trip: texts, raw bytes, BOM, edits, view and overrides come back as they were', async () => {
    const snap = corpus()
    expect(snap.files.map((f) => ('text' in f ? 'text' : 'base64'))).toEqual([
      'text',
      'base64',
      'text',
    ])
    const back = await decodeShareToken(await encodeShareToken(snap))
    expect(back).toEqual(snap)
    const before = snapshotInputs(snap)
    expect(snapshotInputs(back)).toEqual(before)
    expect(Array.from(before[1]!.bytes)).toEqual([0xc7, 0xe1, 0xde, 0xc7, 0xe5, 0xd1, 0xc9])
    expect(Array.from(before[2]!.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    expect(before.map((f) => f.sample)).toEqual([false, false, true])
  })

  it('a passphrase link opens only with its passphrase', async () => {
    const token = await encodeShareToken(corpus(), { passphrase: 'كلمة سر', ...FAST })
    expect(tokenIsEncrypted(token)).toBe(true)
    expect(tokenIsEncrypted(await encodeShareToken(corpus()))).toBe(false)
    expect(await decodeShareToken(token, { passphrase: 'كلمة سر' })).toEqual(corpus())
    expect(await errorOf(decodeShareToken(token))).toBe('needs-passphrase')
    expect(await errorOf(decodeShareToken(token, { passphrase: 'كلمة' }))).toBe('wrong-passphrase')
    // Two links of the same corpus and passphrase differ (fresh salt and IV).
    expect(await encodeShareToken(corpus(), { passphrase: 'x', ...FAST })).not.toBe(
      await encodeShareToken(corpus(), { passphrase: 'x', ...FAST }),
    )
  })

  it.each([
    ['one character short', (t: string) => t.slice(0, -1)],
    ['cut in half', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['only the start', (t: string) => t.slice(0, 10)],
    ['empty', () => ''],
  ])('a truncated link (%s) says so, plain or encrypted', async (_, cut) => {
    const plain = await encodeShareToken(corpus())
    const sealed = await encodeShareToken(corpus(), { passphrase: 'p', ...FAST })
    expect(await errorOf(decodeShareToken(cut(plain)))).toBe('truncated')
    expect(await errorOf(decodeShareToken(cut(sealed), { passphrase: 'p' }))).toBe('truncated')
  })

  it('a corrupted link is refused, never half-read', async () => {
    const plain = await encodeShareToken(corpus())
    const at = Math.floor(plain.length * 0.6)
    const flipped = plain.slice(0, at) + (plain[at] === 'A' ? 'B' : 'A') + plain.slice(at + 1)
    expect(await errorOf(decodeShareToken(flipped))).toBe('corrupted')
    expect(await errorOf(decodeShareToken(plain.slice(0, 20) + '%20' + plain.slice(23)))).toBe(
      'corrupted',
    )
    expect(await errorOf(decodeShareToken(plain + 'AAAA'))).toBe('corrupted')
    const sealed = await encodeShareToken(corpus(), { passphrase: 'p', ...FAST })
    const bad = sealed.slice(0, -6) + (sealed.at(-6) === 'A' ? 'B' : 'A') + sealed.slice(-5)
    expect(await errorOf(decodeShareToken(bad, { passphrase: 'p' }))).toBe('wrong-passphrase')
    // Not ours at all.
    expect(await errorOf(decodeShareToken(toBase64Url(enc.encode('hello world'))))).toBe('invalid')
  })

  it('refuses what a newer version made: the envelope or the schema', async () => {
    const bytes = fromBase64Url(await encodeShareToken(corpus()))
    bytes[1] = 2
    expect(await errorOf(decodeShareToken(toBase64Url(bytes)))).toBe('newer-version')
    const future = { ...corpus(), schemaVersion: SCHEMA_VERSION + 1 }
    expect(await errorOf(decodeShareToken(await tokenFor(JSON.stringify(future))))).toBe(
      'newer-version',
    )
  })

  it('a link over 64 KB is flagged so the caller offers a bundle instead', async () => {
    // Random-looking text barely compresses.
    let seed = 7
    const noise = Array.from({ length: 120_000 }, () => {
      seed ^= seed << 13 // xorshift32
      seed ^= seed >>> 17
      seed ^= seed << 5
      return String.fromCharCode(0x621 + ((seed >>> 0) % 40))
    }).join('')
    const big = makeSnapshot({ files: [{ name: 'big.txt', bytes: enc.encode(noise) }] })
    const small = await makeShareLink('https://example.org/app/?x=1#old', corpus())
    const large = await makeShareLink('https://example.org/app/', big)
    expect(small.tooLong).toBe(false)
    expect(small.url).toMatch(/^https:\/\/example\.org\/app\/\?x=1#share=[\w-]+$/)
    expect(large.tooLong).toBe(true)
    expect(large.url.length).toBeGreaterThan(LINK_MAX_CHARS)
  })

  it('stops inflating a zip bomb at the cap', async () => {
    const bomb = deflateSync(new Uint8Array(32 * 1024 * 1024)) // 32 MB of zeros, ~32 KB packed
    expect(bomb.length).toBeLessThan(100_000)
    expect(() => inflateCapped(bomb, 1024 * 1024)).toThrow(ShareError)
    expect(inflateCapped(deflateSync(new Uint8Array(1000)), 1000)).toHaveLength(1000)
    // Through the link decoder: a snapshot padded with 17 MB of spaces.
    const padded = `{"format":"mirsad-corpus","schemaVersion":1${' '.repeat(17 * 1024 * 1024)}}`
    expect(await errorOf(decodeShareToken(await tokenFor(padded)))).toBe('too-large')
  })

  it.each([
    ['__proto__ at the top', '{"__proto__":{"polluted":1},"format":"mirsad-corpus"}', 'invalid'],
    [
      'constructor deep in the edits',
      JSON.stringify({ ...corpus(), edits: { a: [{ constructor: { prototype: { x: 1 } } }] } }),
      'invalid',
    ],
    ['prototype in a file', JSON.stringify({ ...corpus(), files: [{ prototype: 1 }] }), 'invalid'],
    ['an array', '[]', 'invalid'],
    ['another format', '{"format":"other","schemaVersion":1}', 'invalid'],
    ['no version', '{"format":"mirsad-corpus","files":[]}', 'invalid'],
    ['an unknown field', JSON.stringify({ ...corpus(), script: 'x' }), 'invalid'],
    [
      'a file with text and bytes',
      JSON.stringify({ ...corpus(), files: [{ name: 'a', text: 'x', base64: 'AA' }] }),
      'invalid',
    ],
    ['a file without a name', JSON.stringify({ ...corpus(), files: [{ text: 'x' }] }), 'invalid'],
    [
      'a non-string text',
      JSON.stringify({ ...corpus(), files: [{ name: 'a', text: 5 }] }),
      'invalid',
    ],
    [
      'an override for a non-id',
      JSON.stringify({ ...corpus(), overrides: { x: '2022-01-01' } }),
      'invalid',
    ],
    [
      'an override that is not a date',
      JSON.stringify({ ...corpus(), overrides: { 'a-01': 'soon' } }),
      'invalid',
    ],
    ['not JSON', '{"format":', 'corrupted'],
    ['absurd nesting', '['.repeat(200_000) + ']'.repeat(200_000), 'corrupted'],
  ])('hostile JSON (%s) is refused', async (_, json, code) => {
    expect(await errorOf(decodeShareToken(await tokenFor(json)))).toBe(code)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('the decoded snapshot is built fresh: no prototype tricks survive', async () => {
    const json = JSON.stringify(corpus()).replace(
      '"overrides":{',
      '"overrides":{"a-ff":"2022-02-02",',
    )
    const back = await decodeShareToken(await tokenFor(json))
    expect(Object.getPrototypeOf(back.overrides)).toBe(Object.prototype)
    expect(back.overrides).toEqual({ 'a-ff': '2022-02-02', 'a-0123456789abcd': '2022-01-05' })
  })

  it.each([
    ['#share=abc_-D', 'abc_-D'],
    ['share=abc', 'abc'],
    ['#share=', ''],
    ['#other=abc', null],
    ['#share=a b!', 'a b!'], // damaged: reported by the decoder, not ignored
    ['', null],
  ])('reads the token in %j', (hash, token) => {
    expect(readShareToken(hash)).toBe(token)
  })

  it('puts the token in the fragment, replacing an old one, keeping path and query', () => {
    expect(shareUrl('http://127.0.0.1:4173/some/sub/path/?q=1#share=old', 'NEW')).toBe(
      'http://127.0.0.1:4173/some/sub/path/?q=1#share=NEW',
    )
    expect(shareUrl('file:///home/u/mirsad.html', 'T')).toBe('file:///home/u/mirsad.html#share=T')
  })
})

describe('bundles', () => {
  it('plain bundle: readable JSON that restores the same corpus', async () => {
    const text = await encodeBundle(corpus())
    const bytes = enc.encode(text)
    expect(JSON.parse(text).format).toBe('mirsad-corpus')
    expect(looksLikeBundle('anything.json', bytes)).toBe(true)
    expect(bundleIsEncrypted(bytes)).toBe(false)
    expect(await decodeBundle(bytes)).toEqual(corpus())
  })

  it('sealed bundle: needs its passphrase', async () => {
    const bytes = enc.encode(await encodeBundle(corpus(), { passphrase: 'سر', ...FAST }))
    expect(bundleIsEncrypted(bytes)).toBe(true)
    expect(new TextDecoder().decode(bytes)).not.toContain('تظاهر')
    expect(await errorOf(decodeBundle(bytes))).toBe('needs-passphrase')
    expect(await errorOf(decodeBundle(bytes, { passphrase: 'لا' }))).toBe('wrong-passphrase')
    expect(await decodeBundle(bytes, { passphrase: 'سر' })).toEqual(corpus())
  })

  it.each([
    ['x.mirsad.json', '{}', true],
    ['X.MIRSAD.JSON', '', true],
    ['data.json', '  {"format":"mirsad-sealed","data":""}', true],
    ['data.json', '{"format":"geojson"}', false],
    ['article.txt', 'تظاهر مئات الطلاب', false],
  ])('recognises bundles: %s %j → %s', (name, text, yes) => {
    expect(looksLikeBundle(name, enc.encode(text))).toBe(yes)
  })

  it('refuses an oversized, non-UTF-8, hostile or future bundle', async () => {
    const bytes = enc.encode(await encodeBundle(corpus()))
    expect(await errorOf(decodeBundle(bytes, { maxBytes: bytes.length - 1 }))).toBe('too-large')
    expect(await errorOf(decodeBundle(new Uint8Array([0xff, 0xfe, 0x00])))).toBe('corrupted')
    expect(await errorOf(decodeBundle(enc.encode('{"__proto__":{}}')))).toBe('invalid')
    expect(
      await errorOf(
        decodeBundle(enc.encode('{"format":"mirsad-sealed","schemaVersion":99,"data":""}')),
      ),
    ).toBe('newer-version')
    expect(
      await errorOf(
        decodeBundle(enc.encode('{"format":"mirsad-sealed","schemaVersion":1,"data":5}')),
      ),
    ).toBe('invalid')
  })
})
