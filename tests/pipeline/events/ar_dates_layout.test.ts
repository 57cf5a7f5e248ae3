import { describe, expect, it } from 'vitest'
import type { MirsadEvent } from '../../../src/pipeline/types'
import { events, type InputOptions } from './helpers'

const at = (e: MirsadEvent) => e.sources[0]!.trigger?.start ?? e.sources[0]!.start

/** [type, date, dateSource] of each event, in the order of the text. */
function dated(text: string, opts: InputOptions): [string, string | null, string][] {
  return events(text, opts)
    .sort((a, b) => at(a) - at(b))
    .map((e: MirsadEvent) => [e.type, e.date, e.dateSource])
}

const THURSDAY: InputOptions['timexes'] = [['يوم الخميس', '2023-03-09']]

describe('dates: the article header is when it was published, not when things happened', () => {
  it.each([
    {
      name: 'a date in the dateline line gives only the publication date',
      text: 'القاهرة - الاثنين 6 مارس 2023\n\nاعتقلت الشرطة عشرة أشخاص.',
      opts: { published: '2023-03-06', timexes: [['الاثنين 6 مارس 2023', '2023-03-06']] },
      want: [['arrest', '2023-03-06', 'publication']],
    },
    {
      name: 'the same date in a sentence of the body dates its event',
      text: 'اعتقلت الشرطة يوم الاثنين 6 مارس عشرة أشخاص.',
      opts: { published: '2023-03-06', timexes: [['يوم الاثنين 6 مارس', '2023-03-06']] },
      want: [['arrest', '2023-03-06', 'explicit']],
    },
  ] as { name: string; text: string; opts: InputOptions; want: unknown }[])(
    '$name',
    ({ text, opts, want }) => expect(dated(text, opts)).toEqual(want),
  )
})

describe('dates: background told as earlier is not dated by the story', () => {
  it.each([
    {
      name: 'a pluperfect (وكانت ... قد) gets only the publication date',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وكانت السلطات قد فرضت حظر التجول.',
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['emergency', '2023-03-10', 'publication'],
      ],
    },
    {
      name: 'a plain past goes on with the story',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وفرضت السلطات حظر التجول.',
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['emergency', '2023-03-09', 'narrative'],
      ],
    },
    {
      name: 'كان with an imperfect is the story going on, not a flashback',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وكانت قوات الأمن تطلق الغاز المسيل للدموع على المحتجين.',
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['clash', '2023-03-09', 'narrative'],
      ],
    },
    {
      name: 'a day named in a pluperfect does not move the story',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وكانت السلطات قد فرضت في 2 مارس حظر التجول. وقتل شخصان.',
      opts: { timexes: [...THURSDAY!, ['في 2 مارس', '2023-03-02']] },
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['emergency', '2023-03-02', 'explicit'],
        ['casualties', '2023-03-09', 'narrative'],
      ],
    },
  ] as { name: string; text: string; opts?: InputOptions; want: unknown }[])(
    '$name',
    ({ text, opts, want }) => expect(dated(text, opts ?? { timexes: THURSDAY })).toEqual(want),
  )
})

describe('dates: a year, month or week named in the clause', () => {
  it.each([
    {
      name: 'a year the story is not in leaves the event undated',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وانتشرت قوات حفظ السلام في البلاد عام 2013.',
      timexes: [...THURSDAY!, ['عام 2013', '2013']],
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['deployment', null, 'none'],
      ],
    },
    {
      name: 'a month after publication is a plan, not the date of the statement',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وقال الوزير إن المحاكمة ستبدأ الشهر المقبل.',
      timexes: [...THURSDAY!, ['الشهر المقبل', '2023-04']],
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['statement', '2023-03-09', 'narrative'],
      ],
    },
    {
      name: 'a bare month name inside a word ("باب") does not void the date',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وقال الوزير إن الحكومة أغلقت باب الحوار.',
      timexes: [...THURSDAY!, ['اب', '2022-08']],
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['statement', '2023-03-09', 'narrative'],
      ],
    },
    {
      name: 'the period nearest the trigger is its own, not a later one it mentions',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. وكانت الحكومة قد أعلنت في ديسمبر الماضي تجميد الأجور للعام الحالي.',
      timexes: [...THURSDAY!, ['في ديسمبر الماضي', '2022-12'], ['للعام الحالي', '2023']],
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['statement', null, 'none'],
      ],
    },
    {
      name: 'a month after a preposition does',
      text: 'اعتقلت الشرطة يوم الخميس عشرة أشخاص. واندلعت الاحتجاجات في آب.',
      timexes: [...THURSDAY!, ['آب', '2022-08']],
      want: [
        ['arrest', '2023-03-09', 'explicit'],
        ['protest', null, 'none'],
      ],
    },
  ] as { name: string; text: string; timexes: InputOptions['timexes']; want: unknown }[])(
    '$name',
    ({ text, timexes, want }) => expect(dated(text, { timexes })).toEqual(want),
  )
})

describe('dates: spans', () => {
  it('dates an event told over a few days up to publication by its first and last day', () => {
    const [e] = events('قتل خمسة أشخاص خلال اليومين الماضيين.', {
      timexes: [['خلال اليومين الماضيين', '2023-03-08/2023-03-10']],
    })
    expect([e!.date, e!.dateEnd, e!.dateSource]).toEqual(['2023-03-08', '2023-03-10', 'explicit'])
    expect(e!.sources[0]!.dateEnd).toBe('2023-03-10')
  })

  it('gives no span for a long period, nor for a single day', () => {
    const long = events('قتل خمسة أشخاص خلال الشهر الماضي.', {
      timexes: [['خلال الشهر الماضي', '2023-02-01/2023-02-28']],
    })[0]!
    expect([long.date, long.dateEnd]).toEqual(['2023-02-01', undefined])
    const day = events('قتل خمسة أشخاص يوم الخميس.', { timexes: THURSDAY })[0]!
    expect(day.dateEnd).toBeUndefined()
  })
})

describe('headline: its events repeat the body', () => {
  const body = 'أعلنت الوزارة مساء الثلاثاء الإفراج عن أربعة رهائن.'
  const opts = { published: null, timexes: [['مساء الثلاثاء', '2023-03-07']] } as InputOptions

  it('merges an undated headline event into the dated one of the body', () => {
    const title = 'الإفراج عن 4 رهائن في مالي'
    const evs = events(`${title}\n\n${body}`, { ...opts, title })
    expect(evs).toHaveLength(1)
    expect([evs[0]!.date, evs[0]!.dateSource, evs[0]!.sources.length]).toEqual([
      '2023-03-07',
      'explicit',
      2,
    ])
  })

  it('keeps an undated body event apart from a dated one', () => {
    const evs = events(`الإفراج عن 4 رهائن في مالي.\n\n${body}`, opts)
    expect(evs.map((e) => e.date).sort()).toEqual(['2023-03-07', null])
  })
})

describe('dates: "لليوم الرابع على التوالي" counts from the day the sentence names', () => {
  const start: InputOptions['timexes'] = [['في 2 يناير', '2022-01-02']]
  const opts = { published: null, timexes: start }

  it('puts the story on the fourth day, for this sentence and the next ones', () => {
    const text =
      'وتجتاح البلاد الاحتجاجات لليوم الرابع على التوالي، حيث اندلعت الاحتجاجات في 2 يناير. وفرضت الحكومة حالة الطوارئ.'
    expect(dated(text, opts)).toEqual([
      ['protest', '2022-01-05', 'narrative'],
      ['protest', '2022-01-02', 'explicit'],
      ['emergency', '2022-01-05', 'narrative'],
    ])
  })

  it('dates nothing from it without a day in the sentence', () => {
    expect(dated('وتجتاح البلاد الاحتجاجات لليوم الرابع على التوالي.', opts)).toEqual([
      ['protest', null, 'none'],
    ])
  })

  it('dates nothing from it when the day it gives is after publication', () => {
    const text =
      'وتجتاح البلاد الاحتجاجات لليوم العاشر على التوالي، حيث اندلعت الاحتجاجات في 2 يناير.'
    // the tenth day from 2 January would be the 11th, after publication
    const days = dated(text, { published: '2022-01-05', timexes: start }).map((d) => d[1])
    expect(days).not.toContain('2022-01-11')
    expect(days).toContain('2022-01-02')
  })
})

describe('triggers read through a time expression set off by commas', () => {
  it.each([
    ['وصلت، أمس الخميس، طلائع القوة إلى الإقليم.', [['deployment', '2023-03-09', 'explicit']]],
    // without the commas the words are no aside, and too far apart
    ['وصلت أمس الخميس بعد رحلة طويلة طلائع القوة إلى الإقليم.', []],
  ])('%s', (text, want) => {
    expect(dated(text, { timexes: [['أمس الخميس', '2023-03-09']] })).toEqual(want)
  })
})

describe('layout: the dateline and the lines above the body', () => {
  const mentions: InputOptions['mentions'] = [
    ['رويترز', 'ORG'],
    ['هراري', 'LOC'],
    ['ألماتي', 'LOC'],
  ]

  it('takes the agency and the newsroom of a dateline for no argument', () => {
    const [e] = events('هراري (رويترز) - اعتقلت الشرطة عشرة أشخاص.', { mentions })
    expect([e!.actors, e!.locations]).toEqual([[], []])
    const [plain] = events('اعتقلت الشرطة في هراري عشرة أشخاص.', { mentions })
    expect(plain!.locations).toEqual(['هراري'])
  })

  it('keeps the places of a short subheading with no date', () => {
    const sub = events('اعتقالات واسعة في ألماتي\n\nاعتقلت الشرطة عشرة أشخاص.', { mentions })
    expect(sub.flatMap((e) => e.locations)).toContain('ألماتي')
  })
})
