/**
 * Two dates joined by "إلى", "حتى", "-" (or "و" after "بين") are one range: "من 13 تموز الى 15
 * تموز", "اليوم حتى 22 أكتوبر", "من 5 يناير حتى 19 فبراير 2022". A year written only at the end
 * holds for the start too.
 */
import { wordBefore } from '../constants'
import type { ParsedResult, Refiner } from '../types'
import { gapPattern, mergeAdjacent } from './merge'

const GAP = gapPattern('\\s*(?:-|–|—|إلى|الى|حتى|وحتى|لغاية|ولغاية|و)\\s*')

function isPoint(r: ParsedResult): boolean {
  return !r.role && !r.until && !r.value && (r.type === 'DATE' || r.type === 'TIME')
}

export default {
  name: 'ARMergeDateRangeRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b, gap) => {
      if (!isPoint(a) || !isPoint(b)) return null
      // "و" joins a range only after "بين" or "يومي" ("يومي الأحد والاثنين").
      if (/^\s*و\s*$/.test(gap) && !/^(?:بين|يومي|ايام)$/.test(wordBefore(text, a.index)))
        return null
      const start = { ...a.start }
      const until = b.start
      if (start.year === undefined && start.month !== undefined && until.year !== undefined) {
        start.year = start.month > (until.month ?? 12) ? until.year - 1 : until.year
      }
      return { ...a, type: a.type === 'TIME' || b.type === 'TIME' ? 'TIME' : 'DATE', start, until }
    })
  },
} satisfies Refiner
