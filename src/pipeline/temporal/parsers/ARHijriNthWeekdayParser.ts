/**
 * The nth or last weekday of a Hijri month: "أول جمعة من رمضان", "آخر جمعة من شهر رمضان"
 * (يوم القدس), "ثاني خميس من شهر شعبان". Days are counted in the Gregorian days the month spans.
 */
import { addDays, dayNumber, weekdayOf } from '../dates'
import {
  HIJRI_MONTH_NAME,
  LAST,
  ORDINAL_BARE,
  WEEKDAY_BARE,
  WEEKDAY_NAME,
  hijriMonthNumber,
  ordinalOrLast,
  weekdayNumber,
  wordPattern,
} from '../constants'
import type { Occurrence, Parser } from '../types'
import { hijriOccurrences } from './ARHijriDateParser'

const ORDINAL_GROUP = 2
const WEEKDAY_GROUP = 3
const MONTH_GROUP = 4

export default {
  name: 'ARHijriNthWeekdayParser',
  pattern: wordPattern(
    `(${ORDINAL_BARE}|${LAST})\\s+(?:يوم\\s+)?(${WEEKDAY_BARE}|${WEEKDAY_NAME})` +
      `\\s+(?:من|في|ب)\\s*(?:(?:ال)?شهر\\s+)?(${HIJRI_MONTH_NAME})`,
  ),
  extract(match) {
    const n = ordinalOrLast(match[ORDINAL_GROUP]!)
    const weekday = weekdayNumber(match[WEEKDAY_GROUP]!)
    const month = hijriMonthNumber(match[MONTH_GROUP]!)
    if (!n || n > 5 || weekday === undefined || !month) return null
    const months = hijriOccurrences(month)
    const occurrences = (y: number): Occurrence[] =>
      months(y).flatMap(({ start, end }) => {
        if (!end) return []
        const days: Occurrence[] = []
        for (let d = start; dayNumber(d) <= dayNumber(end); d = addDays(d, 1))
          if (weekdayOf(d) === weekday) days.push({ start: d })
        const day = n < 0 ? days[days.length + n] : days[n - 1]
        return day ? [day] : []
      })
    return { type: 'DATE', start: { occurrences, grain: 'day' } }
  },
} satisfies Parser
