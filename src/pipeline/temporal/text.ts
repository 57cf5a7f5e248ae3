/**
 * The tagger matches on a folded copy of the article: hamza seats, alef maqsura, ta marbuta and
 * Persian letters folded, Arabic-Indic digits made ASCII, diacritics, tatweel and bidi marks
 * dropped, Latin lower-cased. Patterns are written in plain Arabic and folded the same way
 * (`foldPattern`), so "أمس", "امس" and "أمسِ" are one word to every parser. `map` turns offsets in
 * the folded copy back into offsets in `Article.text`.
 */

/** Harakat, Quranic marks, superscript alef and tatweel: they belong to the word they sit on. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/
const DROPPED =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]/

const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ڤ: 'ف',
  گ: 'ك',
  ک: 'ك',
  پ: 'ب',
  چ: 'ج',
  '٫': '.',
  '٬': ',',
}
for (let i = 0; i < 10; i++) {
  LETTERS[String.fromCharCode(0x0660 + i)] = String(i)
  LETTERS[String.fromCharCode(0x06f0 + i)] = String(i)
}

/** The folded form of one character ('' when it is dropped). */
function foldChar(ch: string): string {
  const arabic = foldArabic(ch)
  return arabic >= 'A' && arabic <= 'Z' ? arabic.toLowerCase() : arabic
}

function foldArabic(ch: string): string {
  if (DROPPED.test(ch)) return ''
  if (PRESENTATION_FORMS.test(ch)) return [...ch.normalize('NFKC')].map(foldArabic).join('')
  return LETTERS[ch] ?? ch
}

export interface FoldedText {
  /** The folded copy the parsers read. */
  text: string
  /** map[i] is the offset in the original text of folded character i. */
  map: Int32Array
  original: string
}

/** Folded code unit per code unit below U+0800: -1 drops it, 0 means "fold it the slow way". */
const FAST = new Int32Array(0x800)
for (let c = 0; c < 0x800; c++) {
  const ch = String.fromCharCode(c)
  const folded = foldChar(ch)
  FAST[c] = folded === '' ? -1 : folded.length === 1 ? folded.charCodeAt(0) : 0
}

export function foldText(original: string): FoldedText {
  const codes = new Uint16Array(original.length * 2)
  const map = new Int32Array(original.length * 2)
  let n = 0
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i)
    const fast = c < 0x800 ? FAST[c]! : 0
    if (fast > 0) {
      codes[n] = fast
      map[n++] = i
    } else if (fast === 0) {
      for (const ch of foldChar(original[i]!)) {
        codes[n] = ch.charCodeAt(0)
        map[n++] = i
      }
    }
  }
  let text = ''
  for (let at = 0; at < n; at += 8192) {
    text += String.fromCharCode(...codes.subarray(at, Math.min(n, at + 8192)))
  }
  return { text, map: map.slice(0, n), original }
}

/**
 * Folds a pattern's Arabic letters the way `foldText` folds the text. Latin is left alone (regex
 * escapes like \S and \p{L} are case-sensitive): write Latin words in patterns in lower case.
 */
export function foldPattern(source: string): string {
  return [...source].map(foldArabic).join('')
}

/**
 * The original-text span of folded [start, end): diacritics and tatweel written after the last
 * letter stay with the expression, so "غداً" is returned whole.
 */
export function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  const from = folded.map[start] ?? folded.original.length
  let to = end > start ? folded.map[end - 1]! + 1 : from
  while (to < folded.original.length && MARKS.test(folded.original[to]!)) to++
  return [from, to]
}
