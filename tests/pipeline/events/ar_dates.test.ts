import { describe, expect, it } from 'vitest'
import type { MirsadEvent } from '../../../src/pipeline/types'
import { events, type InputOptions } from './helpers'

function dated(text: string, opts: InputOptions): [string, string | null, string][] {
  return events(text, opts).map((e: MirsadEvent) => [e.type, e.date, e.dateSource])
}

describe('dates: how each event is dated, and how we know', () => {
  it('uses a time expression in the event clause (explicit)', () => {
    expect(
      dated('في 3 مارس خرج المحتجون إلى الشوارع.', { timexes: [['3 مارس', '2023-03-03']] }),
    ).toEqual([['protest', '2023-03-03', 'explicit']])
  })

  it('dates each clause by its own expression ("... وبعد يومين ...")', () => {
    const text = 'في 3 مارس اندلعت احتجاجات واسعة، وبعد يومين اقتحم المحتجون البرلمان.'
    expect(
      dated(text, {
        timexes: [
          ['3 مارس', '2023-03-03'],
          ['بعد يومين', '2023-03-05'],
        ],
      }),
    ).toEqual([
      ['protest', '2023-03-03', 'explicit'],
      ['clash', '2023-03-05', 'explicit'],
    ])
  })

  it('carries the date of an earlier clause of the sentence (narrative)', () => {
    const text = 'في 3 مارس اندلعت احتجاجات واسعة، حيث أطلقت الشرطة الغاز المسيل للدموع.'
    expect(dated(text, { timexes: [['3 مارس', '2023-03-03']] })).toEqual([
      ['protest', '2023-03-03', 'explicit'],
      ['clash', '2023-03-03', 'narrative'],
    ])
  })

  it('joins a clause that is only a time expression to the clause it dates', () => {
    expect(
      dated('استمرت الاشتباكات، الخميس، في وسط المدينة.', {
        timexes: [['الخميس', '2023-03-09']],
      }),
    ).toEqual([['clash', '2023-03-09', 'explicit']])
    expect(
      dated('وبعد يومين، اقتحم المحتجون البرلمان.', { timexes: [['بعد يومين', '2023-03-05']] }),
    ).toEqual([['clash', '2023-03-05', 'explicit']])
  })

  it('never dates an event by the day something ends ("حتى 20 مارس")', () => {
    expect(
      dated('فرضت السلطات حظر التجول حتى 20 مارس.', { timexes: [['20 مارس', '2023-03-20']] }),
    ).toEqual([['emergency', '2023-03-10', 'publication']])
  })

  it('reads the day of a range or a time', () => {
    expect(
      dated('فرضت السلطات حالة الطوارئ بين 5 و19 مارس.', {
        timexes: [['بين 5 و19 مارس', '2023-03-05/2023-03-19']],
      }),
    ).toEqual([['emergency', '2023-03-05', 'explicit']])
    expect(
      dated('اعتقلت الشرطة عشرة أشخاص فجر اليوم.', {
        timexes: [['فجر اليوم', '2023-03-10T04:00', 'TIME']],
      }),
    ).toEqual([['arrest', '2023-03-10', 'explicit']])
  })

  it('falls back on the publication date, marked as such, else on nothing', () => {
    expect(dated('اعتقلت الشرطة عشرة أشخاص.', {})).toEqual([
      ['arrest', '2023-03-10', 'publication'],
    ])
    expect(dated('اعتقلت الشرطة عشرة أشخاص.', { published: null })).toEqual([
      ['arrest', null, 'none'],
    ])
  })

  it('does not take a month for a day', () => {
    expect(
      dated('اندلعت الاحتجاجات في مارس.', { timexes: [['مارس', '2023-03']], published: null }),
    ).toEqual([['protest', null, 'none']])
  })

  it('does not date a clause by a day named later in the sentence', () => {
    const text = 'تجددت الاحتجاجات في المدينة، بعد أن اندلعت احتجاجات مماثلة في 3 مارس.'
    expect(dated(text, { timexes: [['3 مارس', '2023-03-03']] })).toEqual([
      ['protest', '2023-03-10', 'publication'],
      ['protest', '2023-03-03', 'explicit'],
    ])
  })

  it('carries the last day a main clause named into the next sentences', () => {
    const text =
      'في 3 مارس خرجت حشود إلى الشوارع، وبعد يومين اقتحم المحتجون البرلمان. وفرض الرئيس حظر التجول.'
    expect(
      dated(text, {
        timexes: [
          ['3 مارس', '2023-03-03'],
          ['بعد يومين', '2023-03-05'],
        ],
      }).at(-1),
    ).toEqual(['emergency', '2023-03-05', 'narrative'])
  })

  it('does not let a day in a subordinate clause or after publication move the story', () => {
    const background =
      'تتواصل الاحتجاجات لليوم الرابع، حيث اندلعت الاحتجاجات في 3 مارس. وفرض الرئيس حظر التجول.'
    expect(
      dated(background, { timexes: [['3 مارس', '2023-03-03']], published: null }).at(-1),
    ).toEqual(['emergency', null, 'none'])
    const plan = 'تعقد القمة في 20 مارس. واعتقلت الشرطة عشرة أشخاص.'
    expect(dated(plan, { timexes: [['20 مارس', '2023-03-20']] }).at(-1)).toEqual([
      'arrest',
      '2023-03-10',
      'publication',
    ])
  })

  it('keeps the date each source gives', () => {
    const [e] = events('في 3 مارس خرج المحتجون إلى الشوارع.', {
      timexes: [['3 مارس', '2023-03-03']],
    })
    expect(e!.sources[0]).toMatchObject({ date: '2023-03-03', dateSource: 'explicit' })
  })
})
