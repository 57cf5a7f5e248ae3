/** "أوائل" + "يناير" → "أوائل يناير" with the month's value and mod START. */
import type { Refiner } from '../types'
import { gapPattern, mergeAdjacent } from './merge'

const GAP = gapPattern('\\s*(?:من\\s+)?')
const VAGUE_GRAINS = new Set([
  'year',
  'month',
  'week',
  'decade',
  'century',
  'weekend',
  'quarter',
  'half',
  'season',
])

export default {
  name: 'ARMergeModifierRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b) => {
      if (a.role !== 'modifier' || b.role || b.type !== 'DATE' || b.value) return null
      if (!VAGUE_GRAINS.has(b.start.grain) || b.start.day !== undefined) return null
      return { ...b, start: { ...b.start, mod: a.start.mod } }
    })
  },
} satisfies Refiner
