/**
 * Two clock times joined by "حتى", "إلى", "-" (or "و" after "بين") are one range: "من الساعة 11
 * ليلاً حتى الساعة السابعة", "من الساعة 3 الى الساعة 4 بعد العصر". A part of the day written
 * only at the end also holds for the start when the start is earlier on the same clock face.
 */
import type { Refiner } from '../types'
import { gapPattern, isBareTime, mergeAdjacent } from './merge'
import { wordBefore } from '../constants'

const GAP = gapPattern('\\s*(?:-|–|—|إلى|الى|حتى|وحتى|لغاية|ولغاية|و)\\s*')

export default {
  name: 'ARMergeTimeRangeRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b, gap) => {
      if (!isBareTime(a) || !isBareTime(b) || a.until || b.until) return null
      if (/^\s*و\s*$/.test(gap) && wordBefore(text, a.index) !== 'بين') return null
      const start = { ...a.start }
      const until = b.start
      if (
        start.ambiguousHour &&
        !until.ambiguousHour &&
        until.hour !== undefined &&
        start.hour !== undefined
      ) {
        const pm = until.hour >= 12 && start.hour < 12 && start.hour + 12 <= until.hour
        if (pm) start.hour += 12
        delete start.ambiguousHour
      }
      return { ...a, start, until }
    })
  },
} satisfies Refiner
