import { describe, expect, it } from 'vitest'
import { chromeRule } from '../../../src/pipeline/ingest/clean/chrome'
import { splitLines } from '../../../src/pipeline/ingest/clean/lines'

function rule(text: string, arabic = true): string | null {
  return chromeRule(splitLines(text)[0]!, arabic)?.rule ?? null
}

describe('chrome lines', () => {
  it.each([
    ['مشاركة', 'share'],
    ['شارك على فيسبوك تويتر واتساب', 'share'],
    ['Facebook Twitter WhatsApp', 'share'],
    ['+A', 'font-size'],
    ['حجم الخط', 'font-size'],
    ['أضف تعليقاً واقرأ تعليقات القراء', 'comments'],
    ['لا توجد تعليقات على الخبر', 'comments'],
    ['تم إضافة تعليقك سوف يظهر بعد المراجعة', 'comments'],
    ['التعليقات', 'comments-heading'],
    ['الرجوع إلى أعلى الصفحة', 'back-to-top'],
    ['اقرأ أيضاً: ارتفاع أسعار الوقود للمرة الثالثة', 'read-more'],
    ['أخبار ذات صلة', 'read-more'],
    ['الأكثر قراءة', 'lists'],
    ['الوسوم: الانتخابات، البرلمان', 'tags'],
    ['التغطية الحية', 'label'],
    ['عاجل', 'label'],
    ['نشر في:', 'date-label'],
    ['أحداث جارية عالم', 'sections'],
    ['أخبار > عربي ودولي', 'sections'],
    ['Home | World | Middle East', 'sections'],
    ['الرئيسية', 'sections'],
    ['تابعونا على تيليجرام لآخر الأخبار', 'follow'],
    ['© 2024 جميع الحقوق محفوظة لموقع الخبر', 'copyright'],
    ['رئيس مجلس الإدارة: محمد علي', 'masthead'],
    ['صورة أرشيفية', 'photo-credit'],
    ['الصورة: رويترز', 'photo-credit'],
    ['3 دقائق للقراءة', 'reading-time'],
    ['1,245 مشاهدة', 'reading-time'],
    ['المصدر: وكالات', 'source-footer'],
    ['المصدر : الجزيرة + وكالات', 'source-footer'],
    ['thumbs_b_c_0a1b2c3d4e5f.jpg', 'image-file'],
    ['صورة-المظاهرة.webp', 'image-file'],
    ['https://example.org/news/1', 'url'],
    ['pic.twitter.com/AbC123', 'url'],
    ['— وزير الصحة (@health_min) January 5, 2022', 'tweet-attribution'],
    ['22/33', 'counter'],
    ['3 من 10', 'counter'],
    ['#الانتخابات #البرلمان', 'hashtags'],
    ['icon', 'nav'],
    ['Loading', 'latin-widget'],
    ['|', 'no-letters'],
    ['عناصر من الشرطة في أحد شوارع العاصمة (الفرنسية)', 'photo-caption'],
    ['محتجون أمام مبنى البرلمان (رويترز)', 'photo-caption'],
    ['التعليق على الصورة،', 'caption-label'],
    ['نشر في', 'date-label'],
    ['• • •', 'no-letters'],
  ])('"%s" is chrome (%s)', (line, id) => {
    expect(rule(line)).toBe(id)
  })

  it.each([
    'رفض المتحدث التعليق على الخبر.',
    'وقال إنه لا توجد تعليقات رسمية على القرار حتى الآن.',
    'صور الأقمار الصناعية تكشف حجم الدمار في المدينة',
    'المصدر الأمني قال إن الهجوم وقع فجرا.',
    'وأكد مصدر مطلع أن المفاوضات ستستأنف الأسبوع المقبل.',
    'تابع الرئيس سير العمليات من غرفة العمليات المركزية.',
    'أعلنت وزارة الصحة تسجيل 12 إصابة جديدة.',
    'رئيس التحرير السابق للصحيفة يمثل أمام المحكمة غدا بتهمة التشهير.',
    '2022.01.05 | 15:34',
    '15:34',
    'الخميس 24 فبراير 2022 05:41 ص',
    'كتب محمد علي',
    'إسطنبول - متابعات',
    'وقالت الوزارة إن القوات انسحبت من البلدة (رويترز).',
    'الجيش يعلن عملية عسكرية (محدودة)',
  ])('"%s" is not chrome', (line) => {
    expect(rule(line)).toBeNull()
  })

  it('treats a lone English word as a widget only in Arabic articles', () => {
    expect(rule('Loading', true)).toBe('latin-widget')
    expect(rule('Loading', false)).toBeNull()
    expect(rule('Reuters', false)).toBeNull()
  })
})
