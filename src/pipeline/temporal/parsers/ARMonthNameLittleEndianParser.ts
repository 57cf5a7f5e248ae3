/**
 * Day before month: "5 يناير 2022", "2يناير", "الأول من يناير", "السابع عشر من شهر أكتوبر",
 * "06 فبراير-شباط 2023", "2 يناير الجاري", "الثالث من الشهر المقبل", "5 مارس من العام القادم",
 * "15 من الشهر".
 */
import { matchKey } from '../../lexicon/calendar'
import { cardinalValue } from '../../lexicon/numbers'
import {
  MONTH_NAME,
  MONTH_SPEC,
  NUMBER_WORDS,
  QUALIFIER_AFTER,
  YEAR_TAIL,
  isWeakMonth,
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

const DAY_GROUP = 2
const OF_GROUP = 3
const MONTH_GROUP = 4
const YEAR_GROUP = 7
const RELATIVE_YEAR_GROUP = 8
const QUALIFIER_GROUP = 9

/**
 * "15 الجاري", "الخامس من الجاري", "يوم 28 الماضي": the qualifier alone stands for its month
 * (الشهر understood). Digits take any masculine qualifier; a word needs "من" and the current
 * month ("كانون الثاني الماضي" is a month, not the second of the last one).
 */
const THIS_MONTH =
  '(?<=\\d\\s*)(?:الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)(?!\\s*\\d)' +
  '|(?<=من\\s+)(?:الجاري|الحالي)'

function monthOfQualifier(text: string): { shift: number } | undefined {
  const shift = qualifierShift(text)
  return shift === undefined || Math.abs(shift) > 1 ? undefined : { shift }
}

export default {
  name: 'ARMonthNameLittleEndianParser',
  pattern: wordPattern(
    `(?:(?:يوم|اليوم)\\s+)?((?:ال)?\\d{1,2}|${NUMBER_WORDS})\\s*(?:[-/.]\\s*)?((?:من|في)\\s+)?(${MONTH_SPEC}|(?<=من\\s+)الشهر|${THIS_MONTH})` +
      `(?:\\s*[/\\-–]\\s*(${MONTH_NAME})|\\s*\\(\\s*(${MONTH_NAME})\\s*\\))?` +
      `(?:${YEAR_TAIL}|\\s+(${QUALIFIER_AFTER}))?`,
  ),
  extract(match, { text }) {
    const dayText = match[DAY_GROUP]!
    const day = numberValue(dayText)
    // "15 من الشهر": this month.
    const monthText = match[MONTH_GROUP]!
    const month = /^الشهر$/.test(monthText)
      ? { shift: 0 }
      : (monthSpecValue(monthText) ?? monthOfQualifier(monthText))
    if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31 || !month) return null
    // A day in words is an ordinal ("الثالث من يناير") or, spoken, a cardinal right before the
    // month's name ("واحد وعشرين مايو"); otherwise a cardinal counts ("قتل ثلاثة من يناير إلى
    // مارس", "ثلاثة الشهر الماضي").
    const cardinal = cardinalValue(matchKey(dayText).split(' ')[0]!) !== undefined
    if (!/\d/.test(dayText) && cardinal && (match[OF_GROUP] || !monthNumber(match[MONTH_GROUP]!)))
      return null
    // "النصف الأول من الشهر", "الثلث الأخير من يناير": the ordinal ranks a part of the month.
    if (
      !/\d/.test(dayText) &&
      /^(?:ال)?(?:نصف|ربع|ثلث|اسبوع|عشر)$/.test(wordBefore(text, match.index))
    )
      return null
    // "الرئيس الأول مارس الضغط": a number word straight before a weak month name is no date.
    if (!/\d/.test(dayText) && !match[OF_GROUP] && isWeakMonth(match[MONTH_GROUP]!)) return null
    const start = monthDateSpec(
      month,
      yearTailValue(match[YEAR_GROUP], match[RELATIVE_YEAR_GROUP]),
      match[QUALIFIER_GROUP] ? qualifierShift(match[QUALIFIER_GROUP]) : undefined,
    )
    start.day = day
    start.grain = 'day'
    return { type: 'DATE', start }
  },
} satisfies Parser
