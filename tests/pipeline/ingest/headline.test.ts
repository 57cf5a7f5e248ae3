import { describe, expect, it } from 'vitest'
import { ingestDetailed } from '../../../src/pipeline/ingest'
import { isLabel } from '../../../src/pipeline/ingest/metadata/headline'
import { bytesOf } from './helpers'

const BODY =
  'وقال المتحدث باسم الدفاع المدني إن الفرق تمكنت من إنقاذ عشرات العالقين في المباني المنهارة خلال الليل.'

async function ingestText(text: string) {
  const { articles } = await ingestDetailed({ name: 'a.txt', bytes: bytesOf(text) })
  const { article, origin } = articles[0]!
  return { article, removed: origin.removed.map((r) => r.text) }
}

describe('isLabel', () => {
  it.each([
    'سامي الجندي - هدى المنصوري',
    'إسطنبول - متابعات',
    'موسكو/سما/',
    'دبي - العربية.نت',
    'لندن: «الشرق الأوسط»',
    'عنب بلدي – ريف حلب',
  ])('"%s" is a label', (text) => {
    expect(isLabel(text)).toBe(true)
  })

  it.each([
    'بوتين يعلن عن "عملية عسكرية" في أوكرانيا',
    'بلينكن: انسحاب الروس من كازاخستان سيكون "صعبا جدا"',
    'الوزير - في تصريح مطول للصحفيين - يؤكد استمرار الدعم',
    'القاهرة - 5 يناير',
    'انتهى الاجتماع.',
    'عاجل',
  ])('"%s" is not a label', (text) => {
    expect(isLabel(text)).toBe(false)
  })
})

describe('the head of an article', () => {
  it('keeps a short headline over the standfirst that follows it', async () => {
    const { article } = await ingestText(
      `زلزال يضرب الساحل\n\nفرق الإنقاذ تبحث عن ناجين تحت الأنقاض في ثلاث مدن ساحلية\n\n${BODY}`,
    )
    expect(article.title).toBe('زلزال يضرب الساحل')
    expect(article.text).toContain('فرق الإنقاذ تبحث عن ناجين')
  })

  it("drops the header's display date and navigation above the headline, keeps the dateline", async () => {
    const { article, removed } = await ingestText(
      [
        'الأحد 9 يناير 2022',
        'الموقع الإخباري',
        'سياسة',
        'انهيار مبنى سكني في وسط المدينة',
        'السبت 8 يناير 2022 - 22:10',
        BODY,
      ].join('\n'),
    )
    expect(article.title).toBe('انهيار مبنى سكني في وسط المدينة')
    expect(article.published).toBe('2022-01-08T22:10')
    expect(removed).toEqual(['الأحد 9 يناير 2022', 'الموقع الإخباري', 'سياسة'])
  })

  it('does not take a header date far above the headline as the publication date', async () => {
    const { article } = await ingestText(
      ['الأحد 9 يناير 2022', 'الموقع الإخباري', 'انهيار مبنى سكني في وسط المدينة', BODY].join('\n'),
    )
    expect(article.title).toBe('انهيار مبنى سكني في وسط المدينة')
    expect(article.published).toBeNull()
  })

  it('keeps a long line above the chosen headline: it may be the real one', async () => {
    const { article } = await ingestText(
      [
        'موجة نزوح جديدة من القرى الحدودية بعد القصف',
        'انهيار مبنى سكني في وسط المدينة',
        'انهيار مبنى سكني في وسط المدينة صورة من موقع الانهيار',
        BODY,
      ].join('\n'),
    )
    expect(article.title).toBe('انهيار مبنى سكني في وسط المدينة')
    expect(article.text).toContain('موجة نزوح جديدة من القرى الحدودية بعد القصف')
  })

  it('keeps the rest of a line that glues the headline to a real paragraph', async () => {
    const { article } = await ingestText(
      ['انهيار مبنى سكني في وسط المدينة', '', `انهيار مبنى سكني في وسط المدينة ${BODY}`].join('\n'),
    )
    expect(article.text).toBe(`انهيار مبنى سكني في وسط المدينة\n\n${BODY}`)
  })

  it('has no title when the file starts with the body', async () => {
    const { article } = await ingestText(`${BODY}\n\n${BODY}`)
    expect(article.title).toBeNull()
  })
})
