import { describe, expect, it } from 'vitest'
import {
  GREGORIAN_MONTHS,
  gregorianMonth,
  hijriMonth,
  namesPattern,
  weekday,
} from '../../src/pipeline/lexicon/calendar'

describe('calendar lexicon', () => {
  it.each([
    ['يناير', 1],
    ['كانون الثاني', 1],
    ['كانون ثاني', 1],
    ['جانفي', 1],
    ['فيفري', 2],
    ['آذار', 3],
    ['اذار', 3],
    ['أفريل', 4],
    ['ماي', 5],
    ['يونيه', 6],
    ['جوان', 6],
    ['تمّوز', 7],
    ['يوليوز', 7],
    ['جويلية', 7],
    ['غشت', 8],
    ['أوت', 8],
    ['آب', 8],
    ['شتنبر', 9],
    ['أيلول', 9],
    ['تشرين الأول', 10],
    ['نونبر', 11],
    ['دجنبر', 12],
    ['كانون الأول', 12],
  ])('%s is month %i', (word, month) => {
    expect(gregorianMonth(word)).toBe(month)
  })

  it('has several spellings for every month', () => {
    for (let month = 1; month <= 12; month++) {
      expect(GREGORIAN_MONTHS.filter((m) => m.month === month).length).toBeGreaterThanOrEqual(2)
    }
  })

  it.each([
    ['محرم', 1],
    ['رجب', 7],
    ['رمضان', 9],
    ['شوال', 10],
    ['ذو الحجة', 12],
    ['ذي الحجة', 12],
    ['ربيع الأول', 3],
    ['جمادى الآخرة', 6],
  ])('Hijri %s is month %i', (word, month) => {
    expect(hijriMonth(word)).toBe(month)
  })

  it.each([
    ['الأحد', 0],
    ['الاثنين', 1],
    ['الإثنين', 1],
    ['الجمعة', 5],
    ['جمعة', 5],
    ['السبت', 6],
  ])('weekday %s is %i', (word, day) => {
    expect(weekday(word)).toBe(day)
  })

  it('rejects words that are not calendar names', () => {
    expect(gregorianMonth('مدينة')).toBeUndefined()
    expect(hijriMonth('يناير')).toBeUndefined()
    expect(weekday('الشهر')).toBeUndefined()
  })

  it('builds a pattern that finds spelling variants in running text', () => {
    const re = new RegExp(`(?:${namesPattern(['كانون الثاني', 'كانون الأول', 'تموز'])})`, 'gu')
    expect('في ١٠ كانون الثانى وفي تمّوز'.match(re)).toEqual(['كانون الثانى', 'تمّوز'])
  })
})
