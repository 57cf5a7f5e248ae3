import { describe, expect, it } from 'vitest'
import { events, types } from './helpers'

// Invented sentences about invented or generic events, in many kinds of crisis.

describe('triggers: one sentence → the event types it reports', () => {
  it.each([
    // protests
    ['خرج آلاف المحتجين إلى الشوارع في العاصمة للمطالبة برحيل الحكومة.', 'protest'],
    ['تظاهر مئات الطلاب أمام مقر الجامعة.', 'protest'],
    ['اندلعت احتجاجات واسعة في مدينة الميناء.', 'protest'],
    ['نظمت النقابات وقفة احتجاجية أمام الوزارة.', 'protest'],
    ['أعلن عمال المناجم إضرابا مفتوحا عن العمل.', 'protest'],
    ['تجمع المحتجون في الساحة الكبرى ورددوا شعارات ضد الحكومة.', 'protest'],
    ['قطع محتجون غاضبون الطرقات الرئيسية بالإطارات المشتعلة.', 'protest'],
    ['وكانت الانتخابات قد جرت يوم الأربعاء الماضي.', 'other'],
    ['أدلى الناخبون بأصواتهم في مراكز الاقتراع.', 'other'],
    ['فرضت الحكومة حزمة جديدة من العقوبات على الشركات.', 'other'],
    ['وردت الحكومة باستدعاء سفراء ثلاث دول.', 'diplomacy'],
    ['ووصلت إلى المطار أمس الاثنين طائرات نقل عسكرية.', 'deployment'],
    ['وهبطت في المطار خلال اليومين الماضيين 14 طائرة محملة بالمساعدات.', 'deployment'],
    // a count of members ('عنصرا', singular after a number) is a contingent too
    ['وأرسلت الحكومة فريقا من 40 عنصرا من وحدة الإنقاذ العسكرية إلى الجزيرة.', 'deployment'],
    ['قتل عنصر من الشرطة في هجوم على الحاجز.', 'casualties'],
    // clashes, violence, war
    ['اشتبك المتظاهرون مع قوات الأمن قرب البرلمان.', 'clash'],
    ['اقتحم محتجون مبنى البلدية.', 'clash'],
    ['أضرم شبان النار في سيارات للشرطة.', 'clash'],
    ['استخدمت الشرطة الغاز المسيل للدموع لتفريق الحشود.', 'clash'],
    ['رشق شبان مركز الشرطة بالحجارة.', 'clash'],
    ['تدخلت قوة من الجيش لتفريقهم.', 'clash'],
    ['وتدخلت وحدات من الجيش لإجلاء السكان.', 'deployment'],
    ['شنت الطائرات غارات على مواقع في شمال البلاد.', 'clash'],
    ['دمرت الصواريخ مستودعات للذخيرة قرب الحدود.', 'clash'],
    // casualties
    ['لقي 12 شخصا حتفهم في انهيار مبنى سكني.', 'casualties'],
    ['أودت السيول بحياة سبعة أشخاص.', 'casualties'],
    ['أصيب عشرات المتظاهرين بجروح.', 'casualties'],
    ['ارتفع عدد القتلى إلى 45 قتيلا.', 'casualties'],
    // arrests
    ['اعتقلت السلطات 40 ناشطا بتهمة التحريض.', 'arrest'],
    ['ألقت الشرطة القبض على ثلاثة مشتبه بهم.', 'arrest'],
    ['تم توقيف عدد من الصحفيين في المطار.', 'arrest'],
    // emergency measures
    ['فرضت الحكومة حظر التجول في الإقليم.', 'emergency'],
    ['أعلن الرئيس حالة الطوارئ في البلاد لمدة شهر.', 'emergency'],
    ['قطعت السلطات خدمة الإنترنت عن المدينة.', 'emergency'],
    ['علق الجيش العمل بالدستور.', 'emergency'],
    ['أغلقت السلطات المجال الجوي أمام الرحلات المدنية.', 'emergency'],
    ['أغلقت السلطات الحدود مع الدول المجاورة.', 'emergency'],
    ['قرر الرئيس حل البرلمان.', 'emergency'],
    // office
    ['قدم رئيس الوزراء استقالته إلى الملك.', 'resignation'],
    ['تنحى الرئيس عن منصبه بعد أسابيع من الغضب.', 'resignation'],
    ['أقال الرئيس وزير الدفاع.', 'dismissal'],
    ['قرر المجلس إعفاء محافظ البنك المركزي من مهامه.', 'dismissal'],
    ['عين الملك رئيسا جديدا للحكومة.', 'appointment'],
    ['أدى الرئيس الجديد اليمين الدستورية أمام البرلمان.', 'appointment'],
    ['كلف الرئيس وزير المالية بتشكيل حكومة جديدة.', 'appointment'],
    // troops
    ['أرسلت الدولة 500 جندي إلى الحدود الشمالية.', 'deployment'],
    ['هبطت أربع طائرات نقل عسكرية في مطار العاصمة.', 'deployment'],
    ['القوات المشتركة بدأت دخول المدينة من الجهة الشرقية.', 'deployment'],
    ['نشرت وزارة الدفاع وحدات من الجيش في الشوارع.', 'deployment'],
    ['بدأت القوات الأجنبية الانسحاب من البلاد.', 'withdrawal'],
    ['أعلنت البعثة انتهاء مهمتها في الإقليم.', 'withdrawal'],
    // diplomacy, requests, statements
    ['أجرى وزير الخارجية اتصالا هاتفيا مع نظيره الفرنسي.', 'diplomacy'],
    ['التقى الرئيس المبعوث الأممي في القصر.', 'diplomacy'],
    ['وقع البلدان اتفاقا لوقف إطلاق النار.', 'diplomacy'],
    ['طلبت الحكومة مساعدة دولية لمواجهة الفيضانات.', 'request'],
    ['ناشد المحافظ الجيش التدخل لإنقاذ السكان.', 'request'],
    ['قال المتحدث باسم الحكومة إن الوضع تحت السيطرة.', 'statement'],
    ['ندد الاتحاد الأوروبي بالعنف ضد المدنيين.', 'statement'],
    ['عقد وزير الداخلية مؤتمرا صحفيا في مقر الوزارة.', 'statement'],
    ['ألقى الرئيس خطابا إلى الأمة مساء السبت.', 'statement'],
    ['دان الاتحاد الأفريقي الهجوم على البعثة.', 'statement'],
    // other
    ['رفعت الحكومة أسعار الوقود بنسبة 30 بالمئة.', 'other'],
    ['ضرب زلزال بقوة 6.4 درجة جنوب البلاد.', 'other'],
    ['أفرجت السلطات عن عشرات المعتقلين.', 'other'],
    ['أصدر الرئيس مرسوما بتعديل قانون الانتخابات.', 'other'],
    ['شن الجيش عملية عسكرية واسعة في الجبال.', 'other'],
    ['أعلن الرئيس الحداد الوطني ثلاثة أيام.', 'other'],
    ['جرت الانتخابات الرئاسية وسط إقبال ضعيف.', 'other'],
    ['اختطف مسلحون ثلاثة صحفيين قرب الحدود.', 'other'],
    ['اغتيل قائد عسكري في انفجار سيارة مفخخة.', 'casualties'],
    ['هاجم مسلحون حاجزا للجيش في الشمال.', 'clash'],
    ['أعلن قادة الجيش عن انقلاب عسكري في العاصمة.', 'other'],
  ])('%s → %s', (sentence, type) => {
    expect(types(sentence)).toContain(type)
  })
})

describe('triggers: words that look like triggers but are not events', () => {
  it.each([
    'قالب الحلوى كان لذيذا.',
    'واصلت الحكومة المستقيلة تصريف الأعمال.',
    'نشرت الصحيفة تقريرا مطولا عن الاقتصاد.',
    'شهد الاقتصاد انتعاشا كبيرا هذا العام.',
    'وصل الرئيس إلى العاصمة على متن طائرة خاصة.',
    'أطلقت الوزارة حملة توعية صحية.',
    'يذكر أن البلاد عرفت أزمات كثيرة في الماضي.',
    'تعيش البلاد أزمة سياسية منذ سنوات.',
    'خاض الحزب معارك سياسية طويلة في البرلمان.',
    'سيطرت الحكومة على الأسعار بعد أشهر من التضخم.',
    'تحدث التقرير عن الأوضاع في الأقاليم الجنوبية.',
    'أصيب الرئيس بفيروس كورونا الأسبوع الماضي.',
    'بحث الطلاب عن حلول للمشكلة.',
    'وخرج المشجعون للاحتفال في الشوارع حتى الفجر.',
    'احتشد آلاف المشجعين في الساحة احتفالا بالفوز.',
    'جرت مباراة القمة أمس في الملعب الكبير.',
    'تدخلت قوات الأمن بعد منتصف الليل.',
    'نشرت الصحيفة أمس صورا لـ 5 جنود في الميدان.',
    'فرضت الحكومة ضريبة جديدة على الشركات.',
  ])('%s → no event', (sentence) => {
    expect(events(sentence)).toEqual([])
  })

  it.each([
    // the cause or setting of another event is not an event of its own
    ['أعلنت الحكومة استقالتها على خلفية الاحتجاجات.', ['resignation']],
    ['خرج الآلاف إلى الشوارع احتجاجا على ارتفاع أسعار الخبز.', ['protest']],
    ['قتل ثلاثة أشخاص خلال الاحتجاجات.', ['casualties']],
    // a cease-fire is diplomacy, not gunfire
    ['أعلن الطرفان وقف إطلاق النار اعتبارا من الغد.', ['diplomacy']],
    // asking for a resignation is not one
    ['طالب المتظاهرون باستقالة الحكومة.', ['statement']],
    // a call for a strike is not a strike
    ['دعت المعارضة إلى إضراب عام.', ['statement']],
    // a release is not an arrest
    ['أفرجت السلطات عن عشرات المعتقلين.', ['other']],
    // a toll that "reached" a number of soldiers is no arrival
    ['ووصل عدد الجنود القتلى إلى 12 جنديا.', ['casualties']],
    ['وصلت حصيلة الضحايا إلى 40 قتيلا بينهم 5 عناصر من الشرطة.', ['casualties']],
    // a call governs its own clause only
    [
      'طلبت الحكومة مساعدة دولية، فيما أجرى الوزير اتصالا هاتفيا مع نظيره.',
      ['diplomacy', 'request'],
    ],
  ])('%s → only %j', (sentence, expected) => {
    expect(types(sentence)).toEqual(expected)
  })
})

describe('triggers: one sentence, several events', () => {
  it('finds each event of a compound sentence, each with its own trigger', () => {
    const evs = events('اقتحم المحتجون مقر البرلمان، فيما قتل ثلاثة أشخاص واعتقلت الشرطة 50 آخرين.')
    expect(evs.map((e) => e.type).sort()).toEqual(['arrest', 'casualties', 'clash'])
    const byType = Object.fromEntries(evs.map((e) => [e.type, e]))
    expect(byType.clash!.trigger).toBe('اقتحم')
    expect(byType.casualties!.quantities.map((q) => [q.value, q.unit])).toEqual([[3, 'killed']])
    expect(byType.arrest!.quantities.map((q) => [q.value, q.unit])).toEqual([[50, 'arrested']])
  })

  it('says which rule made each event and where its trigger is', () => {
    const text = 'فرضت السلطات حظر التجول في المدينة.'
    const [e] = events(text)
    expect(e!.rule).toBe('emergency.curfew')
    const t = e!.sources[0]!.trigger!
    expect(text.slice(t.start, t.end)).toBe('حظر التجول')
    expect(e!.sources[0]!.sentence).toBe(text)
  })

  it('gives stable ids derived from the article and offsets', () => {
    const text = 'اعتقلت الشرطة 40 شخصا.'
    const a = events(text, { id: 'a-1' })
    const b = events(text, { id: 'a-1' })
    const c = events(text, { id: 'a-2' })
    expect(a[0]!.id).toMatch(/^ev-[0-9a-f]{14}$/)
    expect(a[0]!.id).toBe(b[0]!.id)
    expect(a[0]!.id).not.toBe(c[0]!.id)
  })

  it('copes with empty and odd input', () => {
    expect(events('')).toEqual([])
    expect(events('... ، ، ؟؟ "" ()')).toEqual([])
    expect(events('ـ'.repeat(50))).toEqual([])
    // one endless sentence of reporting verbs and quotes: one continued statement at most
    expect(events('"قال" الوزير إن '.repeat(2000)).length).toBeLessThanOrEqual(1)
  })
})
