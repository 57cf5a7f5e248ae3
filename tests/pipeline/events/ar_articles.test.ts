import { beforeAll, describe, expect, it } from 'vitest'
import type { Corpus } from '../../../src/pipeline/types'
import { EVENT_GOLD } from '../../fixtures/events/gold'
import { parseFixtures, scoreArticle, total, type ArticleScore } from './suite'

/**
 * The event layer on 16 invented articles about other crises (coups, earthquakes, strikes, naval
 * deployments ...), scored against their hand annotations (`npx tsx scripts/event-suite.ts -v`
 * prints every miss). The floors sit just under the scores reached, so that a rule that breaks
 * another article fails here.
 */
const FLOORS = { recall: 0.95, precision: 0.95, quantities: 0.9, deployments: 0.8 } as const

describe('event suite: invented articles about other crises', () => {
  let corpus: Corpus
  let scores: ArticleScore[]
  beforeAll(async () => {
    corpus = await parseFixtures()
    scores = EVENT_GOLD.map((g) => scoreArticle(corpus, g))
  }, 60_000)

  it.each(Object.entries(FLOORS))('%s stays at or above %d', (key, floor) => {
    const t = total(scores, key as keyof typeof FLOORS)
    const misses = scores.flatMap((s) => s.misses.map((m) => `${s.file}: ${m}`))
    expect(t.ratio, misses.join('\n')).toBeGreaterThanOrEqual(floor)
  })

  it('finds no event in figurative language', () => {
    const metaphors = scores.find((s) => s.file === 'metaphors.txt')!
    expect(metaphors.misses).toEqual([])
  })
})
