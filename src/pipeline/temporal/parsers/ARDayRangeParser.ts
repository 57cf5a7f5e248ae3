/**
 * Ranges of days in one month: "بين يومي 5 - 19 من كانون الثاني الجاري", "13 الى 15 تموز",
 * "من 1-8 شهر أيلول", "يوليو 13-15", "تموز 13 الى 15", "شهر نوفمبر بين 19 و 20", "بين 4 و 22
 * هذا الشهر", "من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر". Ranges between two full
 * dates are joined by ARMergeDateRangeRefiner instead.
 */
import {
  MONTH_NAME,
  MONTH_SPEC,
  NUMBER_WORDS,
  QUALIFIER_AFTER,
  YEAR_TAIL,
  monthNumber,
  monthSpecValue,
  numberValue,
  qualifierShift,
  wordBefore,
  wordPattern,
  yearTailValue,
} from '../constants'
import type { Parser } from '../types'
import { monthDateSpec } from './common'

const DAY = `(?:ال)?\\d{1,2}|${NUMBER_WORDS}`
/** "و" joins two days only after "بين": "الحادي والعشرين" is one number, not a range. */
const TO = '\\s*(-|–|—|/|إلى|الى|حتى|وحتى|لغاية|ولغاية|و)\\s*'

const A_FROM = 2
const A_SEPARATOR = 3
const A_TO = 4
const A_MONTH = 5
const A_YEAR = 6
const A_REL_YEAR = 7
const A_QUALIFIER = 8
const B_MONTH = 9
const B_BETWEEN = 10
const B_FROM = 11
const B_SEPARATOR = 12
const B_TO = 13
const B_YEAR = 14
const B_REL_YEAR = 15

export default {
  name: 'ARDayRangeParser',
  pattern: wordPattern(
    `(?:(?:يومي|أيام|الأيام)\\s+)?(${DAY})${TO}(${DAY})\\s*(?:من\\s+)?(${MONTH_SPEC})(?:${YEAR_TAIL}|\\s+(${QUALIFIER_AFTER}))?` +
      // month first: digits only ("يوليو 13-15"), words there are rare and the pattern stays small
      `|((?:(?:ال)?شهر\\s+)?${MONTH_NAME})\\s*(?:(بين)\\s+|من\\s+)?(\\d{1,2})${TO}(\\d{1,2})(?:${YEAR_TAIL})?`,
  ),
  extract(match, { text }) {
    const separator = match[A_SEPARATOR] ?? match[B_SEPARATOR]
    const between = match[B_BETWEEN] || (match[A_FROM] && wordBefore(text, match.index) === 'بين')
    if (separator === 'و' && !between) return null
    const fromText = match[A_FROM] ?? match[B_FROM]!
    const toText = match[A_TO] ?? match[B_TO]!
    const from = numberValue(fromText)
    const to = numberValue(toText)
    if (from === undefined || to === undefined || !Number.isInteger(from) || !Number.isInteger(to))
      return null
    if (from < 1 || to > 31 || from >= to) return null
    const month = match[A_MONTH]
      ? monthSpecValue(match[A_MONTH])
      : { month: monthNumber(match[B_MONTH]!.replace(/^(?:ال)?شهر\s+/, '')) }
    if (!month || (month.month === undefined && month.shift === undefined)) return null
    const year = yearTailValue(
      match[A_YEAR] ?? match[B_YEAR],
      match[A_REL_YEAR] ?? match[B_REL_YEAR],
    )
    const qualifier = match[A_QUALIFIER] ? qualifierShift(match[A_QUALIFIER]) : undefined
    const start = monthDateSpec(month, year, qualifier)
    const until = monthDateSpec(month, year, qualifier)
    start.day = from
    until.day = to
    start.grain = until.grain = 'day'
    return { type: 'DATE', start, until }
  },
} satisfies Parser
