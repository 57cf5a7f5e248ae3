/**
 * Hijri dates: "23 رجب 1443 هـ", "الأول من شهر رمضان", "15 شعبان", "شهر ربيع الأول 1443", "شهر
 * شوال". Converted to Gregorian days through Intl's Umm al-Qura calendar. Month names that are
 * also words or names (رجب، صفر "zero"، شعبان) need a day, a year or "شهر".
 */
import { gregorianToHijri, hijriMonthEnd, hijriToGregorian } from '../hijri'
import {
  HIJRI_MONTH_NAME,
  LETTER,
  QUALIFIER_AFTER,
  NUMBER_WORDS,
  TEMPORAL_CUES,
  wordBefore,
  hijriMonthNumber,
  numberValue,
  qualifierShift,
  wordPattern,
} from '../constants'
import type { DateSpec, Occurrence, Parser } from '../types'

const DAY_GROUP = 2
const OF_GROUP = 3
const MONTH_WORD_GROUP = 4
const MONTH_GROUP = 5
const YEAR_GROUP = 6
const ERA_GROUP = 7
const QUALIFIER_GROUP = 8

/** محرم "forbidden", صفر "zero", رجب and شعبان (first names). */
const WORD_MONTHS = new Set([1, 2, 7, 8])
const MONTH_CLOSES = new RegExp(
  `^\\s*(?:[.!?؟،,؛;:)\\n]|$|(?:${QUALIFIER_AFTER})(?![${LETTER}]))`,
  'u',
)

const ERA = '(?:هـ|ه|هجري|هجرية|للهجرة)'

/** Occurrences of a Hijri day (or whole month when `day` is undefined) in Gregorian year y. */
export function hijriOccurrences(month: number, day?: number): (y: number) => Occurrence[] {
  return (y) => {
    const out: Occurrence[] = []
    const h0 = gregorianToHijri({ y, m: 1, d: 1 }).y
    for (const hy of [h0, h0 + 1]) {
      const start = hijriToGregorian({ y: hy, m: month, d: day ?? 1 })
      if (!start || start.y !== y) continue
      const end = day === undefined ? hijriMonthEnd(hy, month) : null
      out.push(end ? { start, end } : { start })
    }
    return out
  }
}

export default {
  name: 'ARHijriDateParser',
  pattern: wordPattern(
    `(?:((?:ال)?\\d{1,2}|${NUMBER_WORDS})\\s*(من\\s+)?)?((?:ال)?شهر\\s+)?(${HIJRI_MONTH_NAME})` +
      `(?:\\s*[،,]?\\s*(?:(?:من\\s+)?(?:ال)?(?:عام|سنة)\\s+)?(\\d{3,4}))?(?:\\s*(${ERA}))?` +
      `(?:\\s+(${QUALIFIER_AFTER}))?`,
  ),
  extract(match, { text }) {
    const month = hijriMonthNumber(match[MONTH_GROUP]!)
    if (!month) return null
    const dayText = match[DAY_GROUP]
    const day = dayText === undefined ? undefined : numberValue(dayText)
    const yearText = match[YEAR_GROUP]
    const year = yearText ? Number(yearText) : undefined
    if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > 30)) return null
    if (!dayText && !match[MONTH_WORD_GROUP] && !yearText) {
      // "في شوال", "خلال ذي الحجة". The months that are also names or words (محرم، صفر، رجب،
      // شعبان) close their clause or take a qualifier: "في رجب." but not "في رجب طيب أردوغان".
      const before = wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '')
      if (!TEMPORAL_CUES.has(before)) return null
      const end = match.index + match[0].length
      if (WORD_MONTHS.has(month) && !MONTH_CLOSES.test(text.slice(end, end + 16))) return null
    }
    // "الرئيس الأول رجب طيب أردوغان": a number word straight before a month name that is also a
    // first name is no date.
    if (dayText && !/\d/.test(dayText) && !match[OF_GROUP] && !match[MONTH_WORD_GROUP] && !yearText)
      return null
    // "فاز 2 صفر" is a score: صفر needs the month word, a year or the era.
    if (month === 2 && dayText && !match[MONTH_WORD_GROUP] && !yearText && !match[ERA_GROUP])
      return null
    // A year from 1700 is a Gregorian year: "رمضان 2019" is the Ramadan of 2019.
    if (year !== undefined && year >= 1700) {
      const occurrence = hijriOccurrences(month, day)(year)[0]
      if (!occurrence) return null
      return occurrenceResult(occurrence)
    }
    if (year !== undefined) {
      const start = hijriToGregorian({ y: year, m: month, d: day ?? 1 })
      if (!start) return null
      const end = day === undefined ? hijriMonthEnd(year, month) : null
      return occurrenceResult(end ? { start, end } : { start })
    }
    const start: DateSpec = { occurrences: hijriOccurrences(month, day), grain: 'day' }
    // "شعبان الماضي", "رجب المقبل": the last one before the reference, or the next one after it.
    const shift = match[QUALIFIER_GROUP] ? qualifierShift(match[QUALIFIER_GROUP]) : undefined
    if (shift) {
      start.direction = shift < 0 ? 'past' : 'future'
      start.strict = true
      if (Math.abs(shift) > 1) start.skip = Math.abs(shift) - 1
    }
    return { type: 'DATE', start }
  },
} satisfies Parser

function occurrenceResult(o: Occurrence) {
  const point = (d: { y: number; m: number; d: number }) => ({
    year: d.y,
    month: d.m,
    day: d.d,
    grain: 'day' as const,
  })
  return {
    type: 'DATE' as const,
    start: point(o.start),
    until: o.end ? point(o.end) : undefined,
  }
}
