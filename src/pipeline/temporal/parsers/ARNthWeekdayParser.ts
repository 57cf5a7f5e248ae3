/**
 * Calendar positions inside a month: the nth or last weekday ("ثاني أربعاء من شهر أكتوبر",
 * "الثلاثاء الأولى من أكتوبر", "آخر جمعة من الشهر", "آخر اثنين من الشهر القادم"), the nth or
 * last day ("ثالث يوم من شهر عشرة", "اليوم الأخير من شهر عشرة سنة 2015") and the nth or last
 * full week ("أول أسبوع بشهر أكتوبر 2014", "الأسبوع الأخير في سبتمبر").
 */
import {
  LAST,
  MONTH_SPEC,
  NUMBER_WORDS,
  ORDINAL_BARE,
  WEEKDAY_BARE,
  WEEKDAY_NAME,
  YEAR_TAIL,
  monthSpecValue,
  numberValue,
  ordinalOrLast,
  weekdayNumber,
  wordPattern,
  yearTailValue,
  WORD,
} from '../constants'
import type { DateSpec, Parser } from '../types'
import { monthDateSpec } from './common'

const IN = '\\s+(?:من|في|ب)\\s*'
const MONTH = `(${MONTH_SPEC}|الشهر)`

// One head per shape, then the month once (a long pattern is slow to compile).
const A_ORD = 2
const A_DAY = 3
const B_DAY = 4
const B_ORD = 5
const C_ORD = 6
const C_UNIT = 7
const D_UNIT = 8
const D_ORD = 9
const MONTH_GROUP = 10
const YEAR_GROUP = 11
const REL_YEAR_GROUP = 12
const E_WEEKDAY = 13
const E_DAY = 14
const F_DAY = 15

export default {
  name: 'ARNthWeekdayParser',
  pattern: wordPattern(
    '(?:' +
      // ثاني أربعاء من شهر أكتوبر / ثالث يوم ثلاثاء بأيلول
      `(${ORDINAL_BARE}|${LAST})\\s+(?:يوم\\s+)?(${WEEKDAY_BARE}|${WEEKDAY_NAME})` +
      // الثلاثاء الثالث من شهر أيلول
      `|(${WEEKDAY_NAME})\\s+(${NUMBER_WORDS}|${LAST})` +
      // ثالث يوم من شهر عشرة / أول أسبوع بشهر أكتوبر
      `|(${ORDINAL_BARE}|${LAST})\\s+(يوم|أسبوع)` +
      // اليوم الثالث من أكتوبر / الأسبوع الأخير في سبتمبر
      `|(?:ال)?(يوم|أسبوع)\\s+(${NUMBER_WORDS}|${LAST})` +
      `)${IN}${MONTH}(?:${YEAR_TAIL})?` +
      // السبت السادس عشر / الجمعة 22 (a day of the month, nothing after it)
      `|(?:يوم\\s+)?(${WEEKDAY_NAME})\\s+((?:ال)?\\d{1,2}|${NUMBER_WORDS})(?![\\s\\-/.]*[${WORD}])` +
      // يوم 27 (a day of the month, nothing after it)
      `|يوم\\s+(\\d{1,2})(?![\\s\\-/.]*[${WORD}])`,
  ),
  extract(match) {
    if (match[E_WEEKDAY]) return weekdayAndDay(match[E_WEEKDAY], match[E_DAY]!)
    if (match[F_DAY]) {
      const day = Number(match[F_DAY])
      return day >= 1 && day <= 31 ? { type: 'DATE', start: { day, grain: 'day' } } : null
    }
    const ordText = match[A_ORD] ?? match[B_ORD] ?? match[C_ORD] ?? match[D_ORD]!
    const monthText = match[MONTH_GROUP]!
    const n = ordinalOrLast(ordText)
    const month = /^الشهر$/.test(monthText) ? { shift: 0 } : monthSpecValue(monthText)
    if (n === undefined || !month || n === 0) return null
    const start: DateSpec = monthDateSpec(
      month,
      yearTailValue(match[YEAR_GROUP], match[REL_YEAR_GROUP]),
      undefined,
    )
    const weekdayText = match[A_DAY] ?? match[B_DAY]
    const unitText = match[C_UNIT] ?? match[D_UNIT]
    if (weekdayText) {
      const weekday = weekdayNumber(weekdayText)
      if (weekday === undefined) return null
      if (n > 5) {
        // "الثلاثاء التاسع عشر من هذا الشهر": the 19th, a Tuesday.
        if (n > 31) return null
        start.day = n
        start.grain = 'day'
        return { type: 'DATE', start, statedWeekday: weekday }
      }
      start.nth = { n, weekday, unit: 'day' }
      // "الخميس الأول من مارس" may also be "Thursday 1 March": resolve.ts keeps the reading the
      // calendar agrees with.
      if (match[B_DAY] && n > 0) start.day = n
      start.weekday = weekday
      start.grain = 'day'
    } else {
      const week = /سبوع/.test(unitText ?? '')
      if (!week && n > 31) return null
      if (week && n > 5) return null
      if (!week && n > 0) start.day = n
      else start.nth = { n, unit: week ? 'week' : 'day' }
      start.grain = week ? 'week' : 'day'
    }
    return { type: 'DATE', start }
  },
} satisfies Parser

/** "السبت السادس عشر": the 16th of the month around the reference, a Saturday. */
function weekdayAndDay(weekdayText: string, dayText: string) {
  const weekday = weekdayNumber(weekdayText)
  const day = numberValue(dayText)
  if (weekday === undefined || day === undefined || !Number.isInteger(day) || day > 31) return null
  if (weekday === 0 && /^عشر/.test(dayText)) return null // "الأحد عشر" is eleven
  if (day < 1) return null
  if (!/\d/.test(dayText) && day <= 5) {
    // "يوم الأحد الثاني": the second Sunday of this month.
    const start: DateSpec = {
      nth: { n: day, weekday, unit: 'day' },
      shift: { unit: 'month', n: 0 },
      relativeTo: 'speech',
      grain: 'day',
    }
    return { type: 'DATE' as const, start }
  }
  return {
    type: 'DATE' as const,
    start: { day, weekday, grain: 'day' as const },
    statedWeekday: weekday,
  }
}
