import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tagText } from '../../../src/pipeline/temporal'
import { tag, testSingleCase } from '../../helpers/timex'

const REF = '2022-01-08'

describe('offsets: conjunctions and prepositions stay outside the expression', () => {
  it.each([
    ['وفي 5 يناير وافق الرئيس', '5 يناير'],
    ['وأمس أعلن الجيش', 'أمس'],
    ['بيناير 2022 ارتفعت الأسعار', 'يناير 2022'],
    ['ولليوم الثالث على التوالي', 'ليوم الثالث على التوالي'],
    ['فالخميس المقبل موعد القمة', 'الخميس المقبل'],
  ])('%s', (text, expression) => {
    const { timexes } = tag(text, REF)
    expect(timexes.map((t) => t.text)).toEqual([expression])
  })

  it('keeps diacritics, tatweel and bidi marks inside the original text', () => {
    testSingleCase('وصلَ الوفدُ أمسِ الجمعةَ', REF, { text: 'أمسِ الجمعةَ', value: '2022-01-07' })
    testSingleCase('يبدأ يــوم الأحــد', REF, { text: 'يــوم الأحــد', value: '2022-01-02' })
    testSingleCase('في \u200f5 يناير', REF, { text: '5 يناير', value: '2022-01-05' })
  })

  it('reads presentation-form letters', () => {
    testSingleCase('\uFEE3\uFEB4\uFE8E\uFEA7 الخميس', REF, { text: 'الخميس', value: '2022-01-06' })
  })
})

const PIECES = [
  'أمس',
  'اليوم',
  'غدا',
  'الجمعة',
  'يناير',
  'كانون الثاني',
  '5',
  '٢٠٢٢',
  '2022',
  'الساعة',
  'الثالثة',
  'والربع',
  'صباحا',
  'مساء',
  'من',
  'حتى',
  'إلى',
  'في',
  'و',
  'بعد',
  'قبل',
  'يومين',
  'أسبوعين',
  'رجب',
  'هـ',
  'الماضي',
  'المقبل',
  ':',
  '/',
  '-',
  '.',
  '،',
  ' ',
  '\n',
  '"',
  '«',
  '»',
  'ً',
  'ـ',
  '\u200f',
  'x',
]

describe('any text', () => {
  it('never throws, and every timex points at its own text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.boolean(),
        (parts, withRef) => {
          const text = parts.join(' ')
          const { timexes } = tagText(text, { published: withRef ? '2022-01-08T07:00' : null })
          for (const t of timexes) {
            expect(t.start).toBeLessThan(t.end)
            expect(text.slice(t.start, t.end)).toBe(t.text)
            expect(t.value === null || /^[\dA-Z:./_-]+$/.test(t.value)).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('survives arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => tagText(text, { published: '2022-01-08' })).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
})

describe('long runs of one character', () => {
  it.each([
    ['spaces', ' '.repeat(60000) + 'أمس'],
    ['newlines', '\n'.repeat(60000) + 'أمس'],
    ['conjunctions', 'و'.repeat(60000) + ' أمس'],
  ])('stay linear: %s', (_, text) => {
    const { timexes } = tagText(text, { published: REF })
    expect(timexes.map((t) => t.value)).toEqual(['2022-01-07'])
  })
})
