import type { QuantityUnit } from '../../types'

/**
 * How a number in an event clause gets its unit: the words around it. Data only, in the pattern
 * syntax of ../pattern.ts.
 */

/**
 * Words right before a number that say what it counts ("مقتل 13", "اعتقال أكثر من 3 آلاف").
 * Each entry is a list of patterns (a pattern with a space is a sequence of words).
 */
export const UNIT_BEFORE: { unit: QuantityUnit; match: string[] }[] = [
  {
    unit: 'killed',
    match: [
      'مقتل|قتل|قتلت|قتلوا|بحياة|حياة|مصرع|تصفية|تحييد|استشهاد|استشهد|وفاة|توفي',
      'القضاء على',
      'حصيلة|عدد القتلى|الوفيات|الضحايا',
    ],
  },
  {
    unit: 'injured',
    match: ['إصابة|أصيب|أصيبت|أصيبوا|أصابت|أصاب|جرح|جرحت|جرحوا|إصابات', 'عدد الجرحى|المصابين'],
  },
  {
    unit: 'arrested',
    match: [
      'اعتقال|اعتقلت|اعتقل|اعتقلوا|توقيف|احتجاز|احتجزت',
      'القبض|قبض على',
      'عدد المعتقلين|الموقوفين',
    ],
  },
]

/**
 * Words right after a number that name what it counts ("9 طائرات", "43.556 قتيلا"). A word
 * with و ("13 وإصابة 353") starts something else and never counts.
 */
export const UNIT_AFTER: { unit: QuantityUnit; match: string[] }[] = [
  { unit: 'killed', match: ['قتيل*|قتلى|شهيد*|شهداء|ضحية|ضحايا|وفاة|وفيات', 'حالة|حالات وفاة'] },
  { unit: 'injured', match: ['جريح*|جرحى|مصاب*|إصابة|إصابات'] },
  { unit: 'arrested', match: ['معتقل*|موقوف*|محتجز*'] },
  {
    unit: 'troops',
    match: [
      'جندي*|جنود|عسكري|عسكريا|عسكريين|مظلي*|مقاتل|مقاتلا|مقاتلين|ضابط*|ضباط|فرد|أفراد|عنصر*|عناصر|رجل|رجال|منقذ*|منقذين|منقذا',
    ],
  },
  { unit: 'aircraft', match: ['طائرة|طائرات|مروحية|مروحيات|مقاتلة|مقاتلات|رحلة|رحلات'] },
  {
    unit: 'vehicles',
    match: [
      'مركبة|مركبات|آلية|آليات|مدرعة|مدرعات|دبابة|دبابات|عربة|عربات|شاحنة|شاحنات|حافلة|حافلات',
    ],
  },
  {
    unit: 'other',
    match: [
      'درجة|درجات|بالمئة|بالمائة|%|دولار*|يورو|كيلومتر*|كلم|متر*|هكتار*|منزل|منازل|مبنى|مباني|برميل|ليتر*|لتر*|طن|أطنان',
      'في المئة|المائة',
    ],
  },
]

/** Dual nouns count two by themselves ("هبطت طائرتان", "مقتل جنديين"). */
export const DUALS: { unit: QuantityUnit; match: string }[] = [
  { unit: 'killed', match: 'قتيلان|قتيلين' },
  { unit: 'injured', match: 'جريحان|جريحين|مصابان' },
  { unit: 'troops', match: 'جنديان|جنديين|ضابطان|ضابطين' },
  { unit: 'aircraft', match: 'طائرتان|طائرتين|مروحيتان|مروحيتين|مقاتلتان|مقاتلتين' },
  {
    unit: 'vehicles',
    match:
      'دبابتان|دبابتين|مدرعتان|مدرعتين|آليتان|آليتين|عربتان|عربتين|شاحنتان|شاحنتين|سيارتان|سيارتين|' +
      'فرقاطتان|فرقاطتين|مدمرتان|مدمرتين|سفينتان|سفينتين|غواصتان|غواصتين|بفرقاطتين',
  },
]

/** People counted without a unit noun ("300 شخص"): they take the unit of the clause's trigger. */
export const PERSON_NOUNS =
  'شخص*|أشخاص|مواطن*|مدني*|متظاهر*|محتج*|ناشط*|إرهابي*|مسلح*|طالب*|طلاب|عامل*|عمال|آخرون|آخرين|منهم'

/** After a number and "من ..." a verb names the count ("18 من الشرطة قتلوا"). */
export const UNIT_VERB_AFTER: { unit: QuantityUnit; match: string }[] = [
  { unit: 'killed', match: 'قتلوا|لقوا|سقطوا|استشهدوا|توفوا|قضوا' },
  { unit: 'injured', match: 'أصيبوا|جرحوا' },
  { unit: 'arrested', match: 'اعتقلوا|أوقفوا|احتجزوا' },
]

/** Qualifiers before a number. */
export const QUALIFIERS: { qualifier: 'ge' | 'le' | 'approx'; match: string }[] = [
  { qualifier: 'ge', match: 'أكثر|أزيد من|عن' },
  { qualifier: 'ge', match: 'ما يزيد|يربو عن|على' },
  { qualifier: 'ge', match: 'لا يقل عن' },
  { qualifier: 'le', match: 'أقل من' },
  { qualifier: 'approx', match: 'نحو|حوالي|حوالى|قرابة|زهاء|تقريبا|نحوا' },
  { qualifier: 'approx', match: 'ما يقارب' },
  { qualifier: 'approx', match: 'ما يقرب من' },
]

/** After a count: "14 متظاهرا على الأقل" is at least 14. */
export const AT_LEAST_AFTER = 'على الأقل|الاقل'

/** Multipliers after a number ("3 آلاف", "1.5 مليون"). */
export const MULTIPLIERS: [number, string][] = [
  [1000, 'ألف|آلاف|ألفا|الف|الاف'],
  [1_000_000, 'مليون|ملايين'],
  [1_000_000_000, 'مليار|مليارات'],
]

/** Words after a number that make it a date, a time or a span, not a count. */
export const NOT_A_COUNT_AFTER =
  'يوم|أيام|يوما|ساعة|ساعات|أسبوع|أسابيع|أسبوعا|شهر|أشهر|شهرا|عام|أعوام|عاما|سنة|سنوات|دقيقة|دقائق|ثانية|مرة|مرات|ليلا|صباحا|مساء|هـ|م'

/** Words before a number that make it a label, not a count ("الفصل 80", "عام 1991"). */
export const NOT_A_COUNT_BEFORE =
  'عام|سنة|الساعة|ساعة|المادة|مادة|الفصل|فصل|رقم|القرار|البند|الدورة|يوم|الفقرة|العدد'

/** Words that introduce an aircraft or vehicle model ("من طراز إل-76"). */
export const MODEL_CUES = 'طراز|نوع|موديل'

/**
 * Kinds of units and equipment a contingent names, counted or not ("تقل مظليين"، "كتيبة
 * مدرعة"، "إرسال فرقاطتين"): the `units` of a deployment record. Each kind is an id a chart can
 * translate; its patterns are read in the deployment's clause and the clauses that continue it.
 */
export const UNIT_KINDS: { kind: string; match: string[] }[] = [
  { kind: 'paratroopers', match: ['مظلي*|مظليون|مظليين|المظليين|المظليون'] },
  { kind: 'special-forces', match: ['قوات|القوات|وحدات|الوحدات خاصة|الخاصة', 'كوماندوز'] },
  { kind: 'peacekeepers', match: ['قوات|قوة|القوات|القوة ..1 حفظ السلام'] },
  { kind: 'battalion', match: ['كتيبة|كتائب|الكتيبة|كتيبتين|كتيبتان'] },
  { kind: 'brigade', match: ['ألوية', 'لواء مدرع|مشاة|مظلي|المشاة'] },
  {
    kind: 'rescue-team',
    match: [
      'فرق|فريق|فريقا|فرقا|عناصر|وحدات ..2 إنقاذ|الإنقاذ|للإنقاذ|الإغاثة',
      'منقذ*|منقذين|منقذا',
    ],
  },
  {
    kind: 'medical-team',
    match: ['فريق|فريقا|فرق|فرقا|طاقم|طواقم طبي*|طبية|طبيا', 'مستشفى|مستشفيات ميداني*'],
  },
  { kind: 'engineers', match: ['سلاح الهندسة', 'وحدة|وحدات هندسية|الهندسة', 'مهندسين عسكريين'] },
  { kind: 'military-police', match: ['الشرطة|شرطة العسكرية'] },
  { kind: 'liaison-officers', match: ['ضباط|ضابط ارتباط|الارتباط'] },
  { kind: 'advisers', match: ['مستشار*|خبراء عسكري*|عسكريين'] },
  {
    kind: 'aircraft-carrier',
    match: ['حاملة|حاملات|حاملتي|الحاملة ..1 طائرات|الطائرات', '^الحاملة'],
  },
  { kind: 'frigate', match: ['فرقاط*|بفرقاطة|بفرقاطتين'] },
  { kind: 'destroyer', match: ['مدمرة|مدمرات|المدمرة|مدمرتين'] },
  { kind: 'warship', match: ['سفينة|سفن|السفينة|قطع|قطعا حربية|الحربية|بحرية', 'بارجة|بوارج'] },
  { kind: 'submarine', match: ['غواصة|غواصات|الغواصة'] },
  {
    kind: 'reconnaissance-aircraft',
    match: ['طائرة|طائرات|طائرتي|طائرتين|طائرتا ..1 استطلاع|تجسس|الاستطلاع'],
  },
  { kind: 'transport-aircraft', match: ['طائرة|طائرات|طائرتان|طائرتين|طائرتا نقل|شحن'] },
  { kind: 'fighter-jet', match: ['طائرة|طائرات مقاتلة|حربية', 'مقاتلات'] },
  { kind: 'helicopter', match: ['مروحية|مروحيات|مروحيتين|مروحيتان|هليكوبتر'] },
  { kind: 'drone', match: ['طائرة|طائرات مسيرة|مسيرات', 'بدون|دون طيار'] },
  { kind: 'tank', match: ['دبابة|دبابات|دبابتين|دبابتان'] },
  { kind: 'armoured-vehicle', match: ['مدرعات|المدرعات', 'آليات|عربات|مركبات مدرعة|المدرعة'] },
  { kind: 'artillery', match: ['مدفعية|المدفعية', 'راجمات|راجمة صواريخ'] },
  { kind: 'air-defence', match: ['منظومة|منظومات|بطارية|بطاريات ..2 دفاع|الدفاع جوي|الجوي'] },
]
