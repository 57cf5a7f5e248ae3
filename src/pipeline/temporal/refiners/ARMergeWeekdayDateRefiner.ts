/**
 * A weekday written before a date is a check on it, not a second date: "الخميس 24 فبراير 2022",
 * "يوم الاثنين في 18 شباط", "الخميس الموافق 14 شهر شباط". resolve.ts warns when they disagree.
 */
import type { Refiner } from '../types'
import { gapPattern, mergeAdjacent } from './merge'

const GAP = gapPattern('[\\s،,\\-–]*(?:(?:في|الموافق|الموافقة)[\\s،,]*)?')

export default {
  name: 'ARMergeWeekdayDateRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b) => {
      const w = a.start
      const weekdayOnly =
        !a.role &&
        !a.until &&
        w.weekday !== undefined &&
        w.day === undefined &&
        w.shift === undefined &&
        w.nth === undefined
      const date = b.start
      if (!weekdayOnly || b.role || b.until || date.day === undefined || date.weekday !== undefined)
        return null
      return {
        ...b,
        start: { ...date, weekday: w.weekday, part: date.part ?? w.part },
        // "الخميس المقبل الموافق 12 مايو": the date says which Thursday.
        statedWeekday: w.weekday,
      }
    })
  },
} satisfies Refiner
