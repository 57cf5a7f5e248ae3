/**
 * A part of the day joins the day beside it: "صباح" + "الخميس", "فجر" + "اليوم الجمعة", "مساء"
 * + "الأحد 25 جويلية 2021", "أمس" + "مساءً".
 */
import { addDays } from '../dates'
import type { Refiner } from '../types'
import { gapPattern, isDayLevel, mergeAdjacent } from './merge'

const GAP = gapPattern('\\s*[،,]?\\s*')

export default {
  name: 'ARMergePartOfDayRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b) => {
      if (a.role === 'part-prefix' && isDayLevel(b) && b.start.part === undefined) {
        const start = { ...b.start, part: a.start.part, grain: 'part' as const }
        // "ليلة رأس السنة", "ليلة العيد": the night before the holiday.
        const find = b.start.occurrences
        if (find && /^ليله$/.test(text.slice(a.index, a.end))) {
          start.occurrences = (y) => find(y).map((o) => ({ start: addDays(o.start, -1) }))
        }
        return { ...b, start }
      }
      if (b.role === 'part-suffix' && isDayLevel(a) && a.start.part === undefined) {
        return { ...a, start: { ...a.start, part: b.start.part, grain: 'part' } }
      }
      return null
    })
  },
} satisfies Refiner
