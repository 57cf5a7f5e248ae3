import { describe, expect, it } from 'vitest'
import { sentenceDates } from '../../../src/pipeline/temporal/narrative'
import { splitSentences } from '../../../src/pipeline/sentences'
import { tagTemporal } from '../../../src/pipeline/temporal'
import type { Article } from '../../../src/pipeline/types'
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

describe('sentenceDates', () => {
  function article(text: string, published: string | null): Article {
    return {
      id: 'a-test',
      file: 't.txt',
      title: null,
      published,
      author: null,
      language: 'ar',
      text,
      warnings: [],
    }
  }

  it('dates each sentence by its own day, else by the story so far, else by publication', () => {
    const text =
      'ارتفعت الأسعار بشكل كبير. في 2 يناير خرجت الحشود إلى الشوارع. واستخدمت الشرطة الغاز. ' +
      'وبعد يومين اجتاحت الاحتجاجات العاصمة. وستعقد قمة في 20 يناير. وأعلن الجيش حالة التأهب.'
    const a = article(text, '2022-01-08')
    const sentences = splitSentences(text)
    const dates = sentenceDates(a, sentences, tagTemporal(a, sentences))
    expect(dates.map((d) => [d.date, d.source])).toEqual([
      ['2022-01-08', 'publication'],
      ['2022-01-02', 'explicit'],
      ['2022-01-02', 'narrative'],
      ['2022-01-04', 'explicit'],
      ['2022-01-20', 'explicit'],
      ['2022-01-04', 'narrative'],
    ])
    expect(dates[2]!.timex?.text).toBe('2 يناير')
  })

  it('knows nothing before the first date when there is no publication date', () => {
    const text = 'ارتفعت الأسعار. في 5 مارس 2021 استقالت الحكومة. وتولى نائب الرئيس المهام.'
    const a = article(text, null)
    const sentences = splitSentences(text)
    const dates = sentenceDates(a, sentences, tagTemporal(a, sentences))
    expect(dates.map((d) => [d.date, d.source])).toEqual([
      [null, 'none'],
      ['2021-03-05', 'explicit'],
      ['2021-03-05', 'narrative'],
    ])
  })
})
