/**
 * Arabic orthographic normalisation for matching (never for display): the forms a reader treats
 * as the same word compare equal. Hand-written because it is a handful of character classes.
 * Every function keeps string length unless its name says otherwise, so that offsets found in a
 * normalised string are offsets in the original.
 */

/** Harakat, Quranic marks, superscript alef and tatweel. */
export const RE_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
/** Zero-width and bidi control characters. */
export const RE_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g

const DIGIT_MAP: Record<string, string> = {}
for (let i = 0; i < 10; i++) {
  DIGIT_MAP[String.fromCharCode(0x0660 + i)] = String(i) // Arabic-Indic
  DIGIT_MAP[String.fromCharCode(0x06f0 + i)] = String(i) // Persian (Extended Arabic-Indic)
}

/** Arabic-Indic and Persian digits to ASCII digits (same length). */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => DIGIT_MAP[d] ?? d)
}

/**
 * Same-length letter folding: أ/إ/آ/ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, ڤ → ف, گ → ك, پ → ب,
 * چ → ج, ی → ي, ک → ك, digits to ASCII. Diacritics and tatweel are kept (use `normalizeArabic`
 * to drop them).
 */
export function foldLetters(s: string): string {
  return toAsciiDigits(s)
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ڤ/g, 'ف')
    .replace(/[گک]/g, 'ك')
    .replace(/پ/g, 'ب')
    .replace(/چ/g, 'ج')
    .replace(/ی/g, 'ي')
}

/**
 * Full matching key: NFKC (presentation forms folded), diacritics, tatweel and invisible
 * characters removed, letters folded, whitespace collapsed. Changes length.
 */
export function normalizeArabic(s: string): string {
  return foldLetters(s.normalize('NFKC').replace(RE_DIACRITICS, '').replace(RE_INVISIBLE, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

/** True when the string holds at least one Arabic letter. */
export function hasArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s)
}
