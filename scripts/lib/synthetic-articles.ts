/**
 * Varied synthetic Arabic news articles for the benchmark and the page-responsiveness check.
 * Every article is assembled from invented sentence templates (names, places, numbers and dates
 * drawn from a seeded generator) plus, when given, sentences of a real sample, so N articles
 * are N different texts (the corpus step's near-duplicate check keeps all of them) that still
 * exercise every stage: datelines, bylines, site chrome, relative and explicit dates, people,
 * organisations, places, and the event types the pipeline looks for. Every name is made up.
 * Deterministic for a given seed.
 */

import { rng } from './rng'

const GIVEN = [
  'سامر',
  'ليلى',
  'خالد',
  'هدى',
  'يوسف',
  'منى',
  'طارق',
  'رنا',
  'عمر',
  'سلمى',
  'ماجد',
  'نادية',
  'باسل',
  'جميلة',
  'فراس',
  'وداد',
]
const FAMILY = [
  'حداد',
  'المنصوري',
  'النجار',
  'عبد الله',
  'الخطيب',
  'بن سالم',
  'القاسمي',
  'العطار',
  'الزين',
  'الشامي',
  'الراشد',
  'يعقوب',
]
const ROLES = [
  'وزير الخارجية',
  'وزير الدفاع',
  'رئيس الوزراء',
  'المتحدث باسم الحكومة',
  'وزير الداخلية',
  'رئيس البرلمان',
  'قائد الجيش',
]
const COUNTRIES = [
  'كازاخستان',
  'الأردن',
  'تونس',
  'السودان',
  'لبنان',
  'المغرب',
  'العراق',
  'ليبيا',
  'روسيا',
  'فرنسا',
  'تركيا',
  'مصر',
  'الجزائر',
  'اليمن',
]
const CITIES = [
  'ألما آتا',
  'عمان',
  'صفاقس',
  'الخرطوم',
  'طرابلس',
  'فاس',
  'البصرة',
  'بنغازي',
  'موسكو',
  'باريس',
  'أنقرة',
  'الإسكندرية',
  'وهران',
  'عدن',
]
const ORGS = [
  'الأمم المتحدة',
  'منظمة معاهدة الأمن الجماعي',
  'الاتحاد الأفريقي',
  'جامعة الدول العربية',
  'الصليب الأحمر',
  'الاتحاد الأوروبي',
  'منظمة الصحة العالمية',
  'نقابة المعلمين',
]
const OUTLETS = ['صحيفة الفجر', 'موقع المرصد', 'وكالة الأنباء الوطنية', 'جريدة الغد', 'البوابة']
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
]
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']
const RELATIVE = ['أمس', 'اليوم', 'أول أمس', 'الأسبوع الماضي', 'مساء أمس', 'صباح اليوم']
const UNITS = ['جندي', 'عنصر', 'شرطي', 'متظاهر']

/** Invented sentence templates: {P} person, {R} role, {C} country, {T} city, {O} org, {N} number, {D} date. */
const TEMPLATES = [
  'خرج آلاف المتظاهرين في شوارع {T} {D} احتجاجا على ارتفاع أسعار الوقود، مطالبين باستقالة الحكومة.',
  'وأعلنت وزارة الصحة في {C} مقتل {N} أشخاص وإصابة العشرات في اشتباكات بين قوات الأمن والمحتجين في {T}.',
  'وقال {R} {P} في مؤتمر صحفي في {T}: "لن نسمح بالفوضى وسنحمي المؤسسات العامة".',
  'وأرسلت {C} نحو {N} {U} إلى {C2} {D} في إطار مهمة حفظ السلام التي أعلنتها {O}.',
  'وأعلن {R} {P} استقالته من منصبه {D}، بعد أيام من الاحتجاجات الواسعة.',
  'واعتقلت الشرطة {N} شخصا في {T} بتهمة التحريض على العنف، وفق بيان رسمي.',
  'وفرضت السلطات حالة الطوارئ في {T} لمدة أسبوعين، وأعلنت حظر التجول ليلا.',
  'وأجرى {P} اتصالا هاتفيا مع نظيره في {C} لبحث تطورات الأوضاع في المنطقة.',
  'ودعت {O} في بيان {D} جميع الأطراف إلى ضبط النفس والعودة إلى الحوار.',
  'وهبطت {N} طائرات عسكرية في مطار {T} تحمل جنودا ومعدات، بحسب وزارة الدفاع في {C}.',
  'ونفى المتحدث باسم {O} أن تكون قواته قد شاركت في قمع المتظاهرين في {T}.',
  'ومن المقرر أن يزور {R} {P} العاصمة {T} الأسبوع المقبل لإجراء محادثات مع المسؤولين.',
  'وقتل {N} جنود في هجوم استهدف دورية عسكرية قرب {T} {D}، بحسب مصادر أمنية.',
  'وانسحبت القوات من {T} في {DATE}، بعد انتهاء المهمة التي استمرت {N} يوما.',
  'وأفادت وكالة الأنباء الرسمية بأن الهدوء عاد إلى شوارع {T} صباح {W} الماضي.',
  'وقال شهود عيان إن قوات الأمن أطلقت الغاز المسيل للدموع لتفريق المحتجين أمام مبنى البرلمان.',
  'وأكد {P} أن بلاده مستعدة لإرسال مساعدات إنسانية إلى {C} إذا طلبت ذلك.',
  'وشارك في الاجتماع ممثلون عن {O} و{O2}، وناقشوا خطة لإعادة الإعمار بقيمة {N} مليون دولار.',
  'وذكرت التقارير أن {N} مبنى تضرر جراء الزلزال الذي ضرب {T} فجر {W}.',
  'وكان {R} قد حذر في {DATE} من تدهور الأوضاع الأمنية في البلاد.',
]

export interface ArticleOptions {
  /** Body sentences; default 10 to 24. */
  sentences?: number
  /** Extra sentences to mix in (for example the bundled sample's). */
  pool?: string[]
}

export function generateArticle(seed: number, options: ArticleOptions = {}): string {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`
  const year = 2015 + Math.floor(r() * 12)
  const month = Math.floor(r() * 12)
  const day = 1 + Math.floor(r() * 28)
  const date = () => `${1 + Math.floor(r() * 28)} ${MONTHS[month]!} ${year}`
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()]!
  const fill = (t: string) =>
    t
      .replace(/\{P\}/g, person)
      .replace(/\{R\}/g, () => pick(ROLES))
      .replace(/\{C2?\}/g, () => pick(COUNTRIES))
      .replace(/\{T\}/g, () => pick(CITIES))
      .replace(/\{O2?\}/g, () => pick(ORGS))
      .replace(/\{N\}/g, () => String(2 + Math.floor(r() * 3000)))
      .replace(/\{U\}/g, () => pick(UNITS))
      .replace(/\{DATE\}/g, date)
      .replace(/\{D\}/g, () => (r() < 0.5 ? pick(RELATIVE) : `${pick(WEEKDAYS)} ${date()}`))
      .replace(/\{W\}/g, () => pick(WEEKDAYS))
  const count = options.sentences ?? 10 + Math.floor(r() * 15)
  const pool = options.pool ?? []
  const body: string[] = []
  let paragraph: string[] = []
  for (let i = 0; i < count; i++) {
    paragraph.push(pool.length && r() < 0.3 ? pick(pool) : fill(pick(TEMPLATES)))
    if (r() < 0.5) {
      body.push(paragraph.join(' '))
      paragraph = []
    }
  }
  if (paragraph.length) body.push(paragraph.join(' '))
  const hour = String(1 + Math.floor(r() * 12)).padStart(2, '0')
  const minute = String(Math.floor(r() * 60)).padStart(2, '0')
  const headline = fill(
    pick(['{O} تدعو إلى الحوار في {C}', 'احتجاجات واسعة في {T}', '{R} يزور {C}']),
  )
  const lines = [
    pick(OUTLETS),
    '',
    headline,
    '',
    `${weekday}، ${String(day).padStart(2, '0')} ${MONTHS[month]} ${year} ${hour}:${minute} ${r() < 0.5 ? 'ص' : 'م'}`,
    `كتب ${person()}`,
    '',
    'مشاركة',
    '',
    `${pick(CITIES)} - ${body.join('\n\n')}`,
    '',
    'اقرأ أيضا:',
    fill('احتجاجات جديدة في {T}'),
    '',
    'اضف تعليق',
  ]
  return lines.join('\n')
}

/** One long article of about `bytes` UTF-8 bytes (many paragraphs under one header). */
export function generateLongArticle(seed: number, bytes: number, pool: string[] = []): string {
  const enc = new TextEncoder()
  const parts = [generateArticle(seed, { pool })]
  let size = enc.encode(parts[0]!).length
  for (let i = 1; size < bytes; i++) {
    const body = generateArticle(seed + i * 7919, { pool })
      .split('\n')
      .slice(9, -4)
      .join('\n')
    parts.push(body)
    size += enc.encode(body).length + 2
  }
  return parts.join('\n\n')
}
