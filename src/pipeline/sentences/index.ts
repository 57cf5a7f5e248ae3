import type { Sentence, Span } from '../types'

/**
 * Paragraphs and sentences of a cleaned article. Hand-written: Intl.Segmenter's sentence mode
 * is not in every runtime we target and splits Arabic abbreviations (أ.ف.ب) and numbers badly.
 *
 * A paragraph is a run of non-empty lines (ingestion has already rejoined hard-wrapped lines, so
 * in practice one line). A sentence ends at . ! ? ؟ … followed by space, unless the full stop sits
 * between digits (6.4, 2022.01.05) or after a single letter (أ.ف.ب, U.S.); closing quotes and
 * brackets after the mark stay with the sentence.
 *
 * A run longer than MAX_SENTENCE characters (text with no full stops: a transcript, a PDF's
 * extracted text, a list) is cut into pieces at the last comma or space before the limit: no
 * real sentence is that long, and the later stages do work that grows faster than the length of
 * a sentence.
 */

const RE_PARAGRAPH = /[^\n]+/g
const TERMINATORS = new Set(['.', '!', '?', '؟', '…'])
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '›'])
export const MAX_SENTENCE = 1000
const RE_CLAUSE_END = /[،؛;,:]\s/g
const RE_SPACE = /\s/g

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = []
  for (const m of text.matchAll(RE_PARAGRAPH)) {
    const trimmed = trimSpan(text, m.index, m.index + m[0].length)
    if (trimmed) out.push(trimmed)
  }
  return out
}

export function splitSentences(text: string, paragraphs = splitParagraphs(text)): Sentence[] {
  const out: Sentence[] = []
  paragraphs.forEach((p, paragraph) => {
    let start = p.start
    for (let i = p.start; i < p.end; i++) {
      if (!TERMINATORS.has(text[i]!) || !isBoundary(text, i, p.end)) continue
      let end = i + 1
      while (end < p.end && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++
      push(out, text, start, end, paragraph)
      start = end
      i = end - 1
    }
    push(out, text, start, p.end, paragraph)
  })
  return out
}

function isBoundary(text: string, i: number, end: number): boolean {
  const ch = text[i]!
  const prev = text[i - 1] ?? ' '
  const next = text[i + 1] ?? ' '
  if (ch === '.') {
    if (/\d/.test(prev) && /\d/.test(next)) return false // 6.4, 2022.01.05
    const prev2 = text[i - 2] ?? ' '
    if (/\p{L}/u.test(prev) && !/\p{L}/u.test(prev2)) return false // single-letter abbreviation
  }
  // Skip runs like "..." or ".»" to the last character; then require space or paragraph end.
  let j = i + 1
  while (j < end && (TERMINATORS.has(text[j]!) || CLOSERS.has(text[j]!))) j++
  return j >= end || /\s/.test(text[j]!)
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start)
    pushSpan(out, text, start, cut, paragraph)
    start = cut
  }
  pushSpan(out, text, start, end, paragraph)
}

/** Where to end an over-long piece starting at `start`: after its last clause mark or space. */
function cutPoint(text: string, start: number): number {
  const window = text.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE)
  for (const re of [RE_CLAUSE_END, RE_SPACE]) {
    let last = -1
    for (const m of window.matchAll(re)) last = m.index + m[0].length
    if (last > 0) return start + MAX_SENTENCE / 2 + last
  }
  const cut = start + MAX_SENTENCE
  return /[\udc00-\udfff]/.test(text[cut] ?? '') ? cut - 1 : cut // not inside a surrogate pair
}

function pushSpan(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  const span = trimSpan(text, start, end)
  if (span) out.push({ ...span, text: text.slice(span.start, span.end), paragraph })
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}
