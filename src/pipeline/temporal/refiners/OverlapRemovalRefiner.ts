/**
 * When parses overlap, the longest wins ("5 يناير 2022" over "يناير 2022"); on a tie, the parser
 * listed first in configuration.ts. Fragments (a part of the day, a vagueness word) never push
 * out a real expression.
 */
import type { ParsedResult, Refiner } from '../types'

export default {
  name: 'OverlapRemovalRefiner',
  refine(results, { text }) {
    const ranked = results
      .map((r, order) => ({ r, order }))
      .sort(
        (a, b) =>
          Number(!!a.r.role) - Number(!!b.r.role) ||
          b.r.end - b.r.index - (a.r.end - a.r.index) ||
          a.order - b.order,
      )
    const kept: ParsedResult[] = []
    const taken = new Uint8Array(text.length + 1)
    for (const { r } of ranked) {
      if (taken.subarray(r.index, r.end).includes(1)) continue
      taken.fill(1, r.index, r.end)
      kept.push(r)
    }
    return kept.sort((a, b) => a.index - b.index)
  },
} satisfies Refiner
