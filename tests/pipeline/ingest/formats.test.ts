import { describe, expect, it } from 'vitest'
import { ingestDetailed, ingestFile } from '../../../src/pipeline/ingest'
import { bytesOf, ingestFixture } from './helpers'

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u

describe('HTML pages', () => {
  it('takes the article and the metadata the page states, and runs nothing', async () => {
    const { articles, errors } = await ingestFile(ingestFixture('saved-page.html'))
    expect(errors).toEqual([])
    const a = articles[0]!
    expect(a.format).toBe('html')
    expect(a.title).toBe('الحكومة تعلن خطة لإعادة إعمار الأحياء المتضررة من الفيضانات')
    expect(a.published).toBe('2023-10-03T18:45')
    expect(a.publishedSource).toBe('metadata')
    expect(a.author).toBe('نادية الشامي')
    expect(a.outlet).toBe('أخبار الوادي')
    expect(a.url).toBe('https://example.org/news/2023/rebuild-plan')
    expect(a.text).toContain('وكانت الفيضانات قد أودت بحياة 23 شخصا')
    expect(a.text.split('\n')[0]).toBe(a.title)
    // Scripts, styles, handlers, frames, forms, navigation and footer are not text.
    for (const junk of [
      'hacked',
      'fetch',
      'font-family',
      'alert',
      'steal',
      'اكتب تعليقك',
      'جميع الحقوق',
      'رياضة',
      '@housing_min',
    ]) {
      expect(a.text).not.toContain(junk)
    }
    // The embedded tweet's words stay as a quote; its attribution line goes.
    expect(a.text).toContain('ولن نترك أي أسرة دون مأوى')
  })

  it('reads a page in the code page it declares', async () => {
    const { articles } = await ingestFile(ingestFixture('page-windows-1256.html'))
    expect(articles[0]!.encoding).toBe('windows-1256')
    expect(articles[0]!.title).toBe('ارتفاع منسوب مياه السد بعد أسبوع من الأمطار')
    expect(articles[0]!.text).toContain('فتحت بوابتين لتصريف المياه الزائدة')
  })

  it('falls back to the whole body for a short page and survives hostile markup', async () => {
    const deep = '<div>'.repeat(5000) + 'نص قصير عن حادث سير في المدينة.' + '</div>'.repeat(5000)
    const html = `<html><body onload="x()"><script>while(true){}</script>${deep}</body></html>`
    const { articles, errors } = await ingestFile({ name: 'deep.html', bytes: bytesOf(html) })
    expect(errors).toEqual([])
    expect(articles[0]!.text).toBe('نص قصير عن حادث سير في المدينة.')
    expect(articles[0]!.warnings.join(' ')).toMatch(/too complex/)
  }, 30_000)

  it('reads the date a page shows in its date element when it states none for machines', async () => {
    const p = 'قال المتحدث باسم الدفاع المدني إن فرق الإنقاذ أخرجت جميع العالقين من المبنى المنهار.'
    const html = `<html><body><article><h1>انهيار مبنى سكني في المدينة</h1>
      <div class="Post-Date">الأحد 9 يناير 2022 - 10:00</div><p>${p}</p><p>${p}</p></article></body></html>`
    const { articles } = await ingestFile({ name: 'p.html', bytes: bytesOf(html) })
    expect(articles[0]!.published).toBe('2022-01-09T10:00')
    expect(articles[0]!.publishedSource).toBe('metadata')
  })

  it('reports a page with no text', async () => {
    const html =
      '<html><head><script>var a = 1</script></head><body><img src="x.png"></body></html>'
    const { errors } = await ingestFile({ name: 'empty.html', bytes: bytesOf(html) })
    expect(errors[0]?.code).toBe('empty')
  })
})

describe('Word documents', () => {
  it('keeps paragraphs and takes the Title paragraph as the headline', async () => {
    const { articles, errors } = await ingestFile(ingestFixture('article.docx'))
    expect(errors).toEqual([])
    const a = articles[0]!
    expect(a.format).toBe('docx')
    expect(a.title).toBe('المجلس البلدي يقر موازنة العام المقبل')
    expect(a.published).toBe('2023-12-05')
    expect(a.author).toBe('سلمى الحداد')
    expect(a.text.split('\n\n')).toContain('مشاريع جديدة')
    expect(a.text).toContain('صيانة 40 مدرسة.')
  })

  it('reports a damaged document', async () => {
    const bytes = ingestFixture('article.docx').bytes.slice(0, 300)
    const { articles, errors } = await ingestFile({ name: 'broken.docx', bytes })
    expect(articles).toEqual([])
    expect(errors[0]?.code).toMatch(/archive|unsupported/)
  })
})

describe('PDF', () => {
  it('brings Arabic PDF text to logical order with presentation forms folded', async () => {
    const { articles, errors } = await ingestFile(ingestFixture('arabic-article.pdf'))
    expect(errors).toEqual([])
    const a = articles[0]!
    expect(a.format).toBe('pdf')
    expect(a.title).toBe('افتتاح جسر جديد يربط ضفتي النهر في المدينة الشمالية')
    expect(a.published).toBe('2023-04-12T09:30')
    expect(a.author).toBe('يوسف الخطيب')
    expect(a.text).not.toMatch(PRESENTATION_FORMS)
    // Lines of one paragraph are joined; numbers, Latin words and brackets keep their order.
    expect(a.text).toContain(
      'افتتح وزير النقل صباح اليوم جسرا جديدا يربط ضفتي النهر في المدينة الشمالية، بعد أعمال بناء استمرت ثلاث سنوات وبلغت كلفتها نحو 40 مليون دولار',
    )
    expect(a.text).toContain('حفل الافتتاح إن الجسر سيستقبل نحو 25 ألف سيارة')
    expect(a.text).toContain('الهيئة العامة للطرق (GRA) إن الجسر صمم لتحمل زلازل بقوة 7.5 درجات')
    expect(a.text).toContain('بلغت 100% في مارس 2023 بمشاركة شركة Delta Works الهندسية.')
    expect(a.paragraphs!.length).toBeGreaterThanOrEqual(7)
  }, 30_000)

  it('reports a file that only looks like a PDF', async () => {
    const { errors } = await ingestFile({ name: 'x.pdf', bytes: bytesOf('%PDF-1.4\ngarbage') })
    expect(errors[0]?.code).toBe('unsupported')
    expect(errors[0]?.message).toMatch(/PDF/)
  }, 30_000)
})

describe('Markdown', () => {
  it('drops the marks and keeps the words', async () => {
    const md = [
      '# لجنة الانتخابات تعلن النتائج الأولية',
      '',
      '**الأحد 9 يوليو 2023**',
      '',
      'أعلنت [لجنة الانتخابات](https://example.org) النتائج الأولية *للاقتراع*، وبلغت نسبة المشاركة 41%.',
      '',
      '![صورة](img.jpg)',
      '- فاز المرشح الأول بنسبة 52%.',
      '> قال رئيس اللجنة إن الفرز جرى بشفافية.',
    ].join('\n')
    const { articles } = await ingestFile({ name: 'result.md', bytes: bytesOf(md) })
    const a = articles[0]!
    expect(a.title).toBe('لجنة الانتخابات تعلن النتائج الأولية')
    expect(a.published).toBe('2023-07-09')
    expect(a.text).toContain(
      'أعلنت لجنة الانتخابات النتائج الأولية للاقتراع، وبلغت نسبة المشاركة 41%.',
    )
    expect(a.text).toContain('فاز المرشح الأول بنسبة 52%.')
    expect(a.text).not.toMatch(/[#*[\]()>!]|img\.jpg|example\.org/)
  })
})

describe('offset map', () => {
  it.each([
    'sites/masthead-comments.txt',
    'sites/hard-wrapped.txt',
    'sites/live-coverage.txt',
    'enc-windows-1256.txt',
  ])('maps every cleaned character of %s back to the same source character', async (path) => {
    const { articles } = await ingestDetailed(ingestFixture(path))
    const { article, origin } = articles[0]!
    const covered = new Array<boolean>(article.text.length).fill(false)
    for (const seg of origin.map.segments) {
      for (let i = seg.start; i < seg.start + seg.length; i++) {
        expect(origin.source[origin.map.toSource(i)]).toBe(article.text[i])
        covered[i] = true
      }
    }
    // Only separators (paragraph breaks, the spaces joining wrapped lines) are not from the source.
    const added = article.text.split('').filter((_, i) => !covered[i])
    expect(added.every((c) => /\s/.test(c))).toBe(true)
    expect(origin.map.segments.length).toBeGreaterThan(2)
  })
})
