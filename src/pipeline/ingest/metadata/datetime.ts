import {
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  WEEKDAYS,
  englishMonth,
  englishWeekday,
  gregorianMonth,
  hijriMonth,
  namesPattern,
  weekday,
} from '../../lexicon/calendar'
import { toAsciiDigits } from '../../normalize/arabic'

/**
 * Dates and times as news pages print them in datelines: "السبت، 08 يناير 2022 07:00 ص",
 * "2022.01.05 | 15:34", "8/1/2022", "23 رجب 1443 هـ الموافق 24 فبراير 2022 م", "January 8, 2022".
 * Each pattern is one parser with named groups (chrono-node's layout); a match is checked as a
 * real calendar day. Digits are folded to ASCII first (same length, so offsets hold).
 */

export interface DateMatch {
  /** YYYY-MM-DD (Gregorian; Hijri dates are converted). */
  date: string
  calendar: 'gregorian' | 'hijri'
  start: number
  end: number
  rule: string
}

export interface TimeMatch {
  /** HH:MM, 24-hour. */
  time: string
  start: number
  end: number
}

export interface WeekdayMatch {
  day: number
  name: string
  start: number
  end: number
}

const L = '(?<![\\p{L}\\p{M}])'
// Before a number: a word start, or a one-letter prefix (و7 يناير, ب5 مارس).
const L_NUM = '(?<=^|[^\\p{L}\\p{M}\\p{N}]|(?<![\\p{L}\\p{M}])[وفبل])'
const R = '(?![\\p{L}\\p{M}])'
const MONTHS = namesPattern(GREGORIAN_MONTHS.map((m) => m.name))
const HIJRI = namesPattern(HIJRI_MONTHS.map((m) => m.name))
const EN_MONTHS = ENGLISH_MONTHS.map((m) => m.name)
  .sort((a, b) => b.length - a.length)
  .join('|')
const SEP = '[\\s\\-/.،,]*'
// Sites that print both series: "8 يناير/ كانون الثاني 2022", "كانون الثاني (يناير) 2022".
const SECOND_NAME = `(?:\\s*[/(]\\s*(?:${MONTHS})${R}\\s*\\)?)?`

interface DateParser {
  rule: string
  pattern: RegExp
  calendar: 'gregorian' | 'hijri'
  month: (word: string) => number | undefined
}

const DATE_PARSERS: DateParser[] = [
  {
    rule: 'day-month-year',
    pattern: new RegExp(
      `${L_NUM}(?<d>\\d{1,2})${SEP}(?:من\\s+)?(?:شهر\\s+)?(?<m>${MONTHS})${R}${SECOND_NAME}${SEP}(?<y>\\d{4})(?!\\d)`,
      'gu',
    ),
    calendar: 'gregorian',
    month: gregorianMonth,
  },
  {
    rule: 'month-day-year',
    pattern: new RegExp(
      `${L}(?<m>${MONTHS})\\s+(?<d>\\d{1,2})\\s*[،,]\\s*(?<y>\\d{4})(?!\\d)`,
      'gu',
    ),
    calendar: 'gregorian',
    month: gregorianMonth,
  },
  {
    rule: 'hijri',
    pattern: new RegExp(
      `${L_NUM}(?<d>\\d{1,2})${SEP}(?:من\\s+)?(?<m>${HIJRI})${R}${SEP}(?<y>1[3-5]\\d{2})(?!\\d)(?:\\s*(?:هـ|ه)${R})?`,
      'gu',
    ),
    calendar: 'hijri',
    month: hijriMonth,
  },
  {
    rule: 'numeric-ymd',
    pattern:
      /(?<![\d./-])(?<y>(?:19|20)\d{2})\s*(?<s>[./-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<d>\d{1,2})(?!\d)/gu,
    calendar: 'gregorian',
    month: (w) => Number(w),
  },
  {
    // Day first, as Arabic sites print it; the year may run straight into a time ("8/1/202211:27").
    rule: 'numeric-dmy',
    pattern:
      /(?<![\d./-])(?<d>\d{1,2})\s*(?<s>[./-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<y>(?:19|20)\d{2})/gu,
    calendar: 'gregorian',
    month: (w) => Number(w),
  },
  {
    rule: 'english-mdy',
    pattern: new RegExp(
      `\\b(?<m>${EN_MONTHS})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)`,
      'giu',
    ),
    calendar: 'gregorian',
    month: englishMonth,
  },
  {
    rule: 'english-dmy',
    pattern: new RegExp(
      `\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m>${EN_MONTHS})\\.?,?\\s+(?<y>\\d{4})(?!\\d)`,
      'giu',
    ),
    calendar: 'gregorian',
    month: englishMonth,
  },
]

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** "YYYY-MM-DD" when y-m-d is a real Gregorian day in a plausible range, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null
}

const HIJRI_FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
})
const DAY_MS = 86_400_000

/**
 * Gregorian day of an Umm al-Qura Hijri date: an arithmetic estimate, then Intl's calendar to
 * find the exact day within a few days of it.
 */
export function hijriToGregorian(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null
  const estimate =
    Date.UTC(622, 6, 19) + Math.round((y - 1) * 354.36667 + (m - 1) * 29.5306 + d - 1) * DAY_MS
  for (let off = 0; off <= 6; off++) {
    for (const t of [estimate + off * DAY_MS, estimate - off * DAY_MS]) {
      const parts = Object.fromEntries(
        HIJRI_FORMAT.formatToParts(new Date(t)).map((p) => [p.type, p.value]),
      )
      if (Number(parts.year) === y && Number(parts.month) === m && Number(parts.day) === d) {
        return new Date(t).toISOString().slice(0, 10)
      }
    }
  }
  return null
}

/** Every date in the text, left to right, overlapping matches dropped. */
export function findDates(text: string): DateMatch[] {
  const folded = toAsciiDigits(text)
  const found: DateMatch[] = []
  for (const p of DATE_PARSERS) {
    for (const m of folded.matchAll(p.pattern)) {
      const g = m.groups!
      const month = p.month(g.m!)
      if (month === undefined) continue
      const y = Number(g.y)
      const d = Number(g.d)
      const date = p.calendar === 'hijri' ? hijriToGregorian(y, month, d) : isoDate(y, month, d)
      if (!date) continue
      found.push({
        date,
        calendar: p.calendar,
        start: m.index,
        end: m.index + m[0].length,
        rule: p.rule,
      })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.start < m.end && m.start < o.end))
}

const RE_TIME =
  /(?<![\d:])(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2})?(?!\d)(?:\s*(?<ampm>مساء[ًا]?|صباح[ًا]?|ظهر[ًا]?|ص|م|[ap]\.?m\.?)(?![\p{L}\p{M}]))?/giu

/** Clock times ("07:00 ص" → 07:00, "11:27 PM" → 23:27, "15:34"). */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = []
  for (const m of toAsciiDigits(text).matchAll(RE_TIME)) {
    let h = Number(m.groups!.h)
    const min = Number(m.groups!.min)
    const ampm = (m.groups!.ampm ?? '').toLowerCase()
    if (h > 23 || min > 59) continue
    const pm = /^(?:م|ظهر|p)/u.test(ampm) && !(ampm.startsWith('ظهر') && h >= 11)
    if (pm && h < 12) h += 12
    if (/^(?:ص|a)/u.test(ampm) && h === 12) h = 0
    out.push({ time: `${pad(h)}:${pad(min)}`, start: m.index, end: m.index + m[0].length })
  }
  return out
}

const RE_WEEKDAY = new RegExp(
  `${L}(?:يوم\\s+)?(?<w>${namesPattern(WEEKDAYS.map((w) => w.name))})${R}|\\b(?<e>${ENGLISH_WEEKDAYS.map((w) => w.name).join('|')})\\b\\.?`,
  'giu',
)

export function findWeekdays(text: string): WeekdayMatch[] {
  const out: WeekdayMatch[] = []
  for (const m of text.matchAll(RE_WEEKDAY)) {
    const name = m.groups!.w ?? m.groups!.e!
    const day = m.groups!.w ? weekday(name) : englishWeekday(name)
    if (day !== undefined) out.push({ day, name, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** 0 = Sunday for a "YYYY-MM-DD" day, independent of the time zone. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()
}

const EN_WEEKDAY = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' })

export function weekdayName(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return EN_WEEKDAY.format(new Date(Date.UTC(y!, m! - 1, d!)))
}
