import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../../src/pipeline/types'
import { events } from './helpers'

function quantities(sentence: string): Quantity[] {
  return events(sentence).flatMap((e) => e.quantities)
}

describe('quantities: numbers with what they count', () => {
  it.each([
    ['هبطت 9 طائرات عسكرية من طراز "إل-76" في المطار.', 9, 'aircraft', 'exact'],
    ['أودى الزلزال بحياة 43.556 شخصا.', 43556, 'killed', 'exact'],
    ['ضرب زلزال بقوة 6.4 درجة جنوب البلاد.', 6.4, 'other', 'exact'],
    ['اعتقلت الشرطة أكثر من 1000 متظاهر.', 1000, 'arrested', 'ge'],
    ['قتل نحو 70 شخصا في الهجوم.', 70, 'killed', 'approx'],
    ['أصيب ٢,٠٠٠ شخص بجروح.', 2000, 'injured', 'exact'],
    ['أصيب ١٥٠ شخصا في الحريق.', 150, 'injured', 'exact'],
    ['أرسلت البلاد ألفي جندي إلى الجبهة.', 2000, 'troops', 'exact'],
    ['اعتقلت السلطات عشرات الناشطين.', 20, 'arrested', 'ge'],
    ['قتل الـ21 راكبا في الحادث.', 21, 'killed', 'exact'],
    ['أصيب مئات المتظاهرين في المواجهات.', 200, 'injured', 'ge'],
    ['اعتقلت الشرطة 3 آلاف شخص.', 3000, 'arrested', 'exact'],
    ['قتل خمسة وعشرون شخصا في الانفجار.', 25, 'killed', 'exact'],
    ['أسفرت المواجهات عن مقتل 18 من عناصر الشرطة.', 18, 'killed', 'exact'],
    ['ارتفع عدد القتلى إلى 45 قتيلا.', 45, 'killed', 'exact'],
    ['أعلنت الوزارة أن 12 من الجنود قتلوا في الكمين.', 12, 'killed', 'exact'],
    ['وصلت 40 مدرعة إلى أطراف المدينة.', 40, 'vehicles', 'exact'],
    ['ألقت الشرطة القبض على نحو ألفي شخص.', 2000, 'arrested', 'approx'],
    ['قتل عشرات الآلاف في الحرب.', 20000, 'killed', 'ge'],
    ['أصيب ما لا يقل عن 30 شخصا.', 30, 'injured', 'ge'],
  ])('%s → %d %s (%s)', (sentence, value, unit, qualifier) => {
    const q = quantities(sentence)
    expect(q.map((x) => [x.value, x.unit, x.qualifier])).toContainEqual([value, unit, qualifier])
  })

  it('counts two in a dual noun, but not in a plural after a number', () => {
    expect(quantities('هبطت طائرتان عسكريتان من طراز C-130 في المطار.')).toMatchObject([
      { value: 2, unit: 'aircraft', model: 'C-130' },
    ])
    expect(quantities('أسفر الهجوم عن مقتل جنديين.').map((q) => [q.value, q.unit])).toEqual([
      [2, 'killed'],
    ])
    expect(quantities('أرسلت البلاد 300 عسكريين إلى الجبهة.').map((q) => q.value)).toEqual([300])
  })

  it('keeps the aircraft model and the words the number was read from', () => {
    const text = 'هبطت 9 طائرات عسكرية من طراز "إل-76" في المطار.'
    const [q] = quantities(text)
    expect(q!.model).toBe('إل-76')
    expect(q!.text).toBe('9 طائرات')
    expect(text.slice(q!.start!, q!.end!)).toBe(q!.text)
    expect(quantities('وصلت 3 طائرات من طراز An-124 إلى القاعدة.')[0]!.model).toBe('An-124')
  })

  it('reads two figures of one sentence with their own units', () => {
    const q = quantities('أفاد تقرير بمقتل 13 وإصابة 353 في صفوف القوات.')
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [13, 'killed'],
      [353, 'injured'],
    ])
  })

  it.each([
    'قتل شخص في حادث وقع في 12 مايو.',
    'اعتقل ناشط بعد أن نشر نص الفصل 80 من الدستور.',
    'قتل شخص في مدينة يسكنها 19 مليون نسمة.',
    'أصيب شخص خلال 3 أيام من الاحتجاجات.',
    'اعتقلت الشرطة شخصا في الساعة 11 ليلا.',
  ])('%s → no count', (sentence) => {
    expect(quantities(sentence)).toEqual([])
  })
})
