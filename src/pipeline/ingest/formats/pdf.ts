import { IngestError } from '../limits'
import type { Extracted } from './types'

/**
 * PDFs through pdf.js (pdfjs-dist 5.6.205, legacy build: it runs on Node 20 and in any browser),
 * loaded lazily. pdf.js normally starts its own Web Worker; here the parser already runs in one
 * (or in Node), so its worker code is imported and registered as `globalThis.pdfjsWorker`, which
 * pdf.js then runs in the same thread ("fake worker"): no nested worker, no worker URL to serve.
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
  const typical = gaps[Math.floor(gaps.length / 2)] ?? 0
  const widest = Math.max(...lines.map((l) => l.right - l.left))
  const out: string[] = [lines[0]!.text]
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!
    const line = lines[i]!
    const gap = prev.y - line.y
    const shortEnd = prev.right - prev.left < 0.8 * widest && /[.!?؟:…"»)]$/u.test(prev.text)
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
const RE_LTR = /[\p{L}\p{N}]/u
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

type Dir = 'R' | 'L' | 'N'

function dirOf(s: string): Dir {
  if (RE_RTL.test(s)) return 'R'
  return RE_LTR.test(s) ? 'L' : 'N'
}

/**
 * One line's runs in reading order. Runs are laid out left to right; in a right-to-left line the
 * order is reversed, except inside runs of Latin letters and digits, which read left to right.
 * Brackets drawn between Arabic runs were mirrored for display and are mirrored back.
 */
export function logicalOrder(runs: Run[]): string {
  const visual = [...runs].sort((a, b) => a.x - b.x)
  const tokens: { s: string; dir: Dir }[] = []
  visual.forEach((run, i) => {
    const prev = visual[i - 1]
    if (prev) {
      const gap = run.x - (prev.x + prev.width)
      const spaced = /\s$/u.test(prev.str) || /^\s/u.test(run.str)
      if (!spaced && gap > Math.max(run.height, prev.height) * 0.15)
        tokens.push({ s: ' ', dir: 'N' })
    }
    const s = run.str.normalize('NFKC').replace(/\u0640/g, '')
    tokens.push({ s, dir: dirOf(s) })
  })
  const rtl =
    tokens.filter((t) => t.dir === 'R').length >= tokens.filter((t) => t.dir === 'L').length
  if (!rtl)
    return tokens
      .map((t) => t.s)
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
  const logical = tokens.reverse()
  const out: string[] = []
  for (let i = 0; i < logical.length;) {
    if (logical[i]!.dir !== 'L') {
      const t = logical[i++]!
      out.push(t.dir === 'N' ? [...t.s].map((c) => MIRROR[c] ?? c).join('') : t.s)
      continue
    }
    // A left-to-right run: L tokens and the neutrals between them.
    let j = i
    let end = i
    while (j < logical.length && logical[j]!.dir !== 'R') {
      if (logical[j]!.dir === 'L') end = j
      j++
    }
    out.push(
      logical
        .slice(i, end + 1)
        .reverse()
        .map((t) => t.s)
        .join(''),
    )
    i = end + 1
  }
  return out.join('').replace(/\s+/g, ' ').trim()
}
