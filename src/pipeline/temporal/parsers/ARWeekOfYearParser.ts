/**
 * A week of the year: "الأسبوع الأول من عام 2015", "الأسبوع الثالث من العام المقبل", "الأسبوع
 * الأخير من هذا العام", "الأسبوع الثاني من العام" (the current one). ISO weeks (TIMEX3 "2015-W01").
 */
import { addDays, weekStart } from '../dates'
import {
  LAST,
  NUMBER_WORDS,
  QUALIFIER_AFTER,
  ordinalOrLast,
  qualifierShift,
  wordPattern,
} from '../constants'
import type { DateSpec, Parser } from '../types'

const ORDINAL_GROUP = 2
const YEAR_GROUP = 3
const BARE_YEAR_GROUP = 4
const QUALIFIER_GROUP = 5

const YEAR_WORD = '(?:ال)?(?:عام|سنة)'

/** Monday of ISO week n of year y (n = -1: the last week, the one holding 28 December). */
function isoWeekMonday(y: number, n: number) {
  if (n < 0) return weekStart({ y, m: 12, d: 28 })
  return addDays(weekStart({ y, m: 1, d: 4 }), 7 * (n - 1))
}

export default {
  name: 'ARWeekOfYearParser',
  pattern: wordPattern(
    `(?:ال)?أسبوع\\s+(${NUMBER_WORDS}|${LAST})\\s+(?:من|في)\\s+` +
      `(?:${YEAR_WORD}\\s*(\\d{4})|(\\d{4})` +
      `|${YEAR_WORD}\\s+(${QUALIFIER_AFTER})|(?:هذا|هذه)\\s+${YEAR_WORD}|${YEAR_WORD}(?![\\s,،]*(?:\\d|ألف)))`,
  ),
  extract(match) {
    const n = ordinalOrLast(match[ORDINAL_GROUP]!)
    if (n === undefined || n === 0 || n > 53) return null
    const yearText = match[YEAR_GROUP] ?? match[BARE_YEAR_GROUP]
    const occurrences = (y: number) => {
      const start = isoWeekMonday(y, n)
      // Week 53 exists only in some years.
      return n > 52 && addDays(start, 3).y !== y ? [] : [{ start }]
    }
    const start: DateSpec = { grain: 'week', occurrences }
    if (yearText) start.year = Number(yearText)
    else {
      const qualifier = match[QUALIFIER_GROUP]
      start.shift = { unit: 'year', n: qualifier ? (qualifierShift(qualifier) ?? 0) : 0 }
      start.relativeTo = 'speech'
    }
    return { type: 'DATE', start }
  },
} satisfies Parser
