import { describe, expect, it } from 'vitest'
import { tag, testSingleCase } from '../../helpers/timex'

const REF = '2022-01-07T10:00' // a Friday

describe('days named from the moment of writing', () => {
  it.each([
    ['أعلنت الوزارة اليوم عن خطة جديدة', 'اليوم', '2022-01-07'],
    ['وصل الوفد أمس إلى العاصمة', 'أمس', '2022-01-06'],
    ['وأمس أعلن الجيش حالة التأهب', 'أمس', '2022-01-06'],
    ['اجتمع المجلس بالأمس', 'الأمس', '2022-01-06'],
    ['وقعت الاشتباكات البارحة', 'البارحة', '2022-01-06'],
    ['غادر الوزير أول أمس', 'أول أمس', '2022-01-05'],
    ['غادر الوزير أول من أمس', 'أول من أمس', '2022-01-05'],
    ['غادر الوزير أمس الأول', 'أمس الأول', '2022-01-05'],
    ['تبدأ المفاوضات غداً في جنيف', 'غداً', '2022-01-08'],
    ['تبدأ المفاوضات بعد غد', 'بعد غد', '2022-01-09'],
    ['أعلنت الرئاسة اليوم الجمعة الحداد', 'اليوم الجمعة', '2022-01-07'],
    ['صرح أمس الخميس بأن', 'أمس الخميس', '2022-01-06'],
    ['وصل أمس الأول الأربعاء', 'أمس الأول الأربعاء', '2022-01-05'],
    ['يومه الجمعة انطلقت القافلة', 'يومه الجمعة', '2022-01-07'],
  ])('%s', (text, expression, value) => {
    testSingleCase(text, REF, { text: expression, value, anchor: 'publication' })
  })

  it('reads "now" as the reference instant', () => {
    testSingleCase('لم يعلن عن الضحايا حتى الآن', REF, {
      text: 'الآن',
      value: '2022-01-07T10:00',
      type: 'TIME',
    })
  })

  it('warns when the weekday beside a relative day does not fit it', () => {
    const { timexes, warnings } = tag('قال أمس الأحد إن المفاوضات متعثرة', REF)
    expect(timexes[0]!.value).toBe('2022-01-06')
    expect(warnings.join()).toMatch(/Weekday/)
  })
})
