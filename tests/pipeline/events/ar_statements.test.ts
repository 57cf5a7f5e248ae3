import { describe, expect, it } from 'vitest'
import { events } from './helpers'

const summary = (text: string, opts = {}) =>
  events(text, opts).map((e) => [e.type, e.modality, e.sources.length] as const)

describe('statements: one per reporting clause with a speaker, not one per fragment', () => {
  it('makes a statement of words that report no event', () => {
    expect(summary('قال المتحدث باسم الحكومة إن الوضع مستقر.')).toEqual([
      ['statement', 'asserted', 1],
    ])
  })

  it('reports the event a reporting verb introduces instead of a statement', () => {
    expect(summary('قال وزير الداخلية إن الشرطة اعتقلت 20 شخصا.')).toEqual([
      ['arrest', 'reported', 1],
    ])
    expect(summary('أعلن الرئيس حالة الطوارئ في الإقليم.')).toEqual([['emergency', 'reported', 1]])
  })

  it('keeps the statement when what it announces has not happened', () => {
    expect(summary('أعلن الرئيس أن بلاده سترسل قوات إلى الحدود.')).toEqual([
      ['statement', 'asserted', 1],
    ])
  })

  it('makes a denial, a call or a request the event, not what it denies or asks for', () => {
    expect(summary('نفى الجيش إرسال قوات إلى الحدود.')).toEqual([['statement', 'asserted', 1]])
    expect(summary('دعت النقابة إلى إضراب عام يوم الإثنين.')).toEqual([
      ['statement', 'asserted', 1],
    ])
    expect(summary('طلبت الحكومة من الحلفاء إرسال قوات لحماية المطار.')).toEqual([
      ['request', 'asserted', 1],
    ])
  })

  it('continues a statement with "وأضاف:" rather than making a new one', () => {
    const text = 'قال المتحدث إن الوضع مستقر.\nوأضاف: "لن نسمح بالفوضى".'
    expect(summary(text)).toEqual([['statement', 'asserted', 2]])
  })

  it('drops a continuation when the verb before it reported an event', () => {
    const text = 'قال الوزير إن الشرطة اعتقلت 20 شخصا. وأضاف أن التحقيقات مستمرة.'
    expect(summary(text)).toEqual([['arrest', 'reported', 1]])
  })

  it('keeps two speakers of one sentence apart', () => {
    const text = 'قال الرئيس إن الوضع هادئ، فيما قال زعيم المعارضة إن الشوارع غاضبة.'
    expect(summary(text)).toEqual([
      ['statement', 'asserted', 1],
      ['statement', 'asserted', 1],
    ])
  })

  it('merges statements of one speaker in one article', () => {
    const text = 'زعم الوزير جون سميث أن الأزمة ستطول. وقال سميث في مؤتمر صحفي إن الحل سياسي.'
    expect(summary(text)).toEqual([['statement', 'asserted', 2]])
  })

  it('reads a verb inside a quotation as part of the quoted statement', () => {
    const text = 'قال المتحدث: "أبلغنا الوزير أن الوضع مستقر، وأكد الوزير أن لا خطر".'
    expect(summary(text)).toEqual([['statement', 'asserted', 1]])
  })

  it('goes on with a statement in a participle, which is never a statement of its own', () => {
    const text = 'قال المتحدث إن الوضع مستقر، مشيرا إلى أن الحوار مستمر.'
    expect(summary(text)).toEqual([['statement', 'asserted', 1]])
    // "مشددة" here is an adjective, and the speech is a statement
    const speech = 'وسط حراسة مشددة على المداخل ألقى الوزير كلمة أمام النواب.'
    expect(summary(speech)).toEqual([['statement', 'asserted', 1]])
  })

  it('is no statement when the text merely notes something', () => {
    expect(summary('يذكر أن الحكومة كانت قد استقالت الشهر الماضي.')).toEqual([
      ['resignation', 'asserted', 1],
    ])
  })

  it('takes the speaker from the entity layer as the actor', () => {
    const text = 'قال وزير الخارجية جان دوبون إن المحادثات مفيدة.'
    const [e] = events(text, { mentions: [['جان دوبون', 'PER']] })
    expect(e!.type).toBe('statement')
    expect(e!.actors).toEqual(['جان دوبون'])
  })

  it('finds a speaker named before the verb', () => {
    const text = 'وكانت وزارة النقل قد وعدت بصرف الأجور.'
    const [e] = events(text, { mentions: [['وزارة النقل', 'ORG']] })
    expect(e!.type).toBe('statement')
    expect(e!.actors).toEqual(['وزارة النقل'])
  })
})

describe('statements: a reaction is news even when it names the event it reacts to', () => {
  const kinds = (text: string) =>
    events(text)
      .map((e) => `${e.type}:${e.modality}`)
      .sort()

  it.each([
    ['ودان الأمين العام "الهجوم الإرهابي" على السوق.', ['clash:reported', 'statement:asserted']],
    ['وتبنت حركة مسلحة الهجوم في بيان.', ['statement:asserted']],
    ['وأعلنت الحركة مسؤوليتها عن الهجوم الإرهابي.', ['clash:reported', 'statement:asserted']],
    // a plain report of the same event is that event, not a statement
    ['وأعلن الجيش أن الهجوم أسفر عن مقتل 5 أشخاص.', ['casualties:reported']],
  ])('%s', (text, want) => expect(kinds(text)).toEqual(want))
})
