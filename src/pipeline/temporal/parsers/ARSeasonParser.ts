/**
 * Seasons and quarters: "الصيف", "صيف 2016", "الشتاء الماضي", "هذا الربيع", "الربع الثالث من عام
 * 2016", "الربع الأخير من العام الماضي", "النصف الثاني من العام" (TIMEX3 "2016-SU", "2016-Q3",
 * "2022-H2"). Not "الربيع العربي".
 */
import { matchKey } from '../../lexicon/calendar'
import {
  QUALIFIER_AFTER,
  YEAR_TAIL,
  qualifierShift,
  wordAfter,
  wordPattern,
  yearTailValue,
} from '../constants'
import type { DateSpec, Parser, Season } from '../types'

const SEASONS: Record<string, [Season, startMonth: number]> = {
  ربيع: ['SP', 3],
  صيف: ['SU', 6],
  خريف: ['FA', 9],
  شتاء: ['WI', 12],
}
const QUARTERS: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4, اخير: 4 }
const HALVES: Record<string, number> = { اول: 1, ثاني: 2, اخير: 2 }

const THIS_GROUP = 2
const ARTICLE_GROUP = 3
const SEASON_GROUP = 4
const SEASON_YEAR_GROUP = 5
const SEASON_QUALIFIER_GROUP = 6
const PIECE_GROUP = 7
const QUARTER_GROUP = 8
const QUARTER_YEAR_GROUP = 9
const QUARTER_RELATIVE_YEAR_GROUP = 10

export default {
  name: 'ARSeasonParser',
  pattern: wordPattern(
    `(?:(هذا|هذه)\\s+)?(ال)?(ربيع|صيف|خريف|شتاء)` +
      `(?:\\s+(?:(?:من\\s+)?(?:ال)?(?:عام|سنة)\\s+)?(\\d{4})|\\s+(${QUALIFIER_AFTER}))?` +
      `|(?:ال)?(ربع|نصف)\\s+(?:ال)?(أول|ثاني|ثالث|رابع|أخير)` +
      `(?:(?:\\s+(?:من|في))?${YEAR_TAIL}|\\s+(?:من|في)\\s+(?:ال)?(?:عام|سنة)(?![\\s,،/-]*(?:\\d|ألف)))`,
  ),
  extract(match, { text }) {
    if (match[QUARTER_GROUP]) {
      const half = matchKey(match[PIECE_GROUP]!) === 'نصف'
      const q = (half ? HALVES : QUARTERS)[matchKey(match[QUARTER_GROUP])]
      if (!q) return null
      // With no year ("الربع الأول من العام") the year is the current one.
      const year = yearTailValue(match[QUARTER_YEAR_GROUP], match[QUARTER_RELATIVE_YEAR_GROUP])
      const start: DateSpec = half
        ? { month: 6 * q - 5, grain: 'half' }
        : { month: 3 * q - 2, grain: 'quarter' }
      if (year.year !== undefined) start.year = year.year
      else {
        start.shift = { unit: 'year', n: year.yearShift ?? 0 }
        start.relativeTo = 'speech'
      }
      return { type: 'DATE', start }
    }
    const [season, month] = SEASONS[matchKey(match[SEASON_GROUP]!)] ?? []
    if (!season || !month) return null
    const yearText = match[SEASON_YEAR_GROUP]
    const qualifier = match[SEASON_QUALIFIER_GROUP]
    if (!match[ARTICLE_GROUP] && !yearText && !qualifier) return null
    if (wordAfter(text, match.index + match[0].length) === 'العربي') return null // the Arab Spring
    const start: DateSpec = { season, month, grain: 'season' }
    if (yearText) start.year = Number(yearText)
    else if (match[THIS_GROUP]) {
      start.shift = { unit: 'year', n: 0 }
      start.relativeTo = 'speech'
    } else {
      start.occurrences = (y) => [{ start: { y, m: month, d: 21 } }]
      const n = qualifier ? qualifierShift(qualifier) : undefined
      if (n) {
        start.direction = n < 0 ? 'past' : 'future'
        start.strict = true
        if (Math.abs(n) > 1) start.skip = Math.abs(n) - 1
      }
    }
    return { type: 'DATE', start }
  },
} satisfies Parser
