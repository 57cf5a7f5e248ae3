import { normalizeArabic } from '../../normalize/arabic'

/**
 * Lines of the source text with the features every cleaning and metadata rule reads. A line's
 * `start`/`end` are offsets in the source (surrounding spaces excluded), so whatever is kept can
 * be mapped back.
 */

export class Line {
  private cachedWords: number | null = null

  constructor(
    /** Index among all lines (blank ones included). */
    readonly index: number,
    readonly start: number,
    readonly end: number,
    /** The trimmed line as written. */
    readonly text: string,
    private cachedKey: string | null = null,
  ) {}

  /** Matching key: normalised Arabic, lower case, punctuation as spaces. */
  get key(): string {
    this.cachedKey ??= matchKey(this.text)
    return this.cachedKey
  }

  /** Words of the key (a long line's count is only needed roughly, so it is not normalised). */
  get words(): number {
    this.cachedWords ??=
      this.text.length > LONG_LINE
        ? this.text.split(/\s+/).length
        : this.key
          ? this.key.split(' ').length
          : 0
    return this.cachedWords
  }

  get blank(): boolean {
    return this.text === ''
  }
}

/** Longer lines are body paragraphs: no chrome rule or headline test needs their exact key. */
export const LONG_LINE = 300

const RE_LINE = /[^\n\r\u2028\u2029\u0085]*(?:\r\n|[\n\r\u2028\u2029\u0085]|$)/g
const RE_SPACE = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069]/

export function splitLines(source: string): Line[] {
  const out: Line[] = []
  for (const m of source.matchAll(RE_LINE)) {
    if (m.index >= source.length && m[0] === '') break
    const body = m[0].replace(/(?:\r\n|[\n\r\u2028\u2029\u0085])$/, '')
    let start = m.index
    let end = m.index + body.length
    while (start < end && RE_SPACE.test(source[start]!)) start++
    while (end > start && RE_SPACE.test(source[end - 1]!)) end--
    out.push(new Line(out.length, start, end, source.slice(start, end)))
  }
  return out
}

/** Normalised, lower-cased, punctuation and symbols as spaces: what phrase rules compare. */
export function matchKey(text: string): string {
  return keyOf(normalizeArabic(text))
}

function keyOf(normalized: string): string {
  return normalized
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Ends like a sentence: full stop, question or exclamation mark, ellipsis (quotes may follow). */
export function endsSentence(text: string): boolean {
  return /[.!?؟…][\s"'”’»)\]]*$/u.test(text)
}

/** A body paragraph, not a label, title or widget. */
export function isSentenceLike(line: Line): boolean {
  return (line.words >= 8 && endsSentence(line.text)) || line.words >= 25
}

/**
 * Where the head of an article ends: a paragraph ending with a full stop, or a long one. A
 * question or exclamation of a few words is more often a headline.
 */
export function startsBody(line: Line): boolean {
  return (line.words >= 8 && /[.…][\s"'”’»)\]]*$/u.test(line.text)) || line.words >= 25
}

export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text)
}

/** A phrase list written as data: phrases separated by "|" or line breaks. */
export function list(phrases: string): string[] {
  return phrases
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
}
