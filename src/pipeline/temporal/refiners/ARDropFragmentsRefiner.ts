/** Fragments no neighbour took ("صباح" in "صباح الخير", a lone "أوائل") are not expressions. */
import type { Refiner } from '../types'

export default {
  name: 'ARDropFragmentsRefiner',
  refine(results) {
    return results.filter((r) => !r.role)
  },
} satisfies Refiner
