/** Month before day: "مايو الحادي والعشرين", "أكتوبر/ 2", "يناير 13، 2022". */
import {
  MONTH_NAME,
  NUMBER_WORDS,
  YEAR_TAIL,
  isWeakMonth,
  monthNumber,
  numberValue,
  unitOf,
  wordAfter,
  wordPattern,
  yearTailValue,
} from '../constants'
import type { Parser } from '../types'
import { monthDateSpec } from './common'

const MONTH_GROUP = 2
const DAY_GROUP = 3
const YEAR_GROUP = 4
const RELATIVE_YEAR_GROUP = 5

export default {
  name: 'ARMonthNameMiddleEndianParser',
  pattern: wordPattern(
    `(?:(?:ال)?شهر\\s+)?(${MONTH_NAME})\\s*[/\\-]?\\s*(\\d{1,2}|${NUMBER_WORDS})(?!\\s*[-–:/.]\\s*\\d)(?:${YEAR_TAIL})?`,
  ),
  extract(match, { text }) {
    const month = monthNumber(match[MONTH_GROUP]!)
    const day = numberValue(match[DAY_GROUP]!)
    if (!month || day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return null
    if (isWeakMonth(match[MONTH_GROUP]!)) return null
    // "يناير 13 قتيلا": a count of something, not a day.
    const after = wordAfter(text, match.index + match[0].length)
    if (!match[YEAR_GROUP] && (unitOf(after) || /^\p{L}{3,}$/u.test(after))) return null
    const start = monthDateSpec(
      { month },
      yearTailValue(match[YEAR_GROUP], match[RELATIVE_YEAR_GROUP]),
      undefined,
    )
    start.day = day
    start.grain = 'day'
    return { type: 'DATE', start }
  },
} satisfies Parser
