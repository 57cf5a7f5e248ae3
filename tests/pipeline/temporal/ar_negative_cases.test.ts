import { describe, expect, it } from 'vitest'
import { tag, testSingleCase, testUnexpectedResult } from '../../helpers/timex'

describe('words that only look temporal', () => {
  it.each([
    ['an ordinal that is no day', 'أكد الرئيس الأول للبرلمان دعمه للحكومة'],
    ['an ordinal before a weak month name', 'الرئيس الأول مارس ضغوطا على الحكومة'],
    ['an ordinal before a first name that is a Hijri month', 'الرئيس الأول رجب طيب أردوغان'],
    ['a weekday as a market name', 'افتتح سوق السبت في المدينة'],
    ['a weekday as a mosque name', 'صلى في مسجد الجمعة الكبير'],
    ['"the two", not Monday', 'اتفق الاثنين معا على الخطة'],
    ['"the One"', 'آمنوا بالله الواحد الأحد'],
    ['a month name inside another word', 'اشترت مايوه جديدا'],
    ['a month name inside another word (2)', 'أضاف المايونيز إلى الطبق'],
    ['"he practised", not March', 'مارس الضغط على خصومه'],
    ['"father", not August', 'قال أب الضحية إن العدالة ستتحقق'],
    ['a car maker, not April', 'اشترى سيارة نيسان بيضاء'],
    ['a greeting, not a morning', 'صباح الخير أيها الأصدقاء'],
    ['an evening event, not yesterday', 'حضر أمسية شعرية في المركز الثقافي'],
    ['a count of people', 'اعتقلت الشرطة 2022 شخصا'],
    ['a count of people (2)', 'قتل 5 أشخاص في الهجوم'],
    ['an article of the constitution', 'عملا بالفصل 80 من الدستور'],
    ['a football score', 'فاز الفريق 2 صفر على منافسه'],
    ['"public", not a year', 'تحدث المدعي العام أمام الرأي العام'],
    ['"secretary-general", not a year', 'صرح الأمين العام للأمم المتحدة'],
    ['around the clock', 'تعمل الفرق على مدار الساعة'],
    ['the Arab Spring', 'بعد ثورات الربيع العربي تغيرت المنطقة'],
    ['a honeymoon', 'سافرا لقضاء شهر العسل'],
    ['an ordinal stage', 'انطلقت المرحلة الثانية من المشروع'],
    ['the international day of something is a holiday only when listed', 'شارك في اليوم الدراسي'],
    ['a week alone', 'خصص الأسبوع للثقافة'],
    ['numbers in words', 'وصل خمسة عشر لاعبا إلى الملعب'],
    ['his birthday', 'احتفل بعيد ميلاده مع أصدقائه'],
    ['a decimal number is no clock time', 'ارتفع المؤشر بنسبة 10.30 بالمئة'],
    ['two numbers joined by "و" are no clock time', 'حصل على 2 و4 نقاط'],
    ['empty text', ''],
    ['only spaces and punctuation', '  ،،  ..  '],
  ])('%s', (_, text) => testUnexpectedResult(text))
})

describe('ordinals after a noun are not clock hours', () => {
  it.each([
    ['فاز للمرة الثالثة مساء', 'فاز للمرة الثالثة مساء'],
    ['في الجولة الثالثة صباحا', 'في الجولة الثالثة صباحا'],
    ['eleven players', 'دخل اللاعبون الأحد عشر إلى الملعب'],
    ['"the first" is no one o\'clock', 'استمر القصف حتى ساعات الصباح الأولى'],
  ])('%s', (_, text) => testUnexpectedResult(text))
})

describe('cardinal numbers in a report count, they are no hour, day or duration', () => {
  it.each([
    ['a count of people', 'قتل ثلاثة وعشرون شخصا في الهجوم'],
    ['a count reached', 'ارتفع عدد القتلى إلى أربعة وعشرين'],
    ['a count before a part of the day', 'وصل عشرة صباحا إلى المستشفى'],
  ])('%s', (_, text) => testUnexpectedResult(text))

  it.each([
    ['a count before a year', 'قتل ثلاثة عام 2022 الماضي', 'عام 2022', '2022'],
    ['a count in digits before a year', 'اعتقل 5 عام 2020', 'عام 2020', '2020'],
    ['a count before an evening', 'أصيب خمسة مساء الخميس', 'مساء الخميس', '2022-01-06TEV'],
    ['a count before "of January"', 'أصيب ثلاثة من يناير الماضي', 'يناير الماضي', '2021-01'],
  ])('%s', (_, text, expression, value) =>
    testSingleCase(text, '2022-01-08', { text: expression, value }),
  )
})

describe('a part of a month is no day of it', () => {
  it.each([
    ['half of a month', 'ارتفعت الأسعار في النصف الأول من الشهر'],
    ['the last third of January', 'تحسن الطقس في الثلث الأخير من يناير'],
  ])('%s', (_, text) => {
    const values = tag(text, '2022-01-08').timexes.map((t) => t.value ?? '')
    expect(values.filter((v) => /^\d{4}-\d\d-\d\d/.test(v))).toEqual([])
  })
})

describe('numbers with a dot are not months', () => {
  it.each([['a decimal', 'ارتفع المؤشر 2015.3 نقطة']])('%s', (_, text) =>
    testUnexpectedResult(text),
  )
})
