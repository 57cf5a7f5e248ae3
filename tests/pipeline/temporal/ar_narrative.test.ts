import { describe, expect, it } from 'vitest'
import { tag, testCases } from '../../helpers/timex'

describe('narrative anchoring: relative to the previous date in the text', () => {
  it('"وبعد يومين" counts from the date before it, not from publication', () => {
    testCases(
      'في 2 يناير خرجت الحشود إلى الشوارع، وبعد يومين اجتاحت الاحتجاجات العاصمة.',
      '2022-01-08',
      [
        ['2 يناير', '2022-01-02'],
        ['بعد يومين', '2022-01-04'],
      ],
    )
  })

  it('"في اليوم التالي" and "في المساء" follow the story', () => {
    const text =
      '15 مارس 2021: أعلنت الحكومة خطة إنقاذ. وفي اليوم التالي استقال الوزير، وفي المساء خرج المحتجون.'
    testCases(text, null, [
      ['15 مارس 2021', '2021-03-15'],
      ['اليوم التالي', '2021-03-16'],
      ['المساء', '2021-03-16TEV'],
    ])
  })

  it('"عند الفجر" and "مع حلول المساء" are parts of the story\'s day', () => {
    const text = '3 يونيو 2019: اقتحمت القوات الساحة عند الفجر، وانسحبت مع حلول المساء.'
    testCases(text, null, [
      ['3 يونيو 2019', '2019-06-03'],
      ['الفجر', '2019-06-03TMO'],
      ['المساء', '2019-06-03TEV'],
    ])
  })

  it('a date something takes effect from does not move the story', () => {
    const text =
      '4 مايو 2020: أعلن الرئيس حظر التجول اعتباراً من اليوم التالي، وفي المساء تعطلت الاتصالات.'
    testCases(text, null, [
      ['4 مايو 2020', '2020-05-04'],
      ['اليوم التالي', '2020-05-05'],
      ['المساء', '2020-05-04TEV'],
    ])
  })

  it('a future sentence counts "بعد" from the moment of writing', () => {
    testCases('وصل الوفد في 2 يناير. وسيغادر بعد يومين.', '2022-01-08', [
      ['2 يناير', '2022-01-02'],
      ['بعد يومين', '2022-01-10'],
    ])
  })
})

describe('reported speech is anchored to the day it was spoken', () => {
  it('"أمس الجمعة" before a quotation dates its "الأمس" and "اليوم"', () => {
    const text =
      'ونقلت الوكالة عن المتحدث قوله -في تصريح صحفي أمس الجمعة- "خلال الأمس واليوم، أجرى الرئيس اتصالات".'
    const { timexes } = tag(text, '2022-01-08T07:00')
    expect(timexes.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['أمس الجمعة', '2022-01-07', 'publication'],
      ['الأمس', '2022-01-06', 'narrative'],
      ['اليوم', '2022-01-07', 'narrative'],
    ])
  })

  it('a quotation with no dated statement before it counts from publication', () => {
    const { timexes } = tag('قال الوزير: "وصلنا اليوم إلى اتفاق".', '2022-01-08')
    expect(timexes.map((t) => [t.value, t.anchor])).toEqual([['2022-01-08', 'publication']])
  })
})

describe('without a publication date', () => {
  it('relative expressions keep X digits and anchor "none"', () => {
    testCases('وصل الوفد أمس. ويغادر الجمعة.', null, [
      ['أمس', 'XXXX-XX-XX'],
      ['الجمعة', 'XXXX-WXX-5'],
    ])
    expect(tag('وصل الوفد أمس', null).timexes[0]!.anchor).toBe('none')
  })

  it('keeps the weekday of a relative day: "فجر اليوم الجمعة" is a Friday', () => {
    testCases('أعلنت الوزارة فجر اليوم الجمعة الحصيلة', null, [
      ['فجر اليوم الجمعة', 'XXXX-WXX-5TMO'],
    ])
  })

  it('takes the year of "2 يناير" from the last year the text stated', () => {
    testCases('يترأس المجلس في عام 2022. اندلعت الاحتجاجات في 2 يناير.', null, [
      ['عام 2022', '2022'],
      ['2 يناير', '2022-01-02'],
    ])
  })

  it('reads a full date at the top of the article as its dateline', () => {
    const text =
      'الخميس 24 فبراير 2022 05:41 ص\nأعلنت الوزارة اليوم بدء العملية، وكان الرئيس قد أعلن صباح الخميس عن القرار.'
    const { timexes } = tag(text, null)
    expect(timexes.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['الخميس 24 فبراير 2022 05:41 ص', '2022-02-24T05:41', 'explicit'],
      ['اليوم', '2022-02-24', 'narrative'],
      ['صباح الخميس', '2022-02-24TMO', 'narrative'],
    ])
  })
})
