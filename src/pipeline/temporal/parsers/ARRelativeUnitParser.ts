/**
 * A week, month or year named from the moment of writing: "الأسبوع الماضي", "هذا الشهر", "العام
 * المقبل", "السنة الحالية", "الشهر التالي"; "نهاية الأسبوع" (the weekend); and spans counted back
 * or forward: "الأيام الثلاثة الماضية", "اليومين الماضيين", "الأسابيع الثلاثة القادمة", "الـ24
 * ساعة الماضية".
 */
import { matchKey } from '../../lexicon/calendar'
import {
  ART,
  NUMBER_WORDS,
  PLURAL_QUALIFIER,
  QUALIFIER_AFTER,
  UNIT,
  isNarrativeQualifier,
  numberValue,
  pluralQualifierSign,
  qualifierShift,
  unitOf,
  wordPattern,
} from '../constants'
import { foldPattern } from '../text'
import type { DateSpec, Parser, Unit } from '../types'

const THIS_GROUP = 2
const UNIT_GROUP = 3
const QUALIFIER_GROUP = 4
const WEEKEND_GROUP = 5
const WEEKEND_QUALIFIER_GROUP = 6
const SPAN_UNIT_GROUP = 7
const SPAN_COUNT_GROUP = 8
const SPAN_COUNT_FIRST_GROUP = 9
const SPAN_UNIT_AFTER_COUNT_GROUP = 10
const SPAN_QUALIFIER_GROUP = 11
const REST_UNIT_GROUP = 12

const AFTER_MODIFIER = new RegExp(
  `${foldPattern('(?:أوائل|مطلع|بداية|مستهل|منتصف|أواسط|أواخر|نهاية|ختام|آخر)')}(?:\\s+من)?\\s+$`,
  'u',
)

const SINGULAR: Record<string, Unit | 'decade'> = {
  اسبوع: 'week',
  شهر: 'month',
  عام: 'year',
  سنه: 'year',
  عقد: 'decade',
}

export default {
  name: 'ARRelativeUnitParser',
  pattern: wordPattern(
    `(?:(هذا|هذه)\\s+)?${ART}(أسبوع|شهر|عام|سنة|عقد)(?:\\s+(${QUALIFIER_AFTER}|الجديد|الجديدة))?` +
      `|((?:عطلة\\s+)?نهاية\\s+(?:ال)?أسبوع)(?:\\s+(${QUALIFIER_AFTER}))?` +
      `|${ART}(?:(${UNIT})(?:\\s+((?:ال)?\\d{1,3}|${NUMBER_WORDS})|\\s+(?:القليلة|العديدة))?|(\\d{1,3}|${NUMBER_WORDS})\\s+(${UNIT}))\\s+(${PLURAL_QUALIFIER})` +
      `|(?:بقية|باقي)\\s+(?:ال)?(أسبوع|شهر|عام|سنة)`,
  ),
  extract(match, { text }) {
    if (match[WEEKEND_GROUP]) {
      const n = match[WEEKEND_QUALIFIER_GROUP] ? qualifierShift(match[WEEKEND_QUALIFIER_GROUP]) : 0
      return {
        type: 'DATE',
        start: { shift: { unit: 'week', n: n ?? 0 }, relativeTo: 'speech', grain: 'weekend' },
      }
    }
    if (match[SPAN_QUALIFIER_GROUP]) return span(match)
    if (match[REST_UNIT_GROUP]) return rest(SINGULAR[matchKey(match[REST_UNIT_GROUP])])
    const unit = SINGULAR[matchKey(match[UNIT_GROUP]!)]
    const qualifier = match[QUALIFIER_GROUP]
    // "مطلع العام", "نهاية الشهر": after a vagueness word the unit alone is the current one.
    const modified = AFTER_MODIFIER.test(text.slice(Math.max(0, match.index - 24), match.index))
    if (!unit || (!qualifier && !match[THIS_GROUP] && !modified)) return null
    if (unit === 'decade') {
      const n = qualifier ? qualifierShift(qualifier) : 0
      if (n === undefined) return null
      return {
        type: 'DATE',
        start: { grain: 'decade', relativeTo: 'speech', shift: { unit: 'year', n: 10 * n } },
      }
    }
    const start: DateSpec = { grain: unit, relativeTo: 'speech' }
    if (qualifier && /^الجديد/.test(matchKey(qualifier))) {
      if (unit !== 'year') return null
      // "العام الجديد": the year that starts nearest the reference (in January, this one).
      start.occurrences = (y) => [{ start: { y, m: 1, d: 1 } }]
      start.direction = 'nearest'
      delete start.relativeTo
      return { type: 'DATE', start }
    }
    const n = qualifier ? qualifierShift(qualifier) : 0
    if (n === undefined) return null
    start.shift = { unit, n }
    if (qualifier && isNarrativeQualifier(qualifier)) start.relativeTo = 'narrative'
    return { type: 'DATE', start }
  },
} satisfies Parser

/** "الأيام الثلاثة الماضية": the n whole units before (or after) the reference one. */
function span(match: RegExpExecArray) {
  const unitText = match[SPAN_UNIT_GROUP] ?? match[SPAN_UNIT_AFTER_COUNT_GROUP]!
  const unit = unitOf(unitText)
  const countText = match[SPAN_COUNT_GROUP] ?? match[SPAN_COUNT_FIRST_GROUP]
  const count = countText ? numberValue(countText) : unit?.count
  const sign = pluralQualifierSign(match[SPAN_QUALIFIER_GROUP]!)
  // "الأيام الماضية", "الأسابيع القليلة الماضية": some recent time, no number to count.
  if (unit && sign && !countText && unit.count === undefined) {
    return {
      type: 'DATE' as const,
      start: { grain: unit.unit },
      value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
    }
  }
  if (!unit || !count || !sign || !Number.isInteger(count)) return null
  // "العقدين الماضيين": whole decades (or centuries), counted in years.
  const grain = unit.scale === 10 ? 'decade' : unit.scale === 100 ? 'century' : unit.unit
  const step = unit.scale
  const near: DateSpec = { shift: { unit: unit.unit, n: sign * step }, relativeTo: 'speech', grain }
  const far: DateSpec = {
    shift: { unit: unit.unit, n: sign * count * step },
    relativeTo: 'speech',
    grain,
  }
  // Hours count from the reference instant itself: "الـ24 ساعة الماضية" ends now.
  if (unit.unit === 'hour' || unit.unit === 'minute') near.shift = { unit: unit.unit, n: 0 }
  return sign < 0
    ? { type: 'DATE' as const, start: far, until: near }
    : { type: 'DATE' as const, start: near, until: far }
}

/** "بقية الأسبوع": from the reference day to the end of its week, month or year. */
function rest(unit: Unit | 'decade' | undefined) {
  const today: DateSpec = { shift: { unit: 'day', n: 0 }, relativeTo: 'speech', grain: 'day' }
  const last: Record<string, DateSpec> = {
    week: { shift: { unit: 'week', n: 0 }, weekday: 0, relativeTo: 'speech', grain: 'day' },
    month: {
      shift: { unit: 'month', n: 0 },
      nth: { n: -1, unit: 'day' },
      relativeTo: 'speech',
      grain: 'day',
    },
    year: { shift: { unit: 'year', n: 0 }, month: 12, day: 31, relativeTo: 'speech', grain: 'day' },
  }
  const until = unit ? last[unit] : undefined
  return until ? { type: 'DATE' as const, start: today, until } : null
}
