import { describe, expect, it } from 'vitest'
import { events, run } from './helpers'

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
