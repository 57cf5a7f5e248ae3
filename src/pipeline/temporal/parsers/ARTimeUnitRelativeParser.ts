/**
 * A point counted in units from a reference: "قبل ثلاثة أيام", "منذ أسبوعين", "بعد يومين",
 * "بعد 3 سنوات", "3 أيام من الآن", "خلال 24 ساعة الماضية". "قبل" and "منذ" count back from the
 * moment of writing; "بعد" counts from the story's current date ("في 2 يناير ... وبعد يومين"),
 * or from the writing in a sentence about the future (resolve.ts decides).
 */
import { matchKey } from '../../lexicon/calendar'
import {
  NUMBER_WORDS,
  PLURAL_QUALIFIER,
  UNIT,
  numberValue,
  pluralQualifierSign,
  unitOf,
  wordPattern,
} from '../constants'
import type { DateSpec, Grain, Parser, Unit } from '../types'

const PREPOSITION_GROUP = 2
const COUNT_GROUP = 3
const UNIT_GROUP = 4
const TAIL_GROUP = 5
const FROM_NOW_COUNT_GROUP = 6
const FROM_NOW_UNIT_GROUP = 7
const WITHIN_COUNT_GROUP = 8
const WITHIN_UNIT_GROUP = 9
const WITHIN_QUALIFIER_GROUP = 10

const APPROX = '(?:(?:حوالي|حوالى|نحو|قرابة|زهاء|أكثر\\s+من|أقل\\s+من|ما\\s+يقرب\\s+من)\\s+)?'
const COUNT = `(?:ال)?\\d{1,4}(?:[.,]\\d+)?|${NUMBER_WORDS}|بضعة|بضع|عدة|نصف|ربع`

/** Grain of a point n units away: days and weeks give a day, months a month, years a year. */
function grainOf(unit: Unit): Grain {
  return unit === 'week' ? 'day' : unit
}

export default {
  name: 'ARTimeUnitRelativeParser',
  pattern: wordPattern(
    `(قبل|منذ|بعد)\\s+${APPROX}(?:(${COUNT})\\s+)?(${UNIT})` +
      `(?:\\s+(من\\s+(?:الآن|اليوم)|في\\s+المستقبل|${PLURAL_QUALIFIER}))?` +
      `|(${COUNT})\\s+(${UNIT})\\s+من\\s+الآن` +
      `|(?<=(?:خلال|غضون|طوال|طيلة)\\s{1,3})(${COUNT})\\s+(${UNIT})\\s+(${PLURAL_QUALIFIER})`,
  ),
  extract(match, { text }) {
    if (match[WITHIN_UNIT_GROUP]) return within(match)
    const fromNowUnit = match[FROM_NOW_UNIT_GROUP]
    const unitText = match[UNIT_GROUP] ?? fromNowUnit!
    const unit = unitOf(unitText)
    if (!unit) return null
    const countText = match[COUNT_GROUP] ?? match[FROM_NOW_COUNT_GROUP]
    const vague = countText !== undefined && /^(?:بضعه|بضع|عده)$/.test(matchKey(countText))
    const fraction = countText ? { نصف: 0.5, ربع: 0.25 }[matchKey(countText) as 'نصف'] : undefined
    let count = countText && !vague ? (fraction ?? numberValue(countText)) : unit.count
    // A singular unit alone is one: "قبل يوم", "منذ عام".
    if (
      count === undefined &&
      !vague &&
      !/^(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|ساعات|دقايق|ثوان|ثواني|عقود|قرون)$/.test(
        matchKey(unitText),
      )
    )
      count = 1
    const preposition = fromNowUnit ? 'من الآن' : matchKey(match[PREPOSITION_GROUP]!)
    const tail = match[TAIL_GROUP] ? matchKey(match[TAIL_GROUP]) : ''
    const sign =
      fromNowUnit || /^من (?:الان|اليوم)|^في المستقبل/.test(tail) ? 1 : pluralQualifierSign(tail)
    if (count === undefined) {
      if (!vague && !/^(?:قبل|منذ|بعد)$/.test(preposition)) return null
      // "منذ أيام", "قبل بضعة أيام": some time ago, not a day.
      const back = preposition !== 'بعد'
      return { type: 'DATE', start: { grain: 'day' }, value: back ? 'PAST_REF' : 'FUTURE_REF' }
    }
    let n = count * unit.scale
    let { unit: counted } = unit
    // "قبل نصف ساعة": a fraction of a unit, counted in the next smaller one.
    const smaller: Partial<Record<Unit, [Unit, number]>> = {
      hour: ['minute', 60],
      day: ['hour', 24],
    }
    if (!Number.isInteger(n) && smaller[counted]) {
      const [u, k] = smaller[counted]!
      ;[counted, n] = [u, n * k]
    }
    if (!Number.isInteger(n)) return null
    // "بعد ثلاثة أسابيع من المفاوضات": counted from an event, not a date; the span stays a duration.
    if (
      /^\s+(?:من|على)\s/.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 5),
      )
    )
      return null
    const back = preposition === 'قبل' || preposition === 'منذ'
    const start: DateSpec = {
      shift: { unit: counted, n: back ? -n : n },
      relativeTo: back || sign === 1 ? 'speech' : 'narrative',
      grain: grainOf(counted),
    }
    if (start.relativeTo === 'narrative') start.speechIfFuture = true
    return { type: 'DATE', start }
  },
} satisfies Parser

/** "خلال 24 ساعة الماضية": the span back (or forward) from the reference, as ARRelativeUnitParser. */
function within(match: RegExpExecArray) {
  const unit = unitOf(match[WITHIN_UNIT_GROUP]!)
  const count = numberValue(match[WITHIN_COUNT_GROUP]!)
  const sign = pluralQualifierSign(match[WITHIN_QUALIFIER_GROUP]!)
  if (!unit || !count || !sign || !Number.isInteger(count * unit.scale)) return null
  const n = count * unit.scale
  const grain = grainOf(unit.unit)
  const near: DateSpec = { shift: { unit: unit.unit, n: 0 }, relativeTo: 'speech', grain }
  const far: DateSpec = { shift: { unit: unit.unit, n: sign * n }, relativeTo: 'speech', grain }
  return sign < 0
    ? { type: 'DATE' as const, start: far, until: near }
    : { type: 'DATE' as const, start: near, until: far }
}
