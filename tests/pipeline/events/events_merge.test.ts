import { describe, expect, it } from 'vitest'
import { assembleCorpus } from '../../../src/pipeline/corpus'
import { extractEvents } from '../../../src/pipeline/events'
import type { ArticleResult, Corpus, FileResult } from '../../../src/pipeline/types'
import { makeInput, type InputOptions } from './helpers'

function file(id: string, text: string, opts: InputOptions = {}): FileResult {
  const input = makeInput(text, { id, ...opts })
  const { events, deployments } = extractEvents(input)
  const r: ArticleResult = { ...input, events, deployments }
  return { file: input.article.file, results: [r], errors: [] }
}

const A = () =>
  file('a-1', 'في 5 مارس أرسلت تركيا 300 جندي إلى ليبيا.', {
    timexes: [['5 مارس', '2023-03-05']],
    mentions: [
      ['تركيا', 'LOC'],
      ['ليبيا', 'LOC'],
    ],
  })
const B = () =>
  file('a-2', 'وصل 300 جندي تركي إلى ليبيا يوم 5 مارس.', {
    timexes: [['يوم 5 مارس', '2023-03-05']],
    mentions: [
      ['تركي', 'LOC', 'تركيا', 'nisba'],
      ['ليبيا', 'LOC'],
    ],
  })

const deployments = (c: Corpus) => c.events.filter((e) => e.type === 'deployment')

describe('mergeEvents: one event reported by several articles', () => {
  it('merges same type, same date and a shared place into one event with two sources', () => {
    const corpus = assembleCorpus([A(), B()])
    const [e, ...rest] = deployments(corpus)
    expect(rest).toEqual([])
    expect(e!.sources.map((s) => s.articleId)).toEqual(['a-1', 'a-2'])
    expect(e!.date).toBe('2023-03-05')
    const libya = corpus.entities.find((x) => x.name === 'ليبيا')!
    expect(e!.locations).toEqual([libya.id])
    expect(e!.quantities.map((q) => [q.value, q.articleId])).toEqual([
      [300, 'a-1'],
      [300, 'a-2'],
    ])
    // deployment records point at the surviving event, one per sender
    expect(corpus.deployments.every((d) => d.eventId === e!.id)).toBe(true)
    const turkey = corpus.entities.find((x) => x.name === 'تركيا')!
    expect(corpus.deployments.map((d) => d.sender)).toEqual([turkey.id])
  })

  it('does not depend on the order of the files', () => {
    expect(assembleCorpus([B(), A()])).toEqual(assembleCorpus([A(), B()]))
  })

  it('keeps events on different days apart', () => {
    const c = file('a-3', 'في 9 مارس أرسلت تركيا 300 جندي إلى ليبيا.', {
      timexes: [['9 مارس', '2023-03-09']],
      mentions: [
        ['تركيا', 'LOC'],
        ['ليبيا', 'LOC'],
      ],
    })
    expect(deployments(assembleCorpus([A(), c]))).toHaveLength(2)
  })

  it('keeps events in different places apart', () => {
    const c = file('a-3', 'في 5 مارس أرسلت تركيا 300 جندي إلى قطر.', {
      timexes: [['5 مارس', '2023-03-05']],
      mentions: [
        ['تركيا', 'LOC'],
        ['قطر', 'LOC'],
      ],
    })
    expect(deployments(assembleCorpus([A(), c]))).toHaveLength(2)
  })

  it('never merges events of different articles that name no actor or place', () => {
    const x = file('a-1', 'اعتقلت الشرطة عشرين شخصا.')
    const y = file('a-2', 'اعتقلت الشرطة ثلاثين شخصا.')
    expect(assembleCorpus([x, y]).events).toHaveLength(2)
  })

  it('keeps every casualty figure with its source when a later report updates it', () => {
    const x = file('a-1', 'قتل 12 شخصا في الاشتباكات في حمص.', {
      published: '2023-03-10',
      mentions: [['حمص', 'LOC']],
    })
    const y = file('a-2', 'ارتفع عدد القتلى في حمص إلى 15 قتيلا.', {
      published: '2023-03-11',
      mentions: [['حمص', 'LOC']],
    })
    const [e, ...rest] = assembleCorpus([x, y]).events.filter((v) => v.type === 'casualties')
    expect(rest).toEqual([])
    expect(e!.quantities.map((q) => [q.value, q.unit, q.articleId])).toEqual([
      [12, 'killed', 'a-1'],
      [15, 'killed', 'a-2'],
    ])
  })
})

describe('extractEvents: reports of one event within an article', () => {
  it('merges a headline with the body that tells the same event', () => {
    const text = 'الشرطة تعتقل عشرات المحتجين\n\nاعتقلت الشرطة عشرات المحتجين في وسط المدينة.'
    const { events } = extractEvents(makeInput(text))
    expect(events).toHaveLength(1)
    expect(events[0]!.sources).toHaveLength(2)
  })
})

describe('mergeEvents: a withdrawal ends the deployment it undoes', () => {
  const places: InputOptions['mentions'] = [
    ['روسيا', 'LOC'],
    ['أرمينيا', 'LOC'],
    ['كازاخستان', 'LOC'],
  ]
  const sent = () =>
    file('d-1', 'أرسلت روسيا 3000 جندي إلى كازاخستان.', {
      published: '2022-01-06',
      mentions: places,
    })
  const left = (id: string, sender: string, published: string) =>
    file(id, `أعلنت ${sender} انسحاب قواتها من كازاخستان.`, { published, mentions: places })
  const withdraws = (c: Corpus) => {
    const w = c.deployments.find((d) => d.kind === 'withdrawal')!
    return w.withdraws && c.deployments.find((d) => d.id === w.withdraws)?.kind
  }

  it.each([
    ['the same sender, later', 'روسيا', '2022-01-13', 'deployment'],
    ['another sender', 'أرمينيا', '2022-01-13', undefined],
    ['the same sender, earlier', 'روسيا', '2022-01-02', undefined],
  ])('%s', (_, sender, published, want) => {
    expect(withdraws(assembleCorpus([sent(), left('w-1', sender, published)]))).toBe(want)
  })
})

describe('mergeEvents: deployments by different senders stay apart', () => {
  const places: InputOptions['mentions'] = [
    ['روسيا', 'LOC'],
    ['بيلاروسيا', 'LOC'],
    ['كازاخستان', 'LOC'],
  ]
  const sent = (id: string, sender: string) =>
    file(id, `أرسلت ${sender} 3000 جندي إلى كازاخستان.`, {
      published: '2022-01-06',
      mentions: places,
    })

  it.each([
    ['روسيا', 'بيلاروسيا', 2],
    ['روسيا', 'روسيا', 1],
  ] as [string, string, number][])('%s and %s → %i', (a, b, n) => {
    expect(deployments(assembleCorpus([sent('s-1', a), sent('s-2', b)]))).toHaveLength(n)
  })
})
