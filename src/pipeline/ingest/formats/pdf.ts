import { IngestError } from '../limits'
import type { Extracted } from './types'

/**
 * PDFs through pdf.js (pdfjs-dist 5.6.205, legacy build: it runs on Node 20 and in any browser),
 * loaded lazily. pdf.js normally starts its own Web Worker; here the parser already runs in one
 * (or in Node), so its worker code is imported and registered as `globalThis.pdfjsWorker`, which
 * pdf.js then runs in the same thread ("fake worker"): no nested worker, no worker URL to serve.
 * (Loaded inside a Web Worker, pdf.js's worker module also answers on the worker's own port and
 * posts one "ready" message to the page; comlink ignores messages that are not its own.)
 *
 * pdf.js gives positioned text runs, often one glyph each, in visual order (left to right) and in
 * Arabic presentation forms. Lines are rebuilt from the runs' baselines, put in logical order
 * (right to left, with Latin and digit runs kept left to right), folded with NFKC, and joined into
 * paragraphs where the vertical gap or a short sentence-final line says a paragraph ends.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<PdfJs> | null = null

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}

/** A positioned text run, as pdf.js reports it. */
export interface Run {
  str: string
  x: number
  y: number
  width: number
  height: number
}

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes ownership of the buffer
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  let doc
  try {
    doc = await task.promise
  } catch (err) {
    await task.destroy()
    const name = (err as { name?: string }).name
    if (name === 'PasswordException') {
      throw new IngestError('unsupported', 'The PDF is password-protected')
    }
    throw new IngestError('unsupported', `The PDF could not be read: ${(err as Error).message}`)
  }
  try {
    const pages: string[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      const runs: Run[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue
        runs.push({
          str: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height || Math.hypot(item.transform[2], item.transform[3]),
        })
      }
      pages.push(runsToText(runs))
      page.cleanup()
    }
    const text = pages.filter(Boolean).join('\n\n')
    if (!/\p{L}/u.test(text)) {
      throw new IngestError('empty', 'The PDF holds no text (it may be a scanned image)')
    }
    return { text, warnings: [], hints: {} }
  } finally {
    await doc.destroy()
  }
}

interface PdfLine {
  y: number
  left: number
  right: number
  height: number
  text: string
}

/** The text of one page: runs grouped into lines, lines into paragraphs. */
export function runsToText(runs: Run[]): string {
  const lines = groupLines(runs)
  if (!lines.length) return ''
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b)
  // Line spacing is the smaller of the usual gaps (most gaps are inside paragraphs... or not).
  const typical = gaps[Math.floor(gaps.length * 0.25)] ?? 0
  const widest = Math.max(...lines.map((l) => l.right - l.left))
  const out: string[] = [lines[0]!.text]
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!
    const line = lines[i]!
    const gap = prev.y - line.y
    // Text wraps only when a line is full: a short line ends its paragraph.
    const shortEnd = prev.right - prev.left < 0.75 * widest
    const fontChange =
      Math.abs(prev.height - line.height) > 0.2 * Math.max(prev.height, line.height)
    const newParagraph = gap > typical * 1.35 || gap < 0 || shortEnd || fontChange
    out.push(newParagraph ? '\n\n' : ' ', line.text)
  }
  return out.join('')
}

function groupLines(runs: Run[]): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: Run[][] = []
  for (const run of sorted) {
    const last = groups[groups.length - 1]
    const ref = last?.[0]
    if (ref && Math.abs(ref.y - run.y) <= Math.max(ref.height, run.height, 1) * 0.4) last.push(run)
    else groups.push([run])
  }
  return groups
    .map((g) => {
      const text = logicalOrder(g)
      return {
        y: g[0]!.y,
        left: Math.min(...g.map((r) => r.x)),
        right: Math.max(...g.map((r) => r.x + r.width)),
        height: Math.max(...g.map((r) => r.height)),
        text,
      }
    })
    .filter((l) => l.text)
}

const RE_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const RE_LATIN = /\p{L}/u
const RE_DIGIT = /^\p{N}+$/u
const RE_PIECE = /\p{L}+|\p{N}+|\s+|[^\p{L}\p{N}\s]/gu
const RE_NUMBER_SEPARATOR = /^[.,:/\-٫٬]$/u
const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '«': '»',
  '»': '«',
  '<': '>',
  '>': '<',
}

/** R: Arabic or Hebrew; L: other letters; EN: digits; N: spaces and punctuation. */
type Dir = 'R' | 'L' | 'EN' | 'N'

interface Token {
  s: string
  dir: Dir
}

function dirOf(s: string): Dir {
  if (RE_RTL.test(s)) return 'R'
  if (RE_LATIN.test(s)) return 'L'
  return RE_DIGIT.test(s) ? 'EN' : 'N'
}

/**
 * One line's runs in reading order, the inverse of the Unicode bidi display order for the common
 * cases: runs come left to right; in a right-to-left line the units are reversed, where a unit is
 * a Latin run (letters, with the spaces and digits between and after them) or a number (digits
 * joined by . , : / -, not by spaces: "2023 09:30" is two numbers), which keep their order.
 * Brackets drawn in right-to-left context were mirrored for display and are mirrored back.
 */
export function logicalOrder(runs: Run[]): string {
  // pdf.js adds zero-width spaces of its own where glyphs jump; the producer's real spaces have width.
  const visual = runs
    .filter((r) => !(/^\s+$/u.test(r.str) && r.width < 0.5))
    .sort((a, b) => a.x - b.x)
  // Producers that write spaces as glyphs (browsers, Word) need no guessing from gaps.
  const explicitSpaces = visual.some((r) => /\s/u.test(r.str))
  const tokens: Token[] = []
  visual.forEach((run, i) => {
    const prev = visual[i - 1]
    if (prev && !explicitSpaces) {
      const gap = run.x - (prev.x + prev.width)
      if (gap > Math.max(run.height, prev.height) * 0.25) tokens.push({ s: ' ', dir: 'N' })
    }
    const s = run.str.normalize('NFKC').replace(/\u0640/g, '')
    // pdf.js gives a right-to-left run in reading order already; other runs ("09:30 2023") are
    // split into letters, digits and the rest, which the display order may have moved apart.
    if (RE_RTL.test(s)) tokens.push({ s, dir: 'R' })
    else for (const [part] of s.matchAll(RE_PIECE)) tokens.push({ s: part, dir: dirOf(part) })
  })
  const strong = (d: Dir) => tokens.filter((t) => t.dir === d).reduce((n, t) => n + t.s.length, 0)
  if (strong('R') < strong('L')) return tidy(tokens.map((t) => t.s).join(''))
  const units: Token[][] = []
  for (let i = 0; i < tokens.length;) {
    const end = unitEnd(tokens, i)
    units.push(tokens.slice(i, end))
    i = end
  }
  return tidy(
    units
      .reverse()
      .map((u) =>
        u.length === 1 && u[0]!.dir === 'N'
          ? [...u[0]!.s].map((c) => MIRROR[c] ?? c).join('')
          : u.map((t) => t.s).join(''),
      )
      .join(''),
  )
}

/** End (exclusive) of the display unit starting at `i`. */
function unitEnd(tokens: Token[], i: number): number {
  const first = tokens[i]!
  if (first.dir === 'L') {
    let end = i + 1
    for (let j = i + 1; j < tokens.length && tokens[j]!.dir !== 'R'; j++) {
      if (tokens[j]!.dir !== 'N') end = j + 1
    }
    return end
  }
  if (first.dir === 'EN') {
    let end = i + 1
    while (end < tokens.length) {
      const t = tokens[end]!
      if (t.dir === 'EN') end++
      else if (RE_NUMBER_SEPARATOR.test(t.s) && tokens[end + 1]?.dir === 'EN') end += 2
      else break
    }
    return end
  }
  return i + 1
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
