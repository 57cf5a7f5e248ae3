import { describe, expect, it } from 'vitest'
import { foldLetters, normalizeArabic, toAsciiDigits } from '../../src/pipeline/normalize/arabic'

describe('normalizeArabic', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إيران', 'ايران'],
    ['آسيا', 'اسيا'],
    ['ألماتى', 'الماتي'],
    ['مدرسة', 'مدرسه'],
    ['توكاييڤ', 'توكاييف'],
    ['عَرَبِيّ', 'عربي'],
    ['كازاخـــستان', 'كازاخستان'],
    ['\u200fبوتين\u200e', 'بوتين'],
    ['  سطر   و  سطر ', 'سطر و سطر'],
    ['\uFEF7', 'لا'], // presentation form of lam-alef with hamza folds to plain letters
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected)
  })

  it('converts Arabic-Indic and Persian digits', () => {
    expect(toAsciiDigits('٢٠٢٢ و۱۴۰۱')).toBe('2022 و1401')
  })

  it('keeps length in foldLetters', () => {
    const s = 'أإآى ة ٣'
    expect(foldLetters(s)).toHaveLength(s.length)
  })
})
