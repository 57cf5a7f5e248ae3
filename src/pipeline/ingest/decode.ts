import { IngestError } from './limits'

/**
 * Bytes to text. Order matters: a byte-order mark is certain; UTF-16 without a BOM must be
 * recognised before the binary check (its ASCII characters carry zero bytes); strict UTF-8 comes
 * next because it almost never validates by accident; only then the legacy Arabic code pages
 * (Windows-1256, ISO-8859-6), guessed by jschardet (loaded lazily: it is large and a UTF-8 file
 * never needs it) and checked by how Arabic the result looks. UTF-8 text that was once read as
 * Windows-1252 or Windows-1256 and saved again (mojibake: "Ø§Ù„", "ط§ظ„") is repaired word by
 * word, with a warning. Hand-written except for jschardet: the rest is a few byte tests.
 */

export interface Decoded {
  text: string
  /** WHATWG name of the encoding the bytes were read with. */
  encoding: string
  warnings: string[]
}

const SAMPLE = 8192

export async function decodeText(bytes: Uint8Array): Promise<Decoded> {
  const bom = decodeWithBom(bytes)
  if (bom) return bom
  const utf16 = sniffUtf16(bytes)
  if (utf16) return decodeUtf16(bytes, utf16, 0)
  checkNotBinary(bytes)
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) return repairMojibake({ text: utf8, encoding: 'utf-8', warnings: [] })
  return decodeLegacy(bytes)
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3))
    if (text !== null) return repairMojibake({ text, encoding: 'utf-8', warnings: [] })
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      warnings: ['The file has a UTF-8 mark but holds invalid bytes; they were replaced'],
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2)
  return null
}

function decodeUtf16(bytes: Uint8Array, encoding: string, skip: number): Decoded {
  const body = bytes.subarray(skip)
  const strict = tryDecode(encoding, body)
  if (strict !== null && body.length % 2 === 0) return { text: strict, encoding, warnings: [] }
  return {
    text: new TextDecoder(encoding).decode(body),
    encoding,
    warnings: ['The UTF-16 text holds broken characters; they were replaced'],
  }
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * UTF-16 without a BOM: in one byte position of every pair nearly all bytes are 0x00 (ASCII,
 * spaces, digits) or 0x06 (Arabic). Neither byte occurs in UTF-8 or single-byte text.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  if (n < 4) return null
  let evenHigh = 0
  let oddHigh = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x06) evenHigh++
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x06) oddHigh++
  }
  const pairs = n / 2
  if (oddHigh / pairs > 0.7 && evenHigh / pairs < 0.3) return 'utf-16le'
  if (evenHigh / pairs > 0.7 && oddHigh / pairs < 0.3) return 'utf-16be'
  return null
}

/** NUL bytes or many control characters: not a text file. */
function checkNotBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SAMPLE)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0)
      throw new IngestError('binary', 'The file holds binary data (zero bytes), not text')
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  if (control > n * 0.05) {
    throw new IngestError('binary', 'The file holds binary data (control characters), not text')
  }
}

// ---------------------------------------------------------------------------------------------
// Legacy code pages

/** Code pages tried besides jschardet's guess, in order of preference on a tie. */
const ARABIC_CODEPAGES = ['windows-1256', 'iso-8859-6']

async function decodeLegacy(bytes: Uint8Array): Promise<Decoded> {
  const { detect } = await import('jschardet')
  const guess = detect(bytes.subarray(0, 64 * 1024))
  const candidates = [
    ...new Set([whatwgName(guess?.encoding), ...ARABIC_CODEPAGES, 'windows-1252']),
  ]
  let best: { encoding: string; text: string; score: number } | null = null
  for (const encoding of candidates) {
    if (!encoding) continue
    let text: string
    try {
      text = new TextDecoder(encoding).decode(bytes)
    } catch {
      continue // a label this runtime does not know
    }
    const score = plausibility(text)
    if (!best || score > best.score) best = { encoding, text, score }
  }
  if (!best || best.score < 0.5) {
    throw new IngestError(
      'undecodable',
      'The text encoding could not be recognised (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)',
    )
  }
  return { text: best.text, encoding: best.encoding, warnings: [] }
}

function whatwgName(label: string | null | undefined): string | null {
  if (!label) return null
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

const RE_WORD = /[\p{L}\p{M}]+/gu
const RE_ARABIC = /[\u0600-\u06FF]/
const RE_LATIN = /[A-Za-z\u00C0-\u024F]/
// eslint-disable-next-line no-control-regex -- control characters are what it counts
const RE_BAD = /[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g

/**
 * How much a decoded text looks like real prose, about 0..2: words in one script count, the Arabic
 * article ال counts extra (it starts a third of Arabic words and almost never appears when the
 * wrong Arabic code page is used), words mixing Arabic and Latin letters, words too long to be
 * words, and replacement or control characters count against. Prose has spaces: without them
 * the bytes were not text.
 */
export function plausibility(text: string): number {
  const sample = text.slice(0, 32 * 1024)
  const spaces = sample.match(/\s/g)?.length ?? 0
  if (sample.length > 40 && spaces < sample.length * 0.04) return 0
  let words = 0
  let good = 0
  for (const [w] of sample.matchAll(RE_WORD)) {
    words++
    const ar = RE_ARABIC.test(w)
    const la = RE_LATIN.test(w)
    if ((ar && la) || w.length > 24) good -= 2
    else good += 1
    if (ar && w.startsWith('ال') && w.length > 3) good += 1
  }
  const bad = sample.match(RE_BAD)?.length ?? 0
  return words === 0 ? 0 : (good - 3 * bad) / words
}

// ---------------------------------------------------------------------------------------------
// Mojibake

interface MojibakeRoute {
  encoding: string
  /** What the misread UTF-8 looks like: a lead-byte character followed by a continuation one. */
  signature: RegExp
  /** Characters the signature's lead stands for, to measure its density. */
  leads: RegExp
  label: string
}

/**
 * Windows-1252's characters for bytes 0x80-0x9F (elsewhere it is ISO-8859-1). Written out because
 * Node's TextDecoder reads 'windows-1252' as ISO-8859-1; a hole keeps the C1 control.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** The characters a single-byte code page gives bytes `from`..`to`. */
function codepageChars(encoding: string, from: number, to: number): string {
  let out = ''
  for (let b = from; b <= to; b++) {
    if (encoding === 'windows-1252') {
      out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
    } else {
      out += new TextDecoder(encoding).decode(Uint8Array.of(b))
    }
  }
  return out
}

function charClass(chars: string): string {
  return [...new Set(chars)]
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')
}

let routes: MojibakeRoute[] | null = null

function mojibakeRoutes(): MojibakeRoute[] {
  if (routes) return routes
  // UTF-8 continuation bytes are 0x80-0xBF; UTF-8 lead bytes of 2-4 byte characters 0xC2-0xF4.
  const cont1252 = charClass(codepageChars('windows-1252', 0x80, 0xbf))
  const lead1252 = charClass(codepageChars('windows-1252', 0xc2, 0xf4))
  const cont1256 = charClass(codepageChars('windows-1256', 0x80, 0xbf))
  // Arabic, the usual victim, has lead bytes 0xD8-0xDB: ط ظ ع غ in Windows-1256.
  const lead1256 = charClass(codepageChars('windows-1256', 0xd8, 0xdb))
  routes = [
    {
      encoding: 'windows-1252',
      signature: new RegExp(`[${lead1252}][${cont1252}\\u0080-\\u009f]`, 'gu'),
      leads: new RegExp(`[${lead1252}]`, 'gu'),
      label: 'Windows-1252 (Latin-1)',
    },
    {
      encoding: 'windows-1256',
      signature: new RegExp(`[${lead1256}][${cont1256}]`, 'gu'),
      leads: new RegExp(`[${lead1256}]`, 'gu'),
      label: 'Windows-1256',
    },
  ]
  return routes
}

const reverseTables = new Map<string, Map<string, number>>()

function reverseTable(encoding: string): Map<string, number> {
  let table = reverseTables.get(encoding)
  if (table) return table
  table = new Map()
  if (encoding === 'windows-1252') {
    // Text misread as true ISO-8859-1 keeps C1 controls where Windows-1252 has punctuation.
    for (let b = 0x80; b <= 0xff; b++) table.set(String.fromCharCode(b), b)
  }
  ;[...codepageChars(encoding, 0x80, 0xff)].forEach((c, i) => table!.set(c, 0x80 + i))
  reverseTables.set(encoding, table)
  return table
}

/** Count of signature hits and whether they dominate the lead characters. */
function looksMisread(text: string, route: MojibakeRoute): boolean {
  const sample = text.slice(0, 64 * 1024)
  const hits = sample.match(route.signature)?.length ?? 0
  const leads = sample.match(route.leads)?.length ?? 0
  return hits >= 3 && hits >= leads * 0.5
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Re-encodes each misread word to the bytes it came from and reads them as UTF-8. */
function repairWords(text: string, encoding: string): { text: string; words: number } {
  const table = reverseTable(encoding)
  let words = 0
  const out = text.replace(/[^ \t\n\r]+/g, (word) => {
    if (!/[^\u0000-\u007f]/.test(word)) return word // eslint-disable-line no-control-regex
    const bytes = new Uint8Array(word.length)
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      const b = c < 0x80 ? c : table.get(word[i]!)
      if (b === undefined) return word
      bytes[i] = b
    }
    try {
      const fixed = UTF8.decode(bytes)
      if (fixed === word) return word
      words++
      return fixed
    } catch {
      return word
    }
  })
  return { text: out, words }
}

/** Repairs mojibake (at most twice: text misread twice happens). */
export function repairMojibake(decoded: Decoded): Decoded {
  let { text } = decoded
  const warnings = [...decoded.warnings]
  for (let pass = 0; pass < 2; pass++) {
    const route = mojibakeRoutes().find((r) => looksMisread(text, r))
    if (!route) break
    const fixed = repairWords(text, route.encoding)
    if (fixed.words === 0) break
    text = fixed.text
    warnings.push(
      `Repaired mojibake: ${fixed.words} words were UTF-8 text misread as ${route.label}`,
    )
  }
  return { ...decoded, text, warnings }
}
