/**
 * Recurring times (TIMEX3 SET): "يوميا", "أسبوعيا", "كل يوم", "كل أسبوعين", "كل 3 ساعات", "كل
 * جمعة", "كل يوم أحد", "أيام الجمعة", "كل صباح"; how often, by its period: "مرتين في الأسبوع" (P1W).
 */
import { matchKey } from '../../lexicon/calendar'
import {
  NUMBER_WORDS,
  PLURAL_QUALIFIER,
  QUALIFIER_AFTER,
  UNIT,
  WEEKDAY_BARE,
  WEEKDAY_NAME,
  durationValue,
  numberValue,
  unitOf,
  weekdayNumber,
  wordPattern,
} from '../constants'
import { isoWeekday } from '../dates'
import type { Parser } from '../types'

const ADVERBS: Record<string, string> = {
  يوميا: 'P1D',
  اسبوعيا: 'P1W',
  شهريا: 'P1M',
  سنويا: 'P1Y',
  عاميا: 'P1Y',
  ساعيا: 'PT1H',
}
const PARTS: Record<string, string> = { صباح: 'MO', مساء: 'EV', ليله: 'NI', ليل: 'NI', ظهر: 'MI' }

const ADVERB_GROUP = 2
const WEEKDAY_GROUP = 3
const COUNT_GROUP = 4
const UNIT_GROUP = 5
const PLURAL_WEEKDAY_GROUP = 6
const PART_GROUP = 7
const FREQUENCY_UNIT_GROUP = 8

export default {
  name: 'ARSetParser',
  pattern: wordPattern(
    `(يوميا|أسبوعيا|شهريا|سنويا|عاميا|ساعيا)` +
      `|كل\\s+(?:يوم\\s+)?(${WEEKDAY_BARE}|${WEEKDAY_NAME})` +
      `|كل\\s+(?:(\\d{1,3}|${NUMBER_WORDS})\\s+)?(${UNIT})` +
      `|(?:أيام|ايام)\\s+(${WEEKDAY_NAME})` +
      `|كل\\s+(صباح|مساء|ليلة|ليل|ظهر)` +
      `|(?:مرة|مرتين|مرتان|(?:\\d{1,2}|${NUMBER_WORDS})\\s+مرات)\\s+(?:في|كل)\\s+(?:ال)?(يوم|أسبوع|شهر|عام|سنة|ساعة)` +
      // "مرة في الأسبوع الماضي" happened once, last week.
      `(?!\\s+(?:${QUALIFIER_AFTER}|${PLURAL_QUALIFIER}))`,
  ),
  extract(match) {
    if (match[ADVERB_GROUP]) {
      const value = ADVERBS[matchKey(match[ADVERB_GROUP])]
      return value ? { type: 'SET', start: { grain: 'day' }, value } : null
    }
    if (match[UNIT_GROUP] ?? match[FREQUENCY_UNIT_GROUP]) {
      const unit = unitOf(match[UNIT_GROUP] ?? match[FREQUENCY_UNIT_GROUP]!)
      if (!unit) return null
      const count = match[COUNT_GROUP] ? numberValue(match[COUNT_GROUP]) : (unit.count ?? 1)
      if (!count || !Number.isInteger(count)) return null
      return {
        type: 'SET',
        start: { grain: unit.unit },
        value: durationValue(count * unit.scale, unit.unit),
      }
    }
    const weekdayText = match[WEEKDAY_GROUP] ?? match[PLURAL_WEEKDAY_GROUP]
    if (weekdayText) {
      const weekday = weekdayNumber(weekdayText)
      if (weekday === undefined) return null
      return { type: 'SET', start: { grain: 'day' }, value: `XXXX-WXX-${isoWeekday(weekday)}` }
    }
    const part = PARTS[matchKey(match[PART_GROUP]!)]
    return part ? { type: 'SET', start: { grain: 'part' }, value: `XXXX-XX-XXT${part}` } : null
  },
} satisfies Parser
