import { normalizeArabic } from '../normalize/arabic'

/**
 * Tokens for the tagger: runs of letters/digits (with their marks) and single punctuation
 * characters, with offsets into the text. The same tokenizer segments ANERcorp-style training
 * sentences and article text, so features see the same units in training and at run time.
 */

export interface Token {
  start: number
  end: number
  /** The token as written. */
  text: string
  /** Matching form: normalised letters, no diacritics or tatweel. */
  norm: string
}

// Letters, combining marks, digits, tatweel and invisible format characters (zero-width, bidi
// marks) stay inside one token; an internal hyphen or apostrophe between letters too
// (ألما-آتا, O'Brien).
const RE_TOKEN =
  /[\p{L}\p{M}\p{N}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(RE_TOKEN)) {
    const start = from + m.index
    const norm = normalizeArabic(m[0])
    if (norm) out.push({ start, end: start + m[0].length, text: m[0], norm })
  }
  return out
}

/** Latin-script word (CSTO, Tokayev, Aktau). */
export const isLatin = (s: string): boolean => /^[A-Z][A-Z'’-]*$/i.test(s)
export const isArabicWord = (s: string): boolean => /^[\u0621-\u064A\u0671-\u06D3]/.test(s)

/**
 * One way to read a word as proclitics + stem. `skip` is how many characters of the written
 * word the proclitics take (so the stem starts at token.start + skip); `definite` says the stem
 * carries the article, written (ال...) or elided after لل (للكرملين → الكرملين).
 */
export interface Reading {
  skip: number
  /** Normalised stem as it reads alone: للكرملين → الكرملين, وبوتين → بوتين. */
  stem: string
  /** Proclitic letters taken off (و، ب، ل، وال...), normalised. */
  prefix: string
  definite: boolean
}

// Conjunction (و ف) then preposition (ب ل ك), then the article. Longest first.
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك']

/**
 * Readings of a normalised word, least stripped first: the word itself, then each proclitic
 * split that leaves at least two letters (three for a bare stem after a one-letter prefix).
 */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [
    { skip: 0, stem: norm, prefix: '', definite: norm.startsWith('ال') && norm.length > 3 },
  ]
  if (!isArabicWord(norm)) return out
  for (const p of PROCLITICS) {
    if (!norm.startsWith(p)) continue
    const rest = norm.slice(p.length)
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3) {
      // لل = ل + ال with the alef dropped: للكرملين → الكرملين
      out.push({ skip: p.length + 1, stem: 'ال' + rest.slice(1), prefix: p + 'ال', definite: true })
    }
    if (rest.length >= 3 || (rest.startsWith('ال') && rest.length > 3)) {
      out.push({ skip: p.length, stem: rest, prefix: p, definite: rest.startsWith('ال') })
    }
  }
  return out.sort((a, b) => a.skip - b.skip)
}

/** The stem without the article: الكرملين → كرملين. */
export function bare(stem: string): string {
  return stem.startsWith('ال') && stem.length > 4 ? stem.slice(2) : stem
}

/**
 * The most stripped reading whose stem keeps at least three letters without the article: the
 * form features look up (وبالكرملين → الكرملين).
 */
export function fullStem(norm: string): Reading {
  const rs = readings(norm)
  return rs[rs.length - 1]!
}

/**
 * Written characters covering the first `normChars` characters of a word's normalised form
 * (diacritics and tatweel in the written word have no normalised counterpart).
 */
export function writtenSkip(written: string, normChars: number): number {
  if (normChars === 0) return 0
  let n = 0
  for (let i = 0; i < written.length; i++) {
    n += normalizeArabic(written[i]!).length
    if (n >= normChars) {
      let j = i + 1
      while (j < written.length && normalizeArabic(written[j]!).length === 0) j++
      return j
    }
  }
  return written.length
}
