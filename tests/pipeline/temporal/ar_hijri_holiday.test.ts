import { describe, expect, it } from 'vitest'
import { tag, testSingleCase } from '../../helpers/timex'

describe('Hijri dates', () => {
  it.each([
    ['الرياض 23 رجب 1443 هـ', '23 رجب 1443 هـ', '2022-02-24'],
    ['في الأول من شهر رمضان 1443', 'الأول من شهر رمضان 1443', '2022-04-02'],
    ['يوافق 10 ذو الحجة 1434ه', '10 ذو الحجة 1434ه', '2013-10-15'],
    ['صدر في 15 شعبان 1440 للهجرة', '15 شعبان 1440 للهجرة', '2019-04-20'],
    ['في شهر شوال 1443', 'شهر شوال 1443', '2022-05-02/2022-05-30'],
  ])('%s', (text, expression, value) => {
    testSingleCase(text, '2022-01-08', { text: expression, value, anchor: 'explicit' })
  })

  it('finds the year from the reference when the text gives none', () => {
    testSingleCase('تبدأ الإجازة في 27 رمضان', '2022-03-15', {
      text: '27 رمضان',
      value: '2022-04-28',
      anchor: 'publication',
    })
  })

  it.each([
    ['سافر في محرم.', 'محرم', '2021-08-09/2021-09-07'],
    ['يعود في صفر', 'صفر', '2021-09-08/2021-10-06'],
    ['انتهت الأزمة في جمادى الثاني', 'جمادى الثاني', '2022-01-04/2022-02-01'],
    ['قال في رجب', 'رجب', '2022-02-02/2022-03-03'],
    ['أعلن ذلك في رجب الماضي', 'رجب الماضي', '2021-02-13/2021-03-13'],
    ['يبدأ الموسم في ذي الحجة المقبل', 'ذي الحجة المقبل', '2022-06-30/2022-07-29'],
  ])('a Hijri month alone after a cue, closing its clause: %s', (text, expression, value) => {
    testSingleCase(text, '2022-01-08', { text: expression, value })
  })

  it.each([
    ['a first name', 'قال في رجب طيب أردوغان إن'],
    ['"forbidden"', 'هذا محرم في القانون'],
    ['a score', 'فاز الفريق 2 صفر'],
    ['"zero" after a cue and before a word', 'انتهى في صفر ثلاثة مرات'],
  ])('a Hijri month name that is a word: %s', (_, text) => {
    expect(tag(text, '2022-01-08').timexes).toEqual([])
  })

  it.each([
    ['تظاهر الآلاف في أول جمعة من رمضان', 'أول جمعة من رمضان', '2023-03-24'],
    ['يحيون المناسبة في آخر جمعة من شهر رمضان', 'آخر جمعة من شهر رمضان', '2023-04-14'],
  ])('the nth weekday of a Hijri month: %s', (text, expression, value) => {
    testSingleCase(text, '2023-05-01', { text: expression, value })
  })

  it('checks "... هـ الموافق ... م" pairs: agreeing ones stay quiet', () => {
    const { timexes, warnings } = tag('موسكو 23 رجب 1443 هـ الموافق 24 فبراير 2022 م', null)
    expect(timexes.map((t) => t.value)).toEqual(['2022-02-24', '2022-02-24'])
    expect(warnings).toEqual([])
  })

  it('warns when the pair disagrees', () => {
    const { warnings } = tag('الرياض 23 رجب 1443 هـ الموافق 24 مارس 2022 م', null)
    expect(warnings.join()).toMatch(/Hijri/)
  })
})

describe('holidays', () => {
  const REF = '2013-02-12'
  it.each([
    ['عيد الفطر', 'عيد الفطر', '2013-08-08'],
    ['يصادف عيد الأضحى 2013', 'عيد الأضحى 2013', '2013-10-15'],
    ['رأس السنة الهجرية', 'رأس السنة الهجرية', '2013-11-04'],
    ['المولد النبوي', 'المولد النبوي', '2014-01-13'],
    ['يوم عاشوراء', 'يوم عاشوراء', '2013-11-13'],
    ['عيد الميلاد 2020', 'عيد الميلاد 2020', '2020-12-25'],
    ['احتفالات رأس السنة الميلادية', 'احتفالات رأس السنة الميلادية', '2014-01-01'],
    ['مسيرات عيد العمال', 'عيد العمال', '2013-05-01'],
    ['عيد الفصح 2013', 'عيد الفصح 2013', '2013-03-31'],
    ['رمضان 2019', 'رمضان 2019', '2019-05-06/2019-06-03'],
    ['خلال شهر رمضان المبارك', 'شهر رمضان المبارك', '2013-07-09/2013-08-07'],
    ['عيد الفطر 1443', 'عيد الفطر 1443', '2022-05-02'],
  ])('%s', (text, expression, value) => {
    testSingleCase(text, REF, { text: expression, value })
  })

  it('takes the last occurrence in a past report and the next one in a plan', () => {
    testSingleCase('احتفل المسلمون بعيد الأضحى في أجواء هادئة', '2014-01-10', {
      text: 'عيد الأضحى',
      value: '2013-10-15',
    })
    testSingleCase('سيحتفل المسلمون بعيد الأضحى', '2014-01-10', {
      text: 'عيد الأضحى',
      value: '2014-10-04',
    })
  })
})
