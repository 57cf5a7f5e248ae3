import { describe, expect, it } from 'vitest'
import { ingestDetailed } from '../../../src/pipeline/ingest'
import { ingestFixture } from './helpers'

/**
 * Invented articles laid out the way different news sites' pages copy: each row says what the
 * metadata must be, which lines must go as chrome and which must stay.
 */
interface Case {
  file: string
  title: string | null
  published: string | null
  author?: string | null
  dateline?: string | null
  gone?: string[]
  kept?: string[]
  warning?: RegExp
}

const CASES: Case[] = [
  {
    file: 'masthead-comments.txt',
    title: 'انقطاع الكهرباء عن ثلاث محافظات بسبب موجة الحر',
    published: '2023-07-17T23:20',
    author: 'أحمد النجار',
    gone: [
      'سامي الجندي - هدى المنصوري',
      'انقطاع الكهرباء عن ثلاث محافظات بسبب موجة الحر محطة توليد كهرباء',
      'مشاركة',
      'اضف تعليقاً واقرأ تعليقات القراء',
      'اقرأ أيضا:',
      'الحكومة تدرس خطة لترشيد استهلاك الكهرباء في المباني العامة',
      'لا توجد تعليقات على الخبر',
      'تم أضافة تعليقك سوف يظهر بعد المراجعة',
      'الرجوع الى أعلى الصفحة',
    ],
    kept: [
      'الاثنين، 17 يوليو 2023 11:20 م',
      'كتب أحمد النجار',
      'وكانت الحكومة قد أعلنت الشهر الماضي عن خطة لتخفيف الأحمال تشمل قطع التيار ساعتين يوميا في أوقات الذروة.',
    ],
  },
  {
    file: 'live-coverage.txt',
    title: 'احتجاجات على غلاء الخبز.. ماذا يجري في المدينة الساحلية؟',
    published: '2023-03-07T09:12',
    dateline: 'عمّان',
    gone: [
      'icon',
      'التغطية الحية',
      '+A',
      'حجم الخط',
      '-A',
      'thumbs_b_c_4f1a9e2d0c7b11e8a3f5d6c7b8a9e0f1.jpg',
    ],
    kept: ['2023.03.07 | 09:12 دمشق', 'مطالب المحتجين'],
  },
  {
    file: 'wire-repost.txt',
    title: null,
    published: '2023-05-04',
    author: 'مراد الحسيني',
    dateline: 'جدة',
    gone: ['المصدر: وكالة الأنباء الرسمية نعيد النشر مع حفظ حقوق الناشر'],
    kept: ['جدة 14 شوال 1444 هـ الموافق 4 مايو 2023 م واس'],
  },
  {
    file: 'agency-dateline.txt',
    title: 'زلزال بقوة 5.8 درجات يضرب المنطقة الجبلية',
    published: '2023-11-10T15:15',
    dateline: 'رام الله',
    kept: ['رام الله/سما/'],
  },
  {
    file: 'breadcrumb.txt',
    title: 'البرلمان يقر قانون الانتخابات الجديد بعد جلسة مطولة',
    published: null,
    gone: ['أخبار عربي ودولي', 'الوسوم', 'البرلمان', 'الانتخابات', 'قانون'],
    kept: ['ما الذي يتغير؟'],
    warning: /No publication date/,
  },
  {
    file: 'update-line.txt',
    title: 'وزراء خارجية دول الجوار يبحثون أزمة اللاجئين في اجتماع طارئ',
    published: '2023-09-12',
    gone: ['الرئيسية', 'أخبار', 'سياسة', 'حفظ', 'المصدر : الجزيرة + وكالات'],
  },
  {
    file: 'subtitle-hijri.txt',
    title: 'المعارضة تعلن مقاطعة الانتخابات البلدية المقبلة',
    published: '2022-01-05T15:34',
    dateline: 'بيروت',
    kept: ['رئيس الوزراء يدعو الأحزاب إلى الحوار قبل موعد الاقتراع'],
  },
  {
    file: 'label-date-line.txt',
    title: 'الأمطار الغزيرة تغلق الطرق في العاصمة وتعطل الدراسة',
    published: '2022-01-08T07:00',
    dateline: 'أبوظبي',
    gone: ['نشر في:'],
  },
  {
    file: 'weekday-mismatch.txt',
    title: 'افتتاح معرض الكتاب بمشاركة 40 دولة',
    published: '2022-01-08T10:00',
    warning: /الأحد.*Saturday/,
  },
  {
    file: 'no-date.txt',
    title: 'تراجع أسعار الذهب في السوق المحلية',
    published: null,
    warning: /No publication date/,
  },
  {
    file: 'inline-dateline.txt',
    title: null,
    published: '2023-03-12',
    dateline: 'بيروت',
  },
  {
    file: 'hard-wrapped.txt',
    title: 'مجلس المدينة يوافق على توسيع شبكة الحافلات',
    published: null,
    author: 'ريم الساعدي',
    warning: /No publication date/,
    kept: [
      'وافق مجلس المدينة في جلسته الأسبوعية على خطة لتوسيع شبكة الحافلات العامة لتشمل الأحياء الشرقية، بعد شكاوى متكررة من السكان بشأن طول فترات الانتظار في المحطات الحالية.',
    ],
  },
  {
    file: 'nav-caption-update.txt',
    title: 'الحكومة تعلن حظر التجول في العاصمة بعد ليلة من المواجهات',
    published: '2023-03-12',
    gone: [
      'تخطي إلى المحتوى',
      'الشبكة',
      'بث مباشر',
      'سياسة|',
      'أفريقيا',
      'عناصر من الشرطة في أحد شوارع العاصمة (الفرنسية)',
      '|',
      'آخر تحديث: 12/3/202311:27 PM (بتوقيت مكة المكرمة)',
      'المصدر : الشبكة + وكالات',
    ],
    kept: ['12/3/2023', 'وأفادت مصادر طبية بسقوط 4 قتلى وعشرات الجرحى في المواجهات.'],
  },
  {
    file: 'domain-outlet.txt',
    title: 'وزير الخارجية يبدأ جولة إقليمية تشمل أربع دول',
    published: '2022-01-08T07:00',
    dateline: null,
    gone: [
      'الشبكة.نت',
      'آخر الأخبار',
      'عرب وعالم',
      'شارك',
      'تابعوا آخر الأخبار عبر حسابنا على تويتر',
    ],
  },
  {
    file: 'dual-month-caption.txt',
    title: 'انتخابات رئاسية مبكرة في البلاد بعد استقالة الرئيس',
    published: '2022-01-08',
    gone: [
      'Published',
      'مصدر الصورة، Getty Images',
      'التعليق على الصورة،',
      'ناخبون يصطفون أمام أحد مراكز الاقتراع في العاصمة',
    ],
    kept: ['8 يناير/ كانون الثاني 2022'],
  },
  {
    file: 'english.txt',
    title: 'Port workers end strike after wage deal',
    published: '2023-03-14T10:15',
    author: 'Samira Haddad',
    gone: ['Home | World | Middle East', 'Share this article', 'Facebook Twitter WhatsApp'],
  },
]

describe('articles as different sites lay them out', () => {
  it.each(CASES)('$file', async (c) => {
    const { articles, errors } = await ingestDetailed(ingestFixture(`sites/${c.file}`))
    expect(errors).toEqual([])
    const { article } = articles[0]!
    const lines = article.text.split('\n').map((l) => l.trim())
    expect(article.title).toBe(c.title)
    expect(article.published).toBe(c.published)
    expect(article.publishedSource).toBe(c.published ? 'text' : 'none')
    if (c.author !== undefined) expect(article.author).toBe(c.author)
    if (c.dateline !== undefined) expect(article.dateline).toBe(c.dateline)
    for (const line of c.gone ?? []) expect(lines).not.toContain(line)
    for (const line of c.kept ?? []) expect(lines).toContain(line)
    if (c.warning) expect(article.warnings.join('\n')).toMatch(c.warning)
    else expect(article.warnings).toEqual([])
    // The headline stays the text's first line, once.
    if (c.title) {
      expect(lines[0]).toBe(c.title)
      expect(lines.filter((l) => l.startsWith(c.title!))).toHaveLength(1)
    }
  })

  it('says which rule dropped each line', async () => {
    const { articles } = await ingestDetailed(ingestFixture('sites/masthead-comments.txt'))
    const rules = Object.fromEntries(articles[0]!.origin.removed.map((r) => [r.text, r.rule]))
    expect(rules['سامي الجندي - هدى المنصوري']).toBe('preamble')
    expect(rules['الرجوع الى أعلى الصفحة']).toBe('back-to-top')
    expect(rules['تحذيرات من موجة حر جديدة الأسبوع المقبل']).toBe('read-more-block')
  })

  it('keeps every body paragraph of every site fixture', async () => {
    for (const c of CASES) {
      const file = ingestFixture(`sites/${c.file}`)
      const source = new TextDecoder().decode(file.bytes)
      const { articles } = await ingestDetailed(file)
      const text = articles[0]!.article.text
      // A body paragraph: a long line ending with a full stop. Hard-wrapped ones are checked above.
      for (const line of source.split('\n').map((l) => l.trim())) {
        if (line.split(' ').length >= 12 && line.endsWith('.') && c.file !== 'hard-wrapped.txt') {
          expect(text).toContain(line)
        }
      }
    }
  })
})
