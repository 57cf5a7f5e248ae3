import { describe, expect, it } from 'vitest'
import { cleanText } from '../../../src/pipeline/ingest/clean'

const S1 =
  'أعلنت البلدية إغلاق الشارع الرئيسي أمام السيارات طوال عطلة نهاية الأسبوع لأعمال الصيانة.'
const S2 = 'وقال رئيس البلدية إن الأعمال تشمل تجديد شبكة المياه وإعادة رصف الأرصفة في الجهتين.'
const S3 = 'ودعت البلدية السكان إلى استخدام الطرق البديلة والحافلات العامة خلال فترة الإغلاق.'

function clean(text: string) {
  const c = cleanText(text, { arabic: true })
  return { lines: c.text.split('\n\n'), removed: c.removed.map((r) => `${r.rule}: ${r.text}`) }
}

describe('multi-line chrome', () => {
  it('drops a teaser list under its heading, up to the blank line after it', () => {
    const { lines, removed } = clean(
      [
        S1,
        'اقرأ أيضا',
        'ارتفاع أسعار الوقود للمرة الثالثة',
        'افتتاح جسر جديد في المدينة',
        '',
        'أعمال الصيانة',
        S2,
      ].join('\n'),
    )
    expect(lines).toEqual([S1, 'أعمال الصيانة', S2])
    expect(removed).toEqual([
      'read-more: اقرأ أيضا',
      'read-more-block: ارتفاع أسعار الوقود للمرة الثالثة',
      'read-more-block: افتتاح جسر جديد في المدينة',
    ])
  })

  it('drops a one-line teaser without taking the subheading after it', () => {
    const { lines } = clean(
      [S1, 'اقرأ أيضا: ارتفاع أسعار الوقود للمرة الثالثة', 'أعمال الصيانة', S2].join('\n'),
    )
    expect(lines).toEqual([S1, 'أعمال الصيانة', S2])
  })

  it('drops short lines after a comment box at the end, keeps long paragraphs', () => {
    const { lines } = clean(
      [
        S1,
        S2,
        S3,
        'التعليقات',
        'محمد أحمد',
        'منذ ساعتين',
        'خبر مهم شكرا',
        S3.replace('ودعت', 'وطالبت'),
      ].join('\n'),
    )
    expect(lines).toEqual([S1, S2, S3, S3.replace('ودعت', 'وطالبت')])
  })

  it('does not treat a comment prompt under the headline as the footer', () => {
    const { lines } = clean(
      ['إغلاق الشارع الرئيسي', 'أضف تعليق', S1, 'أعمال الصيانة', S2, S3].join('\n'),
    )
    expect(lines).toEqual(['إغلاق الشارع الرئيسي', S1, 'أعمال الصيانة', S2, S3])
  })

  it('drops a caption printed twice, once', () => {
    const { lines } = clean(
      [S1, 'الشارع الرئيسي قبل الإغلاق', S2, 'الشارع الرئيسي قبل الإغلاق', S3].join('\n'),
    )
    expect(lines).toEqual([S1, 'الشارع الرئيسي قبل الإغلاق', S2, S3])
  })
})

describe('hard-wrapped lines', () => {
  it('rejoins lines wrapped at a fixed width, keeps paragraphs and short lines apart', () => {
    const wrap = (text: string) => {
      const out: string[] = []
      let line = ''
      for (const w of text.split(' ')) {
        if (`${line} ${w}`.trim().length > 60) {
          out.push(line)
          line = w
        } else line = `${line} ${w}`.trim()
      }
      return [...out, line]
    }
    const first = `${S1} ${S2}`
    const second = `${S3} ${S1.replace('أعلنت', 'وكانت')}`
    const { lines } = clean(
      ['إغلاق الشارع الرئيسي', '', ...wrap(first), '', ...wrap(second)].join('\n'),
    )
    expect(lines).toEqual(['إغلاق الشارع الرئيسي', first, second])
  })

  it('leaves one-paragraph-per-line text alone', () => {
    const { lines } = clean(['إغلاق الشارع الرئيسي', S1, S2, S3, S1, S2, S3].join('\n'))
    expect(lines).toHaveLength(7)
  })
})
