import { describe, expect, it } from 'vitest'
import { events } from './helpers'

describe('modality: denied, planned and conditional events are not facts', () => {
  it.each([
    ['اعتقلت الشرطة عشرين شخصا.', 'arrest', 'asserted'],
    ['لم يتم إرسال قوات إلى الحدود.', 'deployment', 'denied'],
    ['لوحظ عدم انسحاب القوات من المدينة.', 'withdrawal', 'denied'],
    ['من المتوقع أن تصل قوات إضافية الأسبوع المقبل.', 'deployment', 'planned'],
    ['ستنشر الحكومة وحدات من الجيش في العاصمة.', 'deployment', 'planned'],
    ['سوف يعقد الوزراء اجتماعا طارئا غدا.', 'diplomacy', 'planned'],
    ['إذا استمرت الاحتجاجات فقد تفرض السلطات حظر التجول.', 'emergency', 'conditional'],
    ['إذا استمرت الاحتجاجات فقد تفرض السلطات حظر التجول.', 'protest', 'conditional'],
    ['في حال انسحاب القوات ستعود الفوضى.', 'withdrawal', 'conditional'],
    ['انسحاب القوات من المنطقة سيكون صعبا.', 'withdrawal', 'conditional'],
    ['ينتظر أن يلقي الرئيس كلمة إلى الشعب مساء اليوم.', 'statement', 'planned'],
    ['وقد أعلنت الحكومة حالة الطوارئ.', 'emergency', 'reported'],
    ['وكانت القوات قد نشرت وحدات في المدينة.', 'deployment', 'asserted'],
    ['قد تفرض السلطات حظر التجول.', 'emergency', 'conditional'],
    ['وبحسب مصادر محلية، اعتقلت الشرطة عشرين شخصا.', 'arrest', 'reported'],
  ])('%s → %s is %s', (sentence, type, modality) => {
    const e = events(sentence).find((x) => x.type === type)
    expect(e?.modality).toBe(modality)
  })

  it('does not read a negation of another verb as a denial of the event', () => {
    const [e] = events('لم يتضح عدد الأشخاص الذين تم توقيفهم في المدينة.')
    expect(e!.type).toBe('arrest')
    expect(e!.modality).toBe('asserted')
  })

  it('treats "قد" before a past verb as an assertion', () => {
    const [e] = events('وكانت السلطات قد اعتقلت خمسة أشخاص.')
    expect(e!.modality).toBe('asserted')
  })

  it('drops what a negated reporting verb would have said', () => {
    const evs = events('لم تعلن الحكومة حالة الطوارئ حتى الآن.')
    expect(evs.filter((e) => e.modality === 'asserted' || e.modality === 'reported')).toEqual([])
  })

  it('does not read a future in "سيطرة" or "سيارات"', () => {
    const evs = events('أحرق المحتجون سيارات للشرطة.')
    expect(evs.map((e) => [e.type, e.modality])).toEqual([['clash', 'asserted']])
  })
})
