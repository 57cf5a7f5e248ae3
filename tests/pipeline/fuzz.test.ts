import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { assembleCorpus, parseFile } from '../../src/pipeline'
import type { FileResult, InputFile } from '../../src/pipeline/types'
import { rng } from '../../scripts/lib/rng'

/**
 * Robustness: hostile and broken input, generated from a seeded PRNG so a failure replays.
 * Whatever comes in, parseFile must resolve (never throw), give each file an article or a clear
 * error naming it (a known code, never 'internal': that is a caught crash), keep every offset
 * inside the text, and finish.
 */

const enc = new TextEncoder()
const KNOWN_CODES = ['empty', 'binary', 'too-large', 'undecodable', 'unsupported', 'archive']

/** Invented Arabic news prose, varied by the generator. */
function prose(r: () => number, sentences: number): string {
  const who = ['الوزير سامر حداد', 'المتحدث باسم الحكومة', 'نقابة المعلمين', 'قائد الجيش']
  const where = ['صفاقس', 'البصرة', 'وهران', 'عدن']
  const what = ['تظاهر الآلاف', 'أعلن استقالته', 'وصل وفد', 'اعتقلت الشرطة 12 شخصا']
  const when = ['أمس الجمعة', 'يوم 5 مارس 2023', 'صباح اليوم', 'الأسبوع الماضي']
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)]!
  return Array.from(
    { length: sentences },
    () => `${pick(what)} في ${pick(where)} ${pick(when)}، وقال ${pick(who)} إن الوضع هادئ.`,
  ).join(' ')
}

function randomBytes(r: () => number, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(r() * 256))
}

/** Arabic text cut in the middle of a two-byte character, and with stray continuation bytes. */
function brokenUtf8(r: () => number): Uint8Array {
  const whole = enc.encode(`${prose(r, 4)}\n\n${prose(r, 3)}`)
  let cut = Math.floor(whole.length / 2)
  while ((whole[cut]! & 0xc0) !== 0x80) cut++
  const out = Array.from(whole.subarray(0, cut))
  for (let i = 0; i < 20; i++) out.splice(Math.floor(r() * out.length), 0, 0x80 | (i & 0x3f))
  return Uint8Array.from(out)
}

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202e']
const INVISIBLES_AND_MARKS = [...INVISIBLES, '\u2066', '\u2069', '\ufeff', '\u0640', '\u064b']

function flood(r: () => number, text: string, rate: number): string {
  let out = ''
  for (const ch of text) {
    out += ch
    while (r() < rate) out += INVISIBLES_AND_MARKS[Math.floor(r() * INVISIBLES_AND_MARKS.length)]
  }
  return out
}

function cases(seed: number): InputFile[] {
  const r = rng(seed)
  const html = (body: string) => enc.encode(`<!doctype html><html><body>${body}</body></html>`)
  const files: InputFile[] = []
  for (const ext of ['txt', 'html', 'md', 'pdf', 'docx', 'zip', 'bin', '']) {
    for (const n of [1, 3, 64, 4096]) {
      files.push({ name: `random-${n}.${ext}`, bytes: randomBytes(r, n) })
    }
  }
  files.push(
    { name: 'truncated.txt', bytes: brokenUtf8(r) },
    { name: 'truncated.html', bytes: html(`<p>${new TextDecoder().decode(brokenUtf8(r))}`) },
    // One 25 KB line of sentences, and 5 KB of words with no punctuation or line break at all.
    { name: 'one-line.txt', bytes: enc.encode(prose(r, 200)) },
    { name: 'no-breaks.txt', bytes: enc.encode(prose(r, 40).replace(/[.،]/g, '')) },
    // Far deeper than the limit beyond which Readability is not run (html.ts).
    { name: 'nested.html', bytes: html(`${'<div>'.repeat(3_000)}<p>${prose(r, 3)}</p>`) },
    { name: 'unclosed.html', bytes: html(`${'<span><b><i>'.repeat(1_000)}${prose(r, 3)}`) },
    {
      name: 'hostile.html',
      bytes: html(
        `<script>window.pwned = 'SCRIPTBODY'</script><style>p{color:red}/*STYLEBODY*/</style>` +
          `<h1 onclick="alert('HANDLER')">عنوان الخبر</h1>` +
          `<img src=x onerror="alert('ONERROR')"><iframe srcdoc="<p>FRAMEBODY</p>"></iframe>` +
          `<p>${prose(r, 6)}</p><a href="javascript:alert('HREF')">رابط</a>` +
          `<svg><script>alert('SVGSCRIPT')</script></svg><noscript>NOSCRIPT</noscript>` +
          `<p>${prose(r, 4)}</p>`,
      ),
    },
    // No <html> root: linkedom builds none, a browser would.
    { name: 'fragment.html', bytes: enc.encode(`<p>${prose(r, 3)}</p>`) },
    { name: 'plain.html', bytes: enc.encode(prose(r, 3)) },
    { name: 'bidi-flood.txt', bytes: enc.encode(flood(r, prose(r, 20), 0.6)) },
    { name: 'only-invisible.txt', bytes: enc.encode(INVISIBLES.join('').repeat(2_000)) },
    {
      name: 'bidi-flood.html',
      bytes: html(`<p>${flood(r, prose(r, 10), 0.9)}</p>`),
    },
    { name: 'nul-in-text.txt', bytes: enc.encode(prose(r, 5).replace(/ /g, ' \u0000')) },
    {
      name: 'odd.zip',
      bytes: zipSync({
        'a.txt': strToU8(prose(r, 5)),
        'b.html': randomBytes(r, 300),
        'c/d.txt': new Uint8Array(0),
      }),
    },
  )
  return files
}

/** Every promise the contract makes about one file's result. */
function checkResult(file: InputFile, result: FileResult): void {
  expect(result.file).toBe(file.name)
  expect(result.results.length + result.errors.length).toBeGreaterThan(0)
  for (const e of result.errors) {
    expect(e.file.startsWith(file.name)).toBe(true)
    expect(KNOWN_CODES, `${file.name}: ${e.message}`).toContain(e.code)
    expect(e.message.length).toBeGreaterThan(5)
  }
  for (const a of result.results) {
    const text = a.article.text
    expect(text.trim().length).toBeGreaterThan(0)
    for (const m of [...a.timexes, ...a.mentions]) {
      expect(m.start).toBeGreaterThanOrEqual(0)
      expect(m.end).toBeLessThanOrEqual(text.length)
      expect(text.slice(m.start, m.end)).toBe(m.text)
    }
    for (const ev of a.events) {
      for (const s of ev.sources) expect(text.slice(s.start, s.end)).toBe(s.sentence)
    }
  }
}

describe('fuzz: hostile and broken files', () => {
  const files = cases(20_240_229)

  it('parses every file without throwing and keeps the contract', async () => {
    const results: FileResult[] = []
    for (const file of files) {
      const result = await parseFile(file)
      checkResult(file, result)
      results.push(result)
    }
    const corpus = assembleCorpus(results)
    expect(() => JSON.stringify(corpus)).not.toThrow()
    // The well-formed files among the noise still give articles.
    const parsed = new Set(results.flatMap((f) => f.results.map((a) => a.article.file)))
    for (const name of [
      'one-line.txt',
      'no-breaks.txt',
      'truncated.txt',
      'nested.html',
      'unclosed.html',
      'hostile.html',
      'fragment.html',
      'plain.html',
      'bidi-flood.txt',
      'odd.zip/a.txt',
    ]) {
      expect(parsed, name).toContain(name)
    }
    // Random bytes are never an article in a binary format.
    expect([...parsed].filter((name) => /^random-.*\.(?:pdf|docx|zip)$/.test(name))).toEqual([])
    expect(corpus.errors.map((e) => e.file)).toContain('only-invisible.txt')
  }, 20_000)

  it('never turns script, style, frame or handler code into article text', async () => {
    const file = files.find((f) => f.name === 'hostile.html')!
    const { results } = await parseFile(file)
    const text = results[0]!.article.text + (results[0]!.article.title ?? '')
    for (const marker of [
      'SCRIPTBODY',
      'STYLEBODY',
      'HANDLER',
      'ONERROR',
      'FRAMEBODY',
      'HREF',
      'SVGSCRIPT',
      'alert',
    ]) {
      expect(text, marker).not.toContain(marker)
    }
    expect(text).toContain('الوضع هادئ')
  })

  it('is deterministic for a seed and varies with it', () => {
    const same = cases(7).map((f) => f.bytes.join())
    expect(cases(7).map((f) => f.bytes.join())).toEqual(same)
    expect(cases(8).map((f) => f.bytes.join())).not.toEqual(same)
  })
})
