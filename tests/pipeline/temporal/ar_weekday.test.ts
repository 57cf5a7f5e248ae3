import { describe, expect, it } from 'vitest'
import { tag, testSingleCase } from '../../helpers/timex'

const WEDNESDAY = '2022-01-05'

describe('a weekday alone: past in a report, forward when grammar or conversation says so', () => {
  it.each([
    ['وأعلنت الحكومة الأربعاء استقالتها', 'الأربعاء', '2022-01-05'],
    ['التقى الرئيس نظيره الفرنسي الاثنين', 'الاثنين', '2022-01-03'],
    ['وقعت الاشتباكات يوم الجمعة في العاصمة', 'يوم الجمعة', '2021-12-31'],
    ['سيزور الوزير القاهرة الأحد', 'الأحد', '2022-01-09'],
    ['من المقرر أن يصل الوفد الخميس', 'الخميس', '2022-01-06'],
    ['الجمعة', 'الجمعة', '2022-01-07'],
    ['الأربعاء', 'الأربعاء', '2022-01-12'],
  ])('%s', (text, expression, value) => {
    testSingleCase(text, WEDNESDAY, { text: expression, value, anchor: 'publication' })
  })
})

describe('qualified weekdays', () => {
  it.each([
    ['التقى الوفدان الأحد الماضي', 'الأحد الماضي', '2022-01-02'],
    ['التقى الوفدان الأربعاء الماضي', 'الأربعاء الماضي', '2021-12-29'],
    ['تعقد القمة الجمعة المقبلة', 'الجمعة المقبلة', '2022-01-07'],
    ['تعقد القمة الأربعاء القادم', 'الأربعاء القادم', '2022-01-12'],
    ['وصل الاثنين من الأسبوع الماضي', 'الاثنين من الأسبوع الماضي', '2021-12-27'],
    ['يصل ثلاثاء الأسبوع المقبل', 'ثلاثاء الأسبوع المقبل', '2022-01-11'],
    ['يبدأ الأسبوع المقبل يوم الجمعة', 'الأسبوع المقبل يوم الجمعة', '2022-01-14'],
    ['تستمر حتى الخميس من هذا الأسبوع', 'الخميس من هذا الأسبوع', '2022-01-06'],
  ])('%s', (text, expression, value) => {
    testSingleCase(text, WEDNESDAY, { text: expression, value })
  })
})

describe('a weekday beside a date', () => {
  it('is a check on the date, and merges with it', () => {
    testSingleCase('الخميس 24 فبراير 2022 بدأت العملية', WEDNESDAY, {
      text: 'الخميس 24 فبراير 2022',
      value: '2022-02-24',
    })
  })

  it('warns when it does not match', () => {
    const { timexes, warnings } = tag('الأحد 24 فبراير 2022 بدأت العملية', WEDNESDAY)
    expect(timexes[0]!.value).toBe('2022-02-24')
    expect(warnings.join()).toMatch(/Weekday/)
  })

  it('picks the year in which the weekday fits when the date has none', () => {
    testSingleCase('الخميس 15 أغسطس', '2013-02-12', {
      text: 'الخميس 15 أغسطس',
      value: '2013-08-15',
    })
  })
})

describe('nights and parts of weekdays', () => {
  it.each([
    ['شهدت المدينة ليل الثلاثاء الأربعاء مظاهرة', 'ليل الثلاثاء الأربعاء', '2022-01-04TNI'],
    ['أعلن صباح الثلاثاء عن القرار', 'صباح الثلاثاء', '2022-01-04TMO'],
    ['اندلعت المواجهات مساء الاثنين', 'مساء الاثنين', '2022-01-03TEV'],
  ])('%s', (text, expression, value) => {
    testSingleCase(text, WEDNESDAY, { text: expression, value })
  })
})

describe('grammar inside the sentence', () => {
  it('"ومن المنتظر" makes a weekday point forward', () => {
    testSingleCase('ومن المنتظر أن يلقي خطابا الثلاثاء', '2021-07-25', {
      text: 'الثلاثاء',
      value: '2021-07-27',
    })
  })

  it('a part of the day before "اليوم الأحد" keeps the weekday check', () => {
    testSingleCase('قرر الرئيس مساء اليوم الأحد تجميد البرلمان', '2021-07-25', {
      text: 'مساء اليوم الأحد',
      value: '2021-07-25TEV',
    })
  })
})
