/**
 * A month without a day: "يناير 2022", "شهر مارس", "في أيار", "يناير الماضي", "كانون الثاني
 * الجاري", "ديسمبر من العام الماضي", "شهر 3". Month names that are also common words need a cue.
 */
import {
  MONTH_NAME,
  MONTH_SPEC,
  QUALIFIER_AFTER,
  TEMPORAL_CUES,
  YEAR_TAIL,
  isWeakMonth,
  monthNumber,
  monthSpecValue,
  qualifierShift,
  wordBefore,
  wordPattern,
  yearTailValue,
} from '../constants'
import type { Parser } from '../types'
import { monthDateSpec } from './common'

const THIS_GROUP = 2
const MONTH_GROUP = 3
const PAIRED_GROUP = 4
const PAIRED_PAREN_GROUP = 5
const YEAR_GROUP = 6
const RELATIVE_YEAR_GROUP = 7
const QUALIFIER_GROUP = 8

export default {
  name: 'ARMonthNameParser',
  pattern: wordPattern(
    `(?:(هذا|هذه)\\s+)?(${MONTH_SPEC})` +
      `(?:\\s*[/\\-–]\\s*(${MONTH_NAME})|\\s*\\(\\s*(${MONTH_NAME})\\s*\\))?` +
      `(?:${YEAR_TAIL}|\\s+(${QUALIFIER_AFTER}))?`,
  ),
  extract(match, { text }) {
    const monthText = match[MONTH_GROUP]!
    const month = monthSpecValue(monthText)
    // Relative months ("الشهر الماضي") belong to ARRelativeUnitParser.
    if (!month || month.month === undefined) return null
    const qualified =
      match[THIS_GROUP] ||
      /شهر/.test(monthText) ||
      match[PAIRED_GROUP] ||
      match[PAIRED_PAREN_GROUP] ||
      match[YEAR_GROUP] ||
      match[RELATIVE_YEAR_GROUP] ||
      match[QUALIFIER_GROUP]
    if (!qualified && isWeakMonth(monthText)) {
      const before = wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '')
      // "بين يناير ومارس": a month coordinated with the month before it.
      const coordinated = /^و/.test(match[1]!) && monthNumber(before) !== undefined
      if (!TEMPORAL_CUES.has(before) && !/[بل]$/.test(match[1]!) && !coordinated) return null
    }
    const start = monthDateSpec(
      month,
      match[THIS_GROUP]
        ? { yearShift: 0 }
        : yearTailValue(match[YEAR_GROUP], match[RELATIVE_YEAR_GROUP]),
      match[QUALIFIER_GROUP] ? qualifierShift(match[QUALIFIER_GROUP]) : undefined,
    )
    return { type: 'DATE', start }
  },
} satisfies Parser
