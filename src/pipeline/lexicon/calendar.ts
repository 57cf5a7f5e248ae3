/**
 * Calendar words shared by every stage that reads dates (ingestion's datelines, the temporal
 * tagger, event dating): month names in every regional series, Hijri months and weekdays.
 *
 * Gregorian and Hijri month names come from Intl.DateTimeFormat (identical in Node 20 and
 * Chromium); the spellings Intl does not produce (يونيه/يوليه, كانون ثاني without the article,
 * Mauritanian and older Maghrebi forms) are listed by hand below. Every key is stored folded
 * (`matchKey`), so lookups accept أ/ا, ى/ي, ة/ه and diacritic variants alike.
 */
import { normalizeArabic } from '../normalize/arabic'

export type MonthSeries =
  'egyptian' | 'levantine' | 'maghrebi' | 'moroccan' | 'mauritanian' | 'extra'

export interface MonthName {
  /** As written (the display form). */
  name: string
  /** 1..12 */
  month: number
  series: MonthSeries
}

/** The matching key of a word: normalised, diacritics and tatweel dropped. */
export function matchKey(word: string): string {
  return normalizeArabic(word)
}

const INTL_SERIES: [string, MonthSeries][] = [
  ['ar-EG', 'egyptian'],
  ['ar-SY', 'levantine'],
  ['ar-DZ', 'maghrebi'],
  ['ar-MA', 'moroccan'],
  ['ar-MR', 'mauritanian'],
]

/** Spellings seen in the press that Intl does not give (month number, spelling). */
const EXTRA_MONTHS: [number, string][] = [
  [1, 'كانون ثاني'],
  [1, 'جانفييه'],
  [2, 'فبرير'],
  [2, 'فيفرى'],
  [4, 'ابريل'],
  [4, 'إبريل'],
  [5, 'مايو'],
  [6, 'يونيه'],
  [6, 'يونية'],
  [6, 'جوان'],
  [7, 'يوليه'],
  [7, 'يولية'],
  [7, 'جويليه'],
  [7, 'جويلة'],
  [8, 'اغسطس'],
  [8, 'أغسطوس'],
  [8, 'اوت'],
  [9, 'سبتمر'],
  [9, 'شتنبر'],
  [10, 'تشرين أول'],
  [11, 'نوفمبر'],
  [11, 'نونبر'],
  [11, 'تشرين ثاني'],
  [12, 'كانون أول'],
  [12, 'دجنبر'],
]

function intlMonths(locale: string, calendar?: string): string[] {
  const f = new Intl.DateTimeFormat(`${locale}${calendar ? `-u-ca-${calendar}` : ''}`, {
    month: 'long',
    timeZone: 'UTC',
  })
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2022, i, 15))))
}

function buildGregorian(): MonthName[] {
  const out: MonthName[] = []
  for (const [locale, series] of INTL_SERIES) {
    intlMonths(locale).forEach((name, i) => out.push({ name, month: i + 1, series }))
  }
  for (const [month, name] of EXTRA_MONTHS) out.push({ name, month, series: 'extra' })
  return dedupe(out)
}

/** Hijri month names, 1 = محرم ... 12 = ذو الحجة, with common variant spellings. */
const HIJRI_EXTRA: [number, string][] = [
  [1, 'محرم الحرام'],
  [2, 'صفر الخير'],
  [3, 'ربيع أول'],
  [3, 'ربيع الاول'],
  [4, 'ربيع الثاني'],
  [4, 'ربيع ثاني'],
  [4, 'ربيع الآخر'],
  [5, 'جمادى الأولى'],
  [5, 'جمادى الأول'],
  [5, 'جمادي الاولى'],
  [6, 'جمادى الآخرة'],
  [6, 'جمادى الثانية'],
  [6, 'جمادى الآخر'],
  [6, 'جمادى الثاني'],
  [7, 'رجب'],
  [8, 'شعبان'],
  [9, 'رمضان'],
  [9, 'رمضان المبارك'],
  [10, 'شوال'],
  [11, 'ذو القعدة'],
  [11, 'ذي القعدة'],
  [12, 'ذو الحجة'],
  [12, 'ذي الحجة'],
]

function buildHijri(): MonthName[] {
  // Intl's islamic-umalqura month names, read off the first day of each Hijri month of 1443.
  const f = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', {
    month: 'long',
    timeZone: 'UTC',
  })
  const num = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    month: 'numeric',
    timeZone: 'UTC',
  })
  const out: MonthName[] = []
  for (let d = 0; d < 366; d += 5) {
    const date = new Date(Date.UTC(2021, 7, 10 + d))
    out.push({ name: f.format(date), month: Number(num.format(date)), series: 'extra' })
  }
  for (const [month, name] of HIJRI_EXTRA) out.push({ name, month, series: 'extra' })
  return dedupe(out)
}

function dedupe(list: MonthName[]): MonthName[] {
  const seen = new Set<string>()
  return list.filter((m) => {
    const k = `${m.month}:${matchKey(m.name)}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

export const GREGORIAN_MONTHS: readonly MonthName[] = buildGregorian()
export const HIJRI_MONTHS: readonly MonthName[] = buildHijri()

/** Weekdays, 0 = Sunday (الأحد) ... 6 = Saturday (السبت), with common variant spellings. */
export const WEEKDAYS: readonly { name: string; day: number }[] = [
  ...['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map((name, day) => ({
    name,
    day,
  })),
  { name: 'الإثنين', day: 1 },
  { name: 'الاتنين', day: 1 },
  { name: 'الثلاثا', day: 2 },
  { name: 'الاربعا', day: 3 },
]

const MONTH_INDEX = new Map(GREGORIAN_MONTHS.map((m) => [matchKey(m.name), m.month]))
const HIJRI_INDEX = new Map(HIJRI_MONTHS.map((m) => [matchKey(m.name), m.month]))
const WEEKDAY_INDEX = new Map(WEEKDAYS.map((w) => [matchKey(w.name), w.day]))

/** 1..12 for a Gregorian month name in any series, or undefined. */
export function gregorianMonth(word: string): number | undefined {
  return MONTH_INDEX.get(matchKey(word))
}

/** 1..12 for a Hijri month name, or undefined. */
export function hijriMonth(word: string): number | undefined {
  return HIJRI_INDEX.get(matchKey(word))
}

/** 0 (Sunday)..6 for a weekday name with or without its article, or undefined. */
export function weekday(word: string): number | undefined {
  const k = matchKey(word)
  return WEEKDAY_INDEX.get(k) ?? WEEKDAY_INDEX.get(`ال${k}`)
}

/**
 * A regex alternation source matching any of the given names as written in text: alef, ya, ta
 * marbuta and hamza-seat variants, optional diacritics and tatweel between letters, and one or
 * more spaces, hyphens or nothing at word breaks. Longest names first, so "كانون الثاني" wins
 * over "كانون". Use it with the `u` flag.
 */
export function namesPattern(names: readonly string[]): string {
  const variants: Record<string, string> = {
    ا: '[اأإآٱ]',
    أ: '[اأإآٱ]',
    إ: '[اأإآٱ]',
    آ: '[اأإآٱ]',
    ي: '[يى]',
    ى: '[يى]',
    ه: '[هة]',
    ة: '[هة]',
    ف: '[فڤ]',
    ك: '[كگک]',
  }
  const marks = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*'
  const keys = [...new Set(names.map(matchKey))].sort((a, b) => b.length - a.length)
  return keys
    .map((k) =>
      [...k]
        .map((ch) => (ch === ' ' ? '[\\s\\-]*' : (variants[ch] ?? escapeRegex(ch)) + marks))
        .join(''),
    )
    .join('|')
}

/**
 * `namesPattern` for text already folded with `matchKey` (one spelling per letter, no diacritics).
 * The names are laid out as a trie ("كانون(?:\\s+(?:الثاني|الاول))?"), so a position that starts no
 * name fails on its first letter: scanning a whole article stays cheap. Longer names still win
 * (every optional tail is greedy); a space matches one or more spaces.
 */
export function keyNamesPattern(names: readonly string[]): string {
  interface Node {
    next: Map<string, Node>
    end: boolean
  }
  const root: Node = { next: new Map(), end: false }
  for (const key of new Set(names.map(matchKey))) {
    let node = root
    for (const ch of key) {
      if (!node.next.has(ch)) node.next.set(ch, { next: new Map(), end: false })
      node = node.next.get(ch)!
    }
    node.end = true
  }
  const serialize = (node: Node): string => {
    const branches = [...node.next].map(
      ([ch, child]) => (ch === ' ' ? '\\s+' : escapeRegex(ch)) + serialize(child),
    )
    if (!branches.length) return ''
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
    return node.end ? `(?:${body})?` : body
  }
  return serialize(root)
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// ---------------------------------------------------------------------------------------------
// English names, for datelines of English articles and pages ("January 8, 2022", "Sat, 8 Jan").

function intlNames(options: Intl.DateTimeFormatOptions, dates: Date[]): string[] {
  const f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' })
  return dates.map((d) => f.format(d))
}

const MONTH_DATES = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2022, i, 15)))
// 2022-01-02 was a Sunday: index = day number, 0 = Sunday, as in WEEKDAYS.
const WEEK_DATES = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2022, 0, 2 + i)))

/** English month names, long and short ("January", "Jan", "Sept"), 1..12. */
export const ENGLISH_MONTHS: readonly { name: string; month: number }[] = [
  ...intlNames({ month: 'long' }, MONTH_DATES).map((name, i) => ({ name, month: i + 1 })),
  ...intlNames({ month: 'short' }, MONTH_DATES).map((name, i) => ({ name, month: i + 1 })),
  { name: 'Sept', month: 9 },
]

/** English weekday names, long and short, 0 = Sunday. */
export const ENGLISH_WEEKDAYS: readonly { name: string; day: number }[] = [
  ...intlNames({ weekday: 'long' }, WEEK_DATES).map((name, day) => ({ name, day })),
  ...intlNames({ weekday: 'short' }, WEEK_DATES).map((name, day) => ({ name, day })),
]

const ENGLISH_MONTH_INDEX = new Map(ENGLISH_MONTHS.map((m) => [m.name.toLowerCase(), m.month]))
const ENGLISH_WEEKDAY_INDEX = new Map(ENGLISH_WEEKDAYS.map((w) => [w.name.toLowerCase(), w.day]))

/** 1..12 for an English month name or abbreviation (any case, trailing dot allowed). */
export function englishMonth(word: string): number | undefined {
  return ENGLISH_MONTH_INDEX.get(word.toLowerCase().replace(/\.$/, ''))
}

/** 0 (Sunday)..6 for an English weekday name or abbreviation. */
export function englishWeekday(word: string): number | undefined {
  return ENGLISH_WEEKDAY_INDEX.get(word.toLowerCase().replace(/\.$/, ''))
}
