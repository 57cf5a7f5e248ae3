/**
 * Building blocks of the Arabic temporal patterns (chrono-node's `constants.ts`): word lists as
 * data, regex sources made from them, and the small readers that turn a matched piece back into
 * numbers. Calendar names and number words come from the shared lexicons; this file only adds
 * what is temporal-specific (units, parts of the day, relative qualifiers).
 *
 * Every regex source here is written in plain Arabic and is folded by `wordPattern` (see
 * text.ts), so it is matched against folded text: write "الساعة", it matches "الساعه" and "الساعةِ".
 */
import {
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  WEEKDAYS,
  keyNamesPattern,
  matchKey,
  weekday,
} from '../lexicon/calendar'
import {
  CARDINAL_WORDS,
  NUMBER_WORDS_KEY_PATTERN,
  ORDINAL_WORDS,
  cardinalValue,
  numberWordsValue,
} from '../lexicon/numbers'
import { foldPattern } from './text'
import type { PartOfDay, Unit } from './types'

/**
 * Letters of the folded text, as a character-class body (Latin, Greek, Cyrillic, Arabic). Explicit
 * ranges rather than `\p{L}`: a Unicode property class makes a pattern many times slower to
 * compile, and a worker compiles every pattern on its first article.
 */
export const LETTER =
  'a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06EE-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF'
/** Letters, digits (ASCII once folded) and "_". */
export const WORD = `${LETTER}0-9_`

/**
 * Left edge: not inside a word. Group 1 holds a conjunction (و، ف) and/or a preposition (ب، ل، ك)
 * glued to the expression: they stay outside it ("وأمس" → "أمس"), except the و of "واحد وعشرين".
 * Unicode-aware, after chrono's Russian locale: `\b` and `\W` treat Arabic letters as non-word
 * characters.
 */
export const LEFT = String.raw`(?<![${WORD}])((?:[وف](?!احد\s+و)[بلك]?|[بلك])?)`
export const RIGHT = String.raw`(?![${WORD}])`
/** The article, whose alef drops after the preposition ل ("لليوم" = ل + اليوم). */
export const ART = '(?:ال|(?<=ل)ل)'

/** A parser's pattern: left edge and clitics (group 1), the body, the right edge; folded. */
export function wordPattern(body: string): RegExp {
  return new RegExp(foldPattern(`${LEFT}(?:${body})${RIGHT}`), 'gu')
}

/**
 * An alternation of words (longest first), as a non-capturing group. The text is folded, so the
 * folded forms are enough (`keyNamesPattern`); hamza and ta marbuta variants all fold alike.
 */
export function alt(words: readonly string[]): string {
  return `(?:${keyNamesPattern(words)})`
}

const squash = (s: string) => matchKey(s).replace(/[\s-]+/g, '')

// ---------------------------------------------------------------------------------------------
// Calendar names (from lexicon/calendar.ts)

export const MONTH_NAME = alt(GREGORIAN_MONTHS.map((m) => m.name))
const MONTH_BY_KEY = new Map(GREGORIAN_MONTHS.map((m) => [squash(m.name), m.month]))
/** 1..12 for a Gregorian month name as matched (any series, any spacing). */
export function monthNumber(text: string): number | undefined {
  return MONTH_BY_KEY.get(squash(text))
}

/**
 * Month names that are also everyday words: مارس "he practised", آب/أب "father", ماي, نيسان (the
 * car maker), جوان (a first name). Alone they need a cue (في، شهر، منذ...) or a day or a year.
 */
export const WEAK_MONTHS: ReadonlySet<string> = new Set(
  ['مارس', 'آب', 'ماي', 'نيسان', 'جوان', 'أوت', 'تموز'].map(squash),
)
export function isWeakMonth(text: string): boolean {
  return WEAK_MONTHS.has(squash(text))
}

export const HIJRI_MONTH_NAME = alt(HIJRI_MONTHS.map((m) => m.name))
const HIJRI_BY_KEY = new Map(HIJRI_MONTHS.map((m) => [squash(m.name), m.month]))
export function hijriMonthNumber(text: string): number | undefined {
  return HIJRI_BY_KEY.get(squash(text))
}

export const WEEKDAY_NAME = alt(WEEKDAYS.map((w) => w.name))
/** Weekday names without the article, as in "ثاني أربعاء" and "كل جمعة". */
export const WEEKDAY_BARE = alt(WEEKDAYS.map((w) => matchKey(w.name).replace(/^ال/, '')))
export function weekdayNumber(text: string): number | undefined {
  return weekday(text.replace(/^يوم\s+/, ''))
}

// ---------------------------------------------------------------------------------------------
// Numbers

export const NUMBER_WORDS = NUMBER_WORDS_KEY_PATTERN

/** Value of digits or number words; undefined when it is neither. */
export function numberValue(text: string): number | undefined {
  const digits = /^(?:ال)?(\d+(?:\.\d+)?)$/.exec(text.trim())
  if (digits) return Number(digits[1])
  return numberWordsValue(text)
}

/**
 * A number from 1 to 12 in words, cardinal or ordinal, teens included: clock hours ("الثالثة",
 * "الحادية عشرة") and month numbers ("شهر ثلاثة", "الشهر الثامن").
 */
export const HOUR_WORDS = (() => {
  const ten = `\\s+${alt(['عشر', 'عشرة'])}`
  const cardinals = CARDINAL_WORDS.filter((w) => (cardinalValue(w) ?? 99) <= 10)
  // With the article an hour is an ordinal ("الثالثة"): "الاثنين" and "الأحد" are weekdays.
  return (
    `(?:(?:ال)?${alt([...ORDINAL_WORDS, 'واحدة'])}(?:${ten})?` +
    `|${alt(cardinals)}(?:${ten})?` +
    `|${alt(['أحد', 'إحدى', 'اثنا', 'اثنتا', 'اثني', 'اثنتي'])}${ten})(?![${LETTER}])`
  )
})()

export const ORDINAL_BARE = alt(['أول', 'ثاني', 'ثان', 'ثالث', 'رابع', 'خامس'])
export const LAST = alt(['آخر', 'أخير', 'الأخير', 'الأخيرة', 'الاخر'])
/** n for an ordinal word, -1 for "last" words. */
export function ordinalOrLast(text: string): number | undefined {
  const key = matchKey(text)
  if (/^(?:ال)?(?:اخر|اخير|اخيره)$/.test(key)) return -1
  return numberWordsValue(text)
}

// ---------------------------------------------------------------------------------------------
// Relative qualifiers: الماضي / المقبل / الحالي after a unit, a weekday or a month

const QUALIFIER_FORMS: [shift: number, words: string[]][] = [
  [2, ['بعد القادم', 'بعد المقبل', 'بعد القادمة', 'بعد المقبلة']],
  [-2, ['قبل الماضي', 'قبل الماضية']],
  [
    -1,
    [
      'الماضي',
      'الماضية',
      'الماض',
      'المنصرم',
      'المنصرمة',
      'الفائت',
      'الفائتة',
      'المنقضي',
      'المنقضية',
      'الفارط',
      'الفارطة',
      'السابق',
      'السابقة',
    ],
  ],
  [
    1,
    [
      'المقبل',
      'المقبلة',
      'القادم',
      'القادمة',
      'الجاي',
      'الجاية',
      'الآتي',
      'الآتية',
      'التالي',
      'التالية',
    ],
  ],
  [0, ['الحالي', 'الحالية', 'الجاري', 'الجارية', 'هذا', 'هذه']],
]
export const QUALIFIER = alt(QUALIFIER_FORMS.flatMap(([, w]) => w))
/** Qualifiers that follow a name ("يناير الماضي"): not the demonstratives, which come first. */
export const QUALIFIER_AFTER = alt(
  QUALIFIER_FORMS.flatMap(([, w]) => w).filter((w) => w !== 'هذا' && w !== 'هذه'),
)
const QUALIFIERS = new Map(QUALIFIER_FORMS.flatMap(([n, ws]) => ws.map((w) => [matchKey(w), n])))
export function qualifierShift(text: string): number | undefined {
  return QUALIFIERS.get(matchKey(text))
}
/** السابق / التالي count from the story's date ("في اليوم التالي"), the others from the writing. */
export function isNarrativeQualifier(text: string): boolean {
  return /^ال(?:سابق|تالي)/.test(matchKey(text))
}

/** Plural and dual qualifiers: "الأيام الثلاثة الماضية", "اليومين الماضيين". */
const PLURAL_QUALIFIER_FORMS: [-1 | 1, string[]][] = [
  [
    -1,
    ['الماضية', 'الماضيين', 'الماضيان', 'الأخيرة', 'الأخيرين', 'المنصرمة', 'الفائتة', 'السابقة'],
  ],
  [
    1,
    ['المقبلة', 'المقبلين', 'القادمة', 'القادمين', 'التالية', 'الآتية', 'المقبلتين', 'القادمتين'],
  ],
]
export const PLURAL_QUALIFIER = alt(PLURAL_QUALIFIER_FORMS.flatMap(([, w]) => w))
const PLURAL_QUALIFIERS = new Map(
  PLURAL_QUALIFIER_FORMS.flatMap(([n, ws]) => ws.map((w) => [matchKey(w), n])),
)
export function pluralQualifierSign(text: string): -1 | 1 | undefined {
  return PLURAL_QUALIFIERS.get(matchKey(text))
}

// ---------------------------------------------------------------------------------------------
// Time units: singular, accusative, plural and dual forms (the dual carries its count)

const UNIT_FORMS: [Unit, count: number | undefined, words: string[]][] = [
  ['day', undefined, ['يوم', 'يوما', 'أيام']],
  ['day', 2, ['يومين', 'يومان']],
  ['week', undefined, ['أسبوع', 'أسبوعا', 'أسابيع']],
  ['week', 2, ['أسبوعين', 'أسبوعان']],
  ['month', undefined, ['شهر', 'شهرا', 'أشهر', 'شهور']],
  ['month', 2, ['شهرين', 'شهران']],
  ['year', undefined, ['عام', 'عاما', 'أعوام', 'سنة', 'سنوات', 'سنين', 'سنون']],
  ['year', 2, ['عامين', 'عامان', 'سنتين', 'سنتان']],
  ['hour', undefined, ['ساعة', 'ساعات']],
  ['hour', 2, ['ساعتين', 'ساعتان']],
  ['minute', undefined, ['دقيقة', 'دقائق']],
  ['minute', 2, ['دقيقتين', 'دقيقتان']],
  ['second', undefined, ['ثانية', 'ثوان', 'ثواني']],
  ['second', 2, ['ثانيتين', 'ثانيتان']],
]
/** Decades and centuries count in years. */
const LONG_UNIT_FORMS: [years: number, count: number | undefined, words: string[]][] = [
  [10, undefined, ['عقد', 'عقود']],
  [10, 2, ['عقدين', 'عقدان']],
  [100, undefined, ['قرن', 'قرون']],
  [100, 2, ['قرنين', 'قرنان']],
]

export const UNIT = alt([
  ...UNIT_FORMS.flatMap(([, , w]) => w),
  ...LONG_UNIT_FORMS.flatMap(([, , w]) => w),
])
export const DUAL_UNIT = alt([
  ...UNIT_FORMS.filter(([, n]) => n === 2).flatMap(([, , w]) => w),
  ...LONG_UNIT_FORMS.filter(([, n]) => n === 2).flatMap(([, , w]) => w),
])
const UNITS = new Map<string, { unit: Unit; count?: number; scale: number }>()
for (const [unit, count, words] of UNIT_FORMS)
  for (const w of words) UNITS.set(matchKey(w), { unit, count, scale: 1 })
for (const [years, count, words] of LONG_UNIT_FORMS)
  for (const w of words) UNITS.set(matchKey(w), { unit: 'year', count, scale: years })

/** The unit of a unit word, with the count a dual carries and the scale of decades/centuries. */
export function unitOf(text: string): { unit: Unit; count?: number; scale: number } | undefined {
  return UNITS.get(matchKey(text).replace(/^ال/, ''))
}

const DESIGNATOR: Record<Unit, string> = {
  year: 'Y',
  quarter: 'Q',
  month: 'M',
  week: 'W',
  day: 'D',
  hour: 'H',
  minute: 'M',
  second: 'S',
}

/** TIMEX3 duration value: (3, 'day') → "P3D", (24, 'hour') → "PT24H", 'X' for a vague count. */
export function durationValue(n: number | 'X', unit: Unit): string {
  const t = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'T' : ''
  return `P${t}${n}${DESIGNATOR[unit]}`
}

// ---------------------------------------------------------------------------------------------
// Parts of the day

/** Construct forms written before a day: "صباح الخميس", "ليل الثلاثاء". */
const PART_PREFIX_FORMS: [PartOfDay, string[]][] = [
  ['MO', ['صباح', 'صبيحة', 'فجر', 'ضحى']],
  ['MI', ['ظهر', 'ظهيرة', 'منتصف نهار']],
  ['AF', ['عصر', 'بعد ظهر']],
  ['EV', ['مساء', 'عشية', 'أمسية', 'مغرب']],
  ['NI', ['ليل', 'ليلة', 'منتصف ليل', 'منتصف ليلة']],
]
/** Adverbs and phrases written after a day or a clock time: "أمس مساء", "الساعة 3 عصرا". */
const PART_SUFFIX_FORMS: [PartOfDay, string[]][] = [
  ['MO', ['صباحا', 'فجرا', 'الفجر', 'الصبح', 'صبحا', 'ضحى', 'قبل الظهر', 'قبل الظهيرة', 'الصباح']],
  ['MI', ['ظهرا', 'الظهر', 'الظهيرة', 'وقت الغداء', 'موعد الغداء']],
  ['AF', ['عصرا', 'العصر', 'بعد الظهر', 'بعد الظهيرة', 'بعد العصر', 'قبل المغرب']],
  ['EV', ['مساء', 'مساءا', 'المساء', 'بعد المغرب', 'المغرب', 'العشاء', 'بعد العشاء']],
  ['NI', ['ليلا', 'الليل', 'في الليل', 'بعد منتصف الليل']],
]
// "صباح اليوم" is a prefix joined to "اليوم" (ARMergePartOfDayRefiner), so that "مساء اليوم
// الأحد" keeps its weekday.
const PART_DEICTIC_FORMS: [PartOfDay, string[]][] = [
  ['MO', ['هذا الصباح']],
  ['EV', ['هذا المساء']],
  ['NI', ['هذه الليلة', 'الليلة']],
]

export const PART_PREFIX = alt(PART_PREFIX_FORMS.flatMap(([, w]) => w))
export const PART_SUFFIX = alt([
  ...PART_SUFFIX_FORMS.flatMap(([, w]) => w),
  ...PART_DEICTIC_FORMS.flatMap(([, w]) => w),
])
export const PART_DEICTIC = alt(PART_DEICTIC_FORMS.flatMap(([, w]) => w))
const PARTS = new Map<string, PartOfDay>()
for (const [part, words] of [...PART_PREFIX_FORMS, ...PART_DEICTIC_FORMS, ...PART_SUFFIX_FORMS])
  for (const w of words) if (!PARTS.has(matchKey(w))) PARTS.set(matchKey(w), part)

/** The part of the day a part word names ("مساء" → EV, "بعد الظهر" → AF). */
export function partOf(text: string): PartOfDay | undefined {
  const key = matchKey(text).replace(/^(?:هذا|هذه)\s+/, '')
  return PARTS.get(key) ?? PARTS.get(key.replace(/^ال/, '')) ?? PARTS.get(matchKey(text))
}

/**
 * The 24-hour hour of a 12-hour clock reading in a part of the day: 3 عصرا → 15, 11 ليلا → 23,
 * 2 ليلا → 2, 12 ظهرا → 12.
 */
export function hourInPart(hour: number, part: PartOfDay): number {
  if (hour > 12) return hour
  switch (part) {
    case 'MO':
      return hour === 12 ? 0 : hour
    case 'MI':
      return hour === 12 || hour >= 10 ? hour : hour + 12
    case 'AF':
      return hour === 12 ? 12 : hour + 12
    case 'EV':
      return hour === 12 ? 12 : hour + 12
    case 'NI':
      return hour === 12 ? 0 : hour <= 4 ? hour : hour + 12
  }
}

// ---------------------------------------------------------------------------------------------
// Month references: a name, "شهر 3", "الشهر الثامن", "هذا الشهر", "الشهر المقبل"

export const MONTH_SPEC =
  `(?:(?:ال)?شهر\\s+)?${MONTH_NAME}` +
  `|(?:ال)?شهر\\s+(?:\\d{1,2}|${HOUR_WORDS}|${QUALIFIER})` +
  `|هذا\\s+الشهر`

/** A month reference read back: a month number, or a shift from the reference month. */
export function monthSpecValue(text: string): { month?: number; shift?: number } | undefined {
  const key = matchKey(text)
  if (/^هذا\s+الشهر$/.test(key)) return { shift: 0 }
  const named = monthNumber(key.replace(/^(?:ال)?شهر\s+/, ''))
  if (named) return { month: named }
  const rest = key.replace(/^(?:ال)?شهر\s+/, '')
  const shift = qualifierShift(rest)
  if (shift !== undefined && key.startsWith('الشهر')) return { shift }
  if (/^(?:واحد|واحده)$/.test(rest)) return undefined // "شهر واحد" is a duration
  const n = numberValue(rest)
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12 ? { month: n } : undefined
}

/**
 * A year after a date: "2022", "، 2022م", "من عام 2014", "لعام 2014", "سنة 2015", or a relative
 * year ("السنة القادمة").
 */
export const YEAR_TAIL =
  `(?:[\\s,،/-]*(?:(?:من|في|ل|ب)\\s*)?(?:(?:ال)?(?:عام|سنة)\\s*)?(\\d{4})(?:\\s*(?:م|ميلادي|ميلادية|للميلاد))?(?!\\d)` +
  `|\\s+((?:من\\s+)?(?:(?:ال)?(?:عام|سنة)\\s+${QUALIFIER_AFTER}|(?:هذا|هذه)\\s+(?:ال)?(?:عام|سنة))))`

/** Year (absolute) or year shift from a YEAR_TAIL match's two groups. */
export function yearTailValue(
  digits: string | undefined,
  relative: string | undefined,
): { year?: number; yearShift?: number } {
  if (digits) return { year: Number(digits) }
  if (relative) {
    const words = matchKey(relative).split(/\s+/)
    return { yearShift: words.map(qualifierShift).find((n) => n !== undefined) ?? 0 }
  }
  return {}
}

const RE_LAST_WORD = new RegExp(`([${LETTER}]+)[^${LETTER}\\n]*$`, 'u')
// WORD is built from explicit ranges on purpose (see LETTER): \w would drop the Arabic letters.
// eslint-disable-next-line regexp/prefer-w
const RE_FIRST_WORD = new RegExp(`^[^${WORD}\\n]*([${WORD}]+)`, 'u')

/** The word before `index` in the folded text (without clitics), for context checks. */
export function wordBefore(text: string, index: number): string {
  const m = RE_LAST_WORD.exec(text.slice(Math.max(0, index - 40), index))
  return m ? m[1]! : ''
}

/** The word after `index` in the folded text. */
export function wordAfter(text: string, index: number): string {
  const m = RE_FIRST_WORD.exec(text.slice(index, index + 40))
  return m ? m[1]! : ''
}

/** Words that introduce a time expression: a bare month or year after them is a date. */
export const TEMPORAL_CUES = new Set(
  [
    'في',
    'فى',
    'منذ',
    'خلال',
    'حتى',
    'حتي',
    'مطلع',
    'أوائل',
    'أواخر',
    'منتصف',
    'أواسط',
    'بداية',
    'نهاية',
    'مستهل',
    'شهر',
    'غرة',
    'قبل',
    'بعد',
    'إلى',
    'الى',
    'لغاية',
    'بحلول',
    'طيلة',
    'طوال',
    'موعد',
    'منتصف',
  ].map(matchKey),
)
