/**
 * Durations: "ثلاثة أيام", "أسبوعين", "لمدة أسبوع", "24 ساعة", "ساعة ونصف", "نصف ساعة", "3.5
 * سنوات", "عدة أيام" (PXD), "لليوم الرابع على التوالي" (P4D). A lone singular unit ("يوم",
 * "ساعة") is a duration only after لمدة / طوال / على مدى.
 */
import { matchKey } from '../../lexicon/calendar'
import { cardinalValue } from '../../lexicon/numbers'
import {
  ART,
  DUAL_UNIT,
  NUMBER_WORDS,
  UNIT,
  durationValue,
  numberValue,
  unitOf,
  wordPattern,
} from '../constants'
import type { Parser, Unit } from '../types'

const COUNT_GROUP = 2
const COUNT_UNIT_GROUP = 3
const COUNT_FRACTION_GROUP = 4
const DUAL_GROUP = 5
const DUAL_FRACTION_GROUP = 6
const FRACTION_GROUP = 7
const FRACTION_UNIT_GROUP = 8
const CUED_UNIT_GROUP = 9
const CUED_FRACTION_GROUP = 10
const VAGUE_UNIT_GROUP = 11
const NTH_DAY_GROUP = 12
const WHOLE_UNIT_GROUP = 13
const THROUGHOUT_UNIT_GROUP = 14

/** Singular unit words, nominative or genitive: never counted by three to ten. */
const SINGULAR = /^(?:يوم|اسبوع|شهر|عام|سنه|ساعه|دقيقه|ثانيه|عقد|قرن)$/

const FRACTIONS: Record<string, number> = { نصف: 0.5, ربع: 0.25, ثلث: 1 / 3 }
const FRACTION = '(?:نصف|ربع|ثلث)'
const CUE = '(?<=(?:مدة|طوال|طيلة|مدى|مدار|فترة|غضون)\\s{1,3})'

function value(n: number, unit: Unit): string {
  return durationValue(Math.round(n * 100) / 100, unit)
}

export default {
  name: 'ARDurationParser',
  pattern: wordPattern(
    `((?:ال)?\\d{1,4}(?:[.,]\\d+)?|${NUMBER_WORDS})\\s+(${UNIT})(?:\\s+و\\s*(${FRACTION}))?` +
      `|(${DUAL_UNIT})(?:\\s+و\\s*(${FRACTION}))?` +
      `|(${FRACTION}|ثلاثة\\s+أرباع)\\s+(?:ال)?(ساعة|يوم|شهر|سنة|عام|قرن)` +
      `|${CUE}(ساعة|يوم|أسبوع|شهر|سنة|عام|عقد|قرن)(?:\\s+(?:و\\s*(${FRACTION})|واحد|واحدة|كامل|كاملة|كاملا))?` +
      `|(?:عدة|بضعة|بضع)\\s+(${UNIT})` +
      `|${ART}?يوم\\s+(${NUMBER_WORDS})\\s+على\\s+التوالي` +
      `|(يوم|يوما|أسبوع|أسبوعا|شهر|شهرا|عام|عاما|سنة)\\s+(?:كامل|كاملة|كاملا|بأكمله|بأكملها)` +
      `|(?<=(?:طوال|طيلة)\\s{1,3})ال(يوم|أسبوع|شهر|عام|سنة)`,
  ),
  extract(match, { text }) {
    const whole = match[WHOLE_UNIT_GROUP] ?? match[THROUGHOUT_UNIT_GROUP]
    if (whole) {
      // "يوم كامل", "طوال الأسبوع": one whole unit.
      const unit = unitOf(whole)
      if (!unit) return null
      return {
        type: 'DURATION',
        start: { grain: unit.unit },
        value: durationValue(1, unit.unit),
        duration: { unit: unit.unit, n: 1 },
      }
    }
    const nthDay = match[NTH_DAY_GROUP]
    if (nthDay) {
      const n = numberValue(nthDay)
      return n ? { type: 'DURATION', start: { grain: 'day' }, value: `P${n}D` } : null
    }
    if (match[VAGUE_UNIT_GROUP]) {
      const unit = unitOf(match[VAGUE_UNIT_GROUP])
      return unit
        ? { type: 'DURATION', start: { grain: 'day' }, value: durationValue('X', unit.unit) }
        : null
    }
    let n: number | undefined
    let unitText: string
    let fraction: string | undefined
    if (match[COUNT_UNIT_GROUP]) {
      n = numberValue(match[COUNT_GROUP]!.replace(',', '.'))
      unitText = match[COUNT_UNIT_GROUP]
      fraction = match[COUNT_FRACTION_GROUP]
      // "ثالث يوم", "الثانية": ordinals rank things, only cardinals count them.
      const first = matchKey(match[COUNT_GROUP]!).split(/\s+/)[0]!
      if (
        !/\d/.test(first) &&
        cardinalValue(first) === undefined &&
        !/^(?:احد|احدي|اثنا|اثني|اثنتا|اثنتي)$/.test(first)
      )
        return null
      // Three to ten count a plural ("ثلاثة أيام"): "قتل ثلاثة عام 2022" is three people. Digits
      // are written loosely ("3 ساعة"), unless a year follows the unit ("قتل 3 عام 2022").
      const after = text.slice(match.index + match[0].length).trimStart()
      if (
        n !== undefined &&
        n >= 3 &&
        n <= 10 &&
        SINGULAR.test(matchKey(unitText)) &&
        (!/\d/.test(first) || /^\d{4}/.test(after))
      )
        return null
    } else if (match[DUAL_GROUP]) {
      unitText = match[DUAL_GROUP]
      fraction = match[DUAL_FRACTION_GROUP]
    } else if (match[FRACTION_GROUP]) {
      const f = matchKey(match[FRACTION_GROUP])
      n = f.startsWith('ثلاثه') ? 0.75 : FRACTIONS[f]
      unitText = match[FRACTION_UNIT_GROUP]!
    } else {
      unitText = match[CUED_UNIT_GROUP]!
      fraction = match[CUED_FRACTION_GROUP]
      n = 1
    }
    const unit = unitOf(unitText)
    if (!unit) return null
    n ??= unit.count
    if (n === undefined || n <= 0) return null
    if (fraction) n += FRACTIONS[matchKey(fraction)] ?? 0
    const total = n * unit.scale
    return {
      type: 'DURATION',
      start: { grain: unit.unit },
      value: value(total, unit.unit),
      duration: Number.isInteger(total) ? { unit: unit.unit, n: total } : undefined,
    }
  },
} satisfies Parser
