/**
 * A day and a clock time side by side are one instant: "الخميس 24 فبراير 2022 05:41 ص",
 * "2022.01.05 | 15:34", "الساعة 12:30 ظهرا يوم الجمعة", "أمس الساعة الثالثة". The day's part
 * ("صباح الخميس ... الساعة الثالثة") settles a 12-hour reading.
 */
import { hourInPart } from '../constants'
import type { DateSpec, ParsedResult, Refiner } from '../types'
import { gapPattern, isBareTime, isDayLevel, mergeAdjacent } from './merge'

const GAP = gapPattern(
  '[\\s،,|\\-–/]*(?:(?:في\\s+حدود|في|عند|على|حوالي|نحو|قرابة|بحدود|من|يوم)\\s+)?',
)

function withDay(day: DateSpec, time: DateSpec): DateSpec {
  const merged: DateSpec = { ...day, ...time, grain: time.grain }
  for (const key of [
    'year',
    'month',
    'day',
    'weekday',
    'shift',
    'relativeTo',
    'occurrences',
    'direction',
    'strict',
    'skip',
    'nth',
  ] as const) {
    if (day[key] !== undefined && time[key] === undefined)
      Object.assign(merged, { [key]: day[key] })
  }
  if (time.ambiguousHour && day.part && time.hour !== undefined) {
    merged.hour = hourInPart(time.hour, day.part)
    delete merged.ambiguousHour
  }
  delete merged.part
  return merged
}

export default {
  name: 'ARMergeDateTimeRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b) => {
      const [day, time] =
        isDayLevel(a) && isBareTime(b) ? [a, b] : isBareTime(a) && isDayLevel(b) ? [b, a] : []
      if (!day || !time) return null
      const merged: ParsedResult = {
        ...time,
        type: 'TIME',
        start: withDay(day.start, time.start),
        statedWeekday: day.statedWeekday,
      }
      if (time.until) merged.until = withDay(day.start, time.until)
      return merged
    })
  },
} satisfies Refiner
