import { describe, expect, it } from 'vitest'
import { runPipeline } from '../../../src/pipeline'
import { bytesOf, ingestFixture } from './helpers'

const BODY = [
  'أعلنت وزارة الصحة اليوم بدء حملة وطنية للتطعيم ضد الحصبة تستهدف نحو مليون طفل في جميع المحافظات.',
  'وقال وزير الصحة في مؤتمر صحفي إن الحملة تستمر أسبوعين، وإن فرقا متنقلة ستزور القرى النائية.',
  'وأضاف أن الوزارة سجلت منذ بداية العام أكثر من 300 إصابة بالمرض، معظمها بين الأطفال دون الخامسة.',
  'ودعت الوزارة الأهالي إلى مراجعة المراكز الصحية القريبة والتأكد من استكمال جرعات أطفالهم.',
].join('\n\n')

const file = (name: string, text: string) => ({ name, bytes: bytesOf(text) })

describe('duplicates', () => {
  it('counts the same article saved twice with different site chrome once', async () => {
    const plain = file('b-copy.txt', `حملة تطعيم ضد الحصبة\n\n${BODY}\n`)
    const withChrome = file(
      'a-page.txt',
      `الرئيسية\nأخبار\n\nحملة تطعيم ضد الحصبة\n\nمشاركة\n\n${BODY}\n\nاضف تعليق\nالرجوع إلى أعلى الصفحة\n`,
    )
    for (const files of [
      [plain, withChrome],
      [withChrome, plain],
    ]) {
      const corpus = await runPipeline(files)
      expect(corpus.articles.map((a) => a.file)).toEqual(['a-page.txt'])
      expect(corpus.duplicates).toEqual([{ file: 'b-copy.txt', of: 'a-page.txt', similarity: 1 }])
    }
  })

  it('catches a copy with a sentence changed, not a different article on the same story', async () => {
    const edited = BODY.replace('تستمر أسبوعين', 'تستمر ثلاثة أسابيع')
    const other = [
      'بدأت فرق وزارة الصحة صباح اليوم تطعيم الأطفال ضد الحصبة في المدارس الحكومية بالعاصمة.',
      'وقالت مديرة إحدى المدارس إن الإقبال كان كبيرا، وإن معظم الأهالي وقعوا على الموافقة.',
      'وتأتي الحملة بعد تسجيل أكثر من 300 إصابة بالمرض منذ بداية العام.',
    ].join('\n\n')
    const corpus = await runPipeline([
      file('a.txt', `حملة تطعيم\n\n${BODY}`),
      file('b.txt', `حملة تطعيم\n\n${edited}`),
      file('c.txt', `التطعيم في المدارس\n\n${other}`),
    ])
    expect(corpus.articles.map((a) => a.file)).toEqual(['a.txt', 'c.txt'])
    expect(corpus.duplicates).toHaveLength(1)
    expect(corpus.duplicates![0]).toMatchObject({ file: 'b.txt', of: 'a.txt' })
    expect(corpus.duplicates![0]!.similarity).toBeGreaterThan(0.8)
    expect(corpus.duplicates![0]!.similarity).toBeLessThan(1)
  })

  it('does not merge short texts that share a template', async () => {
    const corpus = await runPipeline([
      file('a.txt', 'عاجل\n\nانفجار في الميناء.'),
      file('b.txt', 'عاجل\n\nحريق في الميناء.'),
    ])
    expect(corpus.articles).toHaveLength(2)
    expect(corpus.duplicates).toEqual([])
  })

  it('knows an article saved as a page and as text is one article', async () => {
    const corpus = await runPipeline([
      ingestFixture('page-windows-1256.html'),
      ingestFixture('enc-utf8.txt'),
    ])
    expect(corpus.articles).toHaveLength(1)
    expect(corpus.duplicates).toHaveLength(1)
  })
})
