/**
 * A recurring day and a clock time are one recurring instant: "كل يوم اثنين الساعة 4 مساء" →
 * XXXX-WXX-1T16:00, "يوميا عند الثامنة صباحا" → XXXX-XX-XXT08:00, "كل مساء الساعة 7" →
 * XXXX-XX-XXT19:00. A 12-hour reading with nothing saying morning or evening keeps the hour as
 * written.
 */
import { hourInPart } from '../constants'
import type { ParsedResult, PartOfDay, Refiner } from '../types'
import { gapPattern, isBareTime, mergeAdjacent } from './merge'

const GAP = gapPattern('[\\s،,]*(?:(?:في|عند|على|حوالي|نحو|قرابة|تمام)\\s+)?')

/** The day part of a SET value, when the set recurs by the day or by a weekday. */
function dailyStem(value: string | undefined): string | null {
  if (value === 'P1D') return 'XXXX-XX-XX'
  if (value && /^XXXX-WXX-\d$/.test(value)) return value
  if (value && /^XXXX-XX-XXT[A-Z]{2}$/.test(value)) return 'XXXX-XX-XX'
  return null
}

const pad = (n: number) => String(n).padStart(2, '0')

export default {
  name: 'ARMergeSetTimeRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b) => {
      if (a.type !== 'SET' || !isBareTime(b) || b.until) return null
      const stem = dailyStem(a.value)
      const { minute, ambiguousHour } = b.start
      let hour = b.start.hour
      if (!stem || hour === undefined) return null
      // "كل مساء الساعة 7": the set's part of the day settles the reading.
      const part = /T(MO|MI|AF|EV|NI)$/.exec(a.value ?? '')?.[1] as PartOfDay | undefined
      if (ambiguousHour && part) hour = hourInPart(hour, part)
      const merged: ParsedResult = {
        ...a,
        value: `${stem}T${pad(hour)}:${pad(minute ?? 0)}`,
      }
      return merged
    })
  },
} satisfies Refiner
