import { describe, expect, it } from 'vitest'
import { events, run, type InputOptions } from './helpers'

describe('arguments: actors and places from the entity mentions of the clause', () => {
  it('takes PER/ORG as actors and LOC as places, a nisba never as a place', () => {
    const text = 'اعتقلت الشرطة الفرنسية في مدينة ليون عشرين متظاهرا.'
    const [e] = events(text, {
      mentions: [
        ['الشرطة الفرنسية', 'ORG', 'الشرطة الفرنسية'],
        ['الفرنسية', 'LOC', 'فرنسا', 'nisba'],
        ['ليون', 'LOC'],
      ],
    })
    expect(e!.actors).toEqual(['الشرطة الفرنسية'])
    expect(e!.locations).toEqual(['ليون'])
  })

  it('keeps the arguments of one clause off the event of another', () => {
    const text = 'اعتقلت الشرطة خمسة أشخاص في ليون، فيما أحرق محتجون سيارات في مرسيليا.'
    const evs = events(text, {
      mentions: [
        ['ليون', 'LOC'],
        ['مرسيليا', 'LOC'],
      ],
    })
    const byType = Object.fromEntries(evs.map((e) => [e.type, e]))
    expect(byType.arrest!.locations).toEqual(['ليون'])
    expect(byType.clash!.locations).toEqual(['مرسيليا'])
  })
})

describe('deployments: who sent what from where to where', () => {
  it('reads sender, contingent and destination', () => {
    const out = run('أرسلت تركيا 300 جندي إلى ليبيا.', {
      mentions: [
        ['تركيا', 'LOC'],
        ['ليبيا', 'LOC'],
      ],
    })
    expect(out.deployments).toHaveLength(1)
    const d = out.deployments[0]!
    expect(d).toMatchObject({
      eventId: out.events[0]!.id,
      sender: 'تركيا',
      destination: 'ليبيا',
      origin: null,
      kind: 'deployment',
      date: '2023-03-10',
    })
    expect(d.contingent.map((q) => [q.value, q.unit])).toEqual([[300, 'troops']])
    // the sender is not a place of the event
    expect(out.events[0]!.locations).toEqual(['ليبيا'])
  })

  it('reads a sender from a nisba, a destination from a clitic, and the aircraft model', () => {
    const text = 'هبطت 4 طائرات روسية من طراز إيل-76 تقل مظليين في مطار حميميم بسوريا.'
    const out = run(text, {
      mentions: [
        ['روسية', 'LOC', 'روسيا', 'nisba'],
        ['حميميم', 'LOC'],
        ['سوريا', 'LOC'],
      ],
    })
    const d = out.deployments[0]!
    expect(d.sender).toBe('روسيا')
    expect(d.destination).toBe('سوريا')
    expect(d.contingent.map((q) => [q.value, q.unit, q.model])).toEqual([[4, 'aircraft', 'إيل-76']])
  })

  it('reads the origin of troops entering from somewhere', () => {
    const text = 'بدأت القوات دخول البلاد من شبه جزيرة القرم.'
    const out = run(text, { mentions: [['شبه جزيرة القرم', 'LOC']] })
    expect(out.deployments[0]!.origin).toBe('شبه جزيرة القرم')
  })

  it('names the mission and lists the contributing countries', () => {
    const text =
      'أرسل الاتحاد الأفريقي قوة لحفظ السلام إلى الصومال. وتضم القوة وحدات من كينيا وأوغندا وإثيوبيا.'
    const out = run(text, {
      mentions: [
        ['الاتحاد الأفريقي', 'ORG'],
        ['الصومال', 'LOC'],
        ['كينيا', 'LOC'],
        ['أوغندا', 'LOC'],
        ['إثيوبيا', 'LOC'],
      ],
    })
    expect(out.events.filter((e) => e.type === 'deployment')).toHaveLength(1)
    const [main, ...contributors] = out.deployments
    expect(main).toMatchObject({
      sender: 'الاتحاد الأفريقي',
      destination: 'الصومال',
      mission: 'قوة لحفظ السلام',
    })
    expect(contributors.map((c) => c.sender)).toEqual(['كينيا', 'أوغندا', 'إثيوبيا'])
    expect(contributors.every((c) => c.destination === 'الصومال')).toBe(true)
  })

  it('takes the mission from the organisation a force belongs to', () => {
    const text = 'وصلت قوات حفظ السلام التابعة لمنظمة الأمم المتحدة إلى المدينة.'
    const out = run(text, { mentions: [['منظمة الأمم المتحدة', 'ORG']] })
    expect(out.deployments[0]!.mission).toBe('منظمة الأمم المتحدة')
    expect(out.deployments[0]!.sender).toBe('منظمة الأمم المتحدة')
  })

  it('does not take whoever announced a deployment for its sender', () => {
    const text =
      'أعلنت وزارة الدفاع عن وصول قوات حفظ السلام التابعة لمنظمة الأمن الإقليمي إلى المدينة.'
    const out = run(text, {
      mentions: [
        ['وزارة الدفاع', 'ORG'],
        ['منظمة الأمن الإقليمي', 'ORG'],
      ],
    })
    expect(out.deployments[0]!.sender).toBe('منظمة الأمن الإقليمي')
  })

  it('records a withdrawal, and no record for a deployment that did not happen', () => {
    const w = run('انسحبت القوات الفرنسية من مالي.', {
      mentions: [
        ['الفرنسية', 'LOC', 'فرنسا', 'nisba'],
        ['مالي', 'LOC'],
      ],
    })
    expect(w.deployments[0]).toMatchObject({ kind: 'withdrawal', sender: 'فرنسا', origin: 'مالي' })
    expect(run('لم يتم إرسال قوات إلى الحدود.').deployments).toEqual([])
  })
})

describe('deployments: the kinds of units a contingent names', () => {
  const kinds = (text: string) =>
    run(text).deployments.map((d) => (d.units ?? []).map((u) => u.kind))

  it.each([
    [
      'وهبطت ثلاث طائرات نقل عسكرية في المطار، تقل مظليين ومعدات.',
      [['paratroopers', 'transport-aircraft']],
    ],
    [
      'أعلنت الوزارة إرسال فرقاطتين وطائرات استطلاع إلى المنطقة.',
      [['frigate', 'reconnaissance-aircraft']],
    ],
    ['أرسلت الحكومة 3 آلاف من عناصر فرق الإنقاذ إلى المدينة.', [['rescue-team']]],
    ['وأرسلت الولايات المتحدة حاملة الطائرات إلى البحر المتوسط.', [['aircraft-carrier']]],
    // no unit named: no field
    ['أرسلت الحكومة 300 جندي إلى الحدود.', [[]]],
  ])('%s', (text, want) => expect(kinds(text)).toEqual(want))

  it('keeps the units of the next deployment of the sentence off the first', () => {
    const text =
      'أرسلت بريطانيا 350 جنديا إلى بولندا، ووصلت إلى ليتوانيا طائرات ألمانية تقل عناصر من كتيبة مدرعة.'
    const out = run(text, {
      mentions: [
        ['بريطانيا', 'LOC'],
        ['بولندا', 'LOC'],
        ['ليتوانيا', 'LOC'],
        ['ألمانية', 'LOC', 'ألمانيا', 'nisba'],
      ],
    })
    const bySender = Object.fromEntries(
      out.deployments.map((d) => [d.sender, (d.units ?? []).map((u) => u.kind)]),
    )
    expect(bySender).toEqual({ بريطانيا: [], ألمانيا: ['battalion'] })
    expect(out.deployments.find((d) => d.sender === 'ألمانيا')!.units![0]!.text).toBe('كتيبة')
  })

  it('takes "الأممية" after a force for the United Nations', () => {
    const sender = (t: string) => run(t).deployments[0]!.sender
    expect(sender('وانتشرت قوات حفظ السلام الأممية في البلاد.')).toBe('الأمم المتحدة')
    expect(sender('وانتشرت قوات حفظ السلام في البلاد.')).toBeNull()
  })
})

describe('deployments: reports of two deployments in one article stay two', () => {
  const mentions = [
    ['روسيا', 'LOC'],
    ['بيلاروسيا', 'LOC'],
    ['كازاخستان', 'LOC'],
    ['روسي', 'LOC', 'روسيا', 'nisba'],
  ] as InputOptions['mentions']

  it.each([
    ['أرسلت روسيا 3000 جندي إلى كازاخستان. وأرسلت بيلاروسيا 500 جندي إلى كازاخستان.', 2],
    ['أرسلت روسيا 3000 جندي إلى كازاخستان. ووصل 500 جندي إلى كازاخستان.', 2],
    ['أرسلت روسيا 3000 جندي إلى كازاخستان. ووصل 3000 جندي روسي إلى كازاخستان.', 1],
  ] as [string, number][])('%s → %i', (text, n) => {
    expect(run(text, { mentions }).events.filter((e) => e.type === 'deployment')).toHaveLength(n)
  })
})

describe('deployments: a force with a possessive belongs to the subject', () => {
  const mentions = [
    ['روسيا', 'LOC'],
    ['كازاخستان', 'LOC'],
  ] as InputOptions['mentions']
  it.each([
    ['أعلنت روسيا انسحاب قواتها من كازاخستان.', 'روسيا'],
    ['أعلنت روسيا انسحاب جنوده من كازاخستان.', 'روسيا'],
    // "قوة" ends in ة, not in a pronoun: who announced it did not send it
    ['أعلنت روسيا إرسال قوة إلى كازاخستان.', null],
  ])('%s', (text, want) => expect(run(text, { mentions }).deployments[0]!.sender).toBe(want))
})

describe('deployments: counts further from the verb, partitives, who sends', () => {
  const mentions = [
    ['اليونان', 'LOC'],
    ['رواندا', 'LOC'],
    ['ملاطية', 'LOC'],
    ['وزارة الدفاع البريطانية', 'ORG'],
    ['البريطانية', 'LOC', 'بريطانيا', 'nisba'],
    ['ألمانية', 'LOC', 'ألمانيا', 'nisba'],
    ['الروسية', 'LOC', 'روسيا', 'nisba'],
  ] as InputOptions['mentions']
  const one = (text: string) => {
    const out = run(text, { mentions })
    const d = out.deployments[0]
    return d && [d.sender, d.contingent.map((q) => `${q.value} ${q.unit}`).join(', ')]
  }

  it.each([
    ['كما نشرت رواندا منذ 9 يوليو الجاري ألف جندي في الإقليم.', ['رواندا', '1000 troops']],
    [
      'وهبطت في مطار ملاطية خلال اليومين الماضيين 14 طائرة محملة بالمساعدات.',
      [null, '14 aircraft'],
    ],
    ['كما أرسلت اليونان فريقا من 40 منقذا.', ['اليونان', '40 troops']],
    ['أرسلت اليونان 3 آلاف من عناصر الإنقاذ.', ['اليونان', '3000 troops']],
    ['أعلنت وزارة الدفاع البريطانية اليوم إرسال فرقاطتين إلى المنطقة.', ['بريطانيا', '2 vehicles']],
    ['ووصلت طائرات نقل عسكرية ألمانية إلى المطار.', ['ألمانيا', '']],
    // a nisba behind a preposition is a place, not the force's
    ['وأرسلت الحكومة قوات إلى الحدود الروسية.', [null, '']],
    // who announces an arrival may be the host, not the sender
    ['أعلنت وزارة الدفاع البريطانية وصول قوات إلى المنطقة.', [null, '']],
    // a number far from a deployment verb with no force word is no deployment
    ['وهبطت الأسعار خلال اليومين الماضيين 14 بالمئة.', undefined],
  ])('%s', (text, want) => expect(one(text)).toEqual(want))
})

describe('deployments: leaving and asking to leave', () => {
  const mentions = [
    ['باماكو', 'LOC'],
    ['دكا', 'LOC'],
  ] as InputOptions['mentions']

  it.each([
    ['وغادرت طائرتان تقلان 220 جنديا مطار باماكو متجهتين إلى دكا.', 'باماكو', 'دكا'],
    // "إلى" names where they go, never where they left
    ['وانسحبت القوات إلى دكا.', null, 'دكا'],
  ])('%s', (text, origin, destination) => {
    const d = run(text, { mentions }).deployments[0]!
    expect([d.origin, d.destination]).toEqual([origin, destination])
  })

  it('makes a request to end a mission a request, and no withdrawal', () => {
    const text = 'وطلب المجلس العسكري من مجلس الأمن إنهاء مهمة البعثة.'
    expect(events(text).map((e) => e.type)).toEqual(['request'])
    expect(events('وطالب المحتجون برحيل الحكومة.').map((e) => e.type)).toEqual(['statement'])
  })
})
