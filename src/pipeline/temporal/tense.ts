/**
 * Which way a sentence points in time, for expressions that do not say it themselves ("الجمعة"
 * alone, "الساعة الثالثة", "بعد يومين"). News reports the past, so a weekday in a plain report is
 * the latest one; grammar marks the future (سوف، سـ before a verb, من المقرر ...); a bare
 * expression with nothing around it reads the conversational way, forward.
 * Hand-written: a cue list, no morphological analyser runs in the browser.
 */
import { matchKey } from '../lexicon/calendar'

/** future: grammar says so; bare: nothing around the expression; none: a plain report. */
export type Tense = 'future' | 'bare' | 'none'

const FUTURE_PHRASES = [
  'سوف',
  'من المقرر',
  'من المنتظر',
  'من المتوقع',
  'المرتقب',
  'المرتقبة',
  'يعتزم',
  'تعتزم',
  'ينوي',
  'تنوي',
  'يرتقب',
  'يُرتقب',
  'يتوقع أن',
  'لن',
].map(matchKey)

/** Nouns and past verbs that start like a future verb (سـ + يـ/تـ/نـ/أ). */
const NOT_FUTURE_PREFIXES = [
  'سياس',
  'سيار',
  'سيطر',
  'سيد',
  'سينا',
  'سينم',
  'سياح',
  'سياد',
  'سياق',
  'سيول',
  'سير',
  'سيف',
  'سيبير',
  'سيجار',
  'سيناريو',
  'ستين',
  'ستون',
  'ستار',
  'ستوك',
  'ستاد',
  'سترات',
  'سنوا',
  'سنوي',
  'سنين',
  'سنغا',
  'سنتي',
  'سندا',
  'سنه',
  'ساعه',
  'ساعات',
  'ساعتين',
  'ساعد',
  'ساحل',
  'ساحه',
  'ساحات',
  'سابق',
  'سادس',
  'سابع',
  'سالم',
  'سامي',
  'سامح',
  'سايق',
  'ساهم',
  'سافر',
  'سانت',
  'ساكن',
  'ساري',
  'سارع',
].map(matchKey)

const WORD = /[\p{L}\p{N}]+/gu
/** Words that can stand beside a bare expression without making it a sentence. */
const FILLERS = new Set(
  [
    'في',
    'فى',
    'يوم',
    'من',
    'على',
    'عند',
    'حتى',
    'إلى',
    'منذ',
    'خلال',
    'بعد',
    'قبل',
    'نحو',
    'حوالي',
    'قرابة',
    'بحدود',
    'حدود',
    'هذا',
    'هذه',
    'و',
    'بين',
    'ال',
    'م',
    'ص',
  ].map(matchKey),
)

export function isFutureVerb(word: string): boolean {
  const w = word.replace(/^[وف](?=س)/, '')
  if (!/^س[يتنا]\p{L}{3,}$/u.test(w)) return false
  return !NOT_FUTURE_PREFIXES.some((p) => w.startsWith(p))
}

/**
 * The tense of a sentence, ignoring its time expressions (`spans`, offsets in `sentence`).
 */
export function sentenceTense(sentence: string, spans: [number, number][]): Tense {
  let outside = ''
  let at = 0
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (s > at) outside += sentence.slice(at, s)
    outside += ' '
    at = Math.max(at, e)
  }
  outside += sentence.slice(at)
  // Words without a leading "و"/"ف" ("ومن المنتظر" → "من المنتظر").
  const words = (matchKey(outside).match(WORD) ?? []).map((w) =>
    w.length > 2 ? w.replace(/^[وف](?=من|سوف|لن|يعتزم|تعتزم|ينوي|تنوي|يرتقب|يتوقع)/, '') : w,
  )
  const key = ` ${words.join(' ')} `
  if (FUTURE_PHRASES.some((p) => key.includes(` ${p} `))) return 'future'
  if (words.some(isFutureVerb)) return 'future'
  if (words.every((w) => FILLERS.has(w) || FILLERS.has(w.replace(/^[وفبل]/, '')))) return 'bare'
  return 'none'
}
