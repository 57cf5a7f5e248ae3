import { describe, expect, it } from 'vitest'
import { cardinalValue, magnitudeValue, ordinalValue } from '../../src/pipeline/lexicon/numbers'

describe('number words', () => {
  it.each([
    ['ثلاثة', 3],
    ['ثلاث', 3],
    ['عشرة', 10],
    ['اثنين', 2],
    ['خمسين', 50],
    ['مائة', 100],
    ['مئة', 100],
    ['ألفي', 2000],
    ['الفين', 2000],
    ['وثلاثة', 3],
    ['مليار', 1e9],
    ['مليارين', 2e9],
  ])('cardinal %s = %i', (w, v) => expect(cardinalValue(w)).toBe(v))

  it.each([
    ['الأول', 1],
    ['الاولى', 1],
    ['الثالث', 3],
    ['والعاشرة', 10],
    ['ثاني', 2],
  ])('ordinal %s = %i', (w, v) => expect(ordinalValue(w)).toBe(v))

  it.each([
    ['عشرات', 20],
    ['مئات', 200],
    ['آلاف', 2000],
    ['الآلاف', 2000],
    ['مليارات', 2e9],
  ])('magnitude %s ≥ %i', (w, v) => expect(magnitudeValue(w)).toBe(v))

  it.each(['الثلاثاء', 'مدينة', 'عشرينيات', 'أولئك'])('%s is not a number', (w) => {
    expect(cardinalValue(w)).toBeUndefined()
    expect(ordinalValue(w)).toBeUndefined()
    expect(magnitudeValue(w)).toBeUndefined()
  })
})
