/**
 * Cue words for the event stage: clause boundaries, modality, speakers, background. Data only,
 * in the pattern syntax of ../pattern.ts, so that a linguist can extend them.
 */

/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_PUNCT = new Set(['،', ',', '؛', ';', ':', '.', '!', '?', '؟', '…'])

/**
 * Connectives that open a new clause. `sub`: a subordinate clause (after, before, where,
 * because, but): it leaves the scope of a reporting verb ("زعم ... أن ...، بعدما طلبت ...").
 */
export const CLAUSE_CONNECTIVES: { match: string; sub: boolean }[] = [
  { match: 'بعدما|عقب|=عقبما', sub: true },
  { match: 'بعد|قبل أن|ان', sub: true },
  { match: 'حيث|حينما|عندما|حين|لأن|لان|إذ|لكن|ولكن|لكنه|لكنها', sub: true },
  { match: 'غير|إلا أن|ان', sub: true },
  { match: 'منذ أن', sub: true },
  { match: 'ثم|فيما|بينما|كما|مما', sub: false },
  { match: 'في حين', sub: false },
]

/**
 * Words that tell of something before the story's day, by an unknown amount: a pluperfect
 * ("وكانت الوزارة قد أعلنت"), "في وقت سابق", and "بعد أيام من ..." (what follows came days
 * before). كان with an imperfect ("وكانت الشرطة تطلق الغاز") is the story's own past: no cue.
 */
export const EARLIER_CUES = [
  'كان|كانت|كانوا ..4 قد',
  'في وقت سابق',
  'سابقا',
  'بعد|عقب ..1 أيام|أسابيع|أشهر|شهور|سنوات|أعوام|عقود|ساعات|فترة من',
]

/**
 * "لليوم الرابع على التوالي": the n-th day of something that began on a day the sentence names
 * ("حيث اندلعت الاحتجاجات في 2 يناير"): the story is then on that day + n − 1. The
 * ordinal (الرابع) or a number (الـ12) stands: the gap of one word.
 */
export const SEQUENCE_DAY_CUES = ['اليوم|لليوم|ليوم|يوم|ولليوم ..1 على|علي التوالي']

/** Prepositions that make a bare month name a period ("في يناير"، "منذ مارس"). */
export const PERIOD_PREPS = ['في', 'منذ', 'خلال', 'مطلع', 'أواخر', 'أوائل', 'منتصف', 'شهر', 'حتى']

/** Words that may stand with a time expression in a clause of its own ("، يوم الخميس،"). */
export const TIME_GLUE = new Set([
  'في',
  'فى',
  'يوم',
  'و',
  'منذ',
  'خلال',
  'صباح',
  'مساء',
  'ليل',
  'ليلة',
  'فجر',
  'ظهر',
])

/** A time expression right after these words is where something ends, not when it happened. */
export const END_POINT_WORDS = ['حتى', 'لغاية', 'غاية', 'ولغاية', 'وحتى']

/** Negation right before a trigger (at most one auxiliary between: "لم يتم إرسال"). */
export const NEGATIONS = ['لم', 'لن', 'لا', 'ليس', 'ليست', 'عدم', 'دون', 'بدون', 'غير']
export const NEGATION_AUX = [
  'يتم',
  'تتم',
  'يكن',
  'تكن',
  'يجر',
  'يجري',
  'تجري',
  'يحدث',
  'تحدث',
  'حدوث',
  'حصول',
  'وجود',
]

/** Words that put what follows in the future, in the same clause. */
export const PLANNED_CUES = [
  'سوف',
  'من المتوقع',
  'من المقرر',
  'من المنتظر',
  'ينتظر أن|ان',
  'يتوقع أن|ان',
  'يعتزم|تعتزم|يعتزمون',
  'ينوي|تنوي',
  'يخطط|تخطط',
  'تستعد|يستعد',
  'تدرس|يدرس',
  'ريثما|لحين',
]
/**
 * Verb stems that, with the future prefix س, make a planned event (سيرسل، ستنشر، سيسري). A stem
 * list rather than "any word in س": سيطرة، سيارات، سياسة are not futures.
 */
export const FUTURE_STEMS = [
  'يتم',
  'تتم',
  'يكون',
  'تكون',
  'يواصل',
  'تواصل',
  'يرسل',
  'ترسل',
  'ينشر',
  'تنشر',
  'ينسحب',
  'تنسحب',
  'ينفذ',
  'تنفذ',
  'يعقد',
  'تعقد',
  'يلتقي',
  'تلتقي',
  'يزور',
  'تزور',
  'يصل',
  'تصل',
  'يبدأ',
  'تبدأ',
  'يسري',
  'تسري',
  'يتوجه',
  'تتوجه',
  'يقوم',
  'تقوم',
  'يجري',
  'تجري',
  'يدخل',
  'تدخل',
  'يغادر',
  'تغادر',
  'يعلن',
  'تعلن',
  'يفرض',
  'تفرض',
  'يرفع',
  'ترفع',
  'يعود',
  'تعود',
  'يتولى',
  'تتولى',
  'يسحب',
  'تسحب',
  'يلقي',
  'تلقي',
]
/** Words that make what follows in the clause a possibility or a condition. */
export const CONDITIONAL_CUES = [
  'إذا|اذا|لو',
  'في حال|حالة',
  'ما لم',
  'ربما',
  'يمكن أن|ان',
  'من الممكن',
  'يحتمل|محتمل|احتمال',
]
/** After a noun trigger these make it hypothetical ("انسحاب القوات سيكون صعبا"). */
export const HYPOTHETICAL_AFTER = ['سيكون|ستكون|سيصبح|ستصبح|يكون|تكون|سيبقى|ستبقى']

/** Attribution without a reporting verb: what the sentence says is reported. */
export const SOURCE_CUES = ['بحسب|حسب', 'وفقا|وفقاً|طبقا ل*', 'نقلا عن', 'على لسان']

/**
 * Words after which a noun trigger names the cause or setting of another event rather than an
 * event of its own (checked up to two words before the trigger).
 */
export const BACKGROUND_CUES = [
  'على خلفية',
  'جراء|جرّاء',
  'بسبب',
  'إثر|اثر',
  'ضد',
  'احتجاجا|احتجاجاً على',
  'في ظل',
  'نتيجة',
  'وسط',
  'بشأن',
  'حول',
  'تداعيات',
  'خلال',
  'فشل|تعثر',
]

/**
 * A reporting verb after these attributes the sentence ("بحسب ما أفادت الوزارة"): the sentence is
 * reported, and the verb makes no statement of its own.
 */
export const ATTRIBUTION_BEFORE = ['بحسب|حسب|وفق|وفقا|طبقا ما?']

/** Words that open what a call asks for ("دعا ... إلى ..."); a preposition ب/ل does too. */
export const CALL_COMPLEMENTS = ['إلى', 'الى', 'أن', 'ان', 'بأن']

/** Words that can follow a reporting verb but cannot speak ("شعارات تطالب بـ ..."). */
export const NON_SPEAKERS = ['شعارات', 'لافتات', 'هتافات', 'مطالب', 'أصوات']

/** Auxiliaries between a speaker and the verb ("وكانت الوزارة قد أعلنت"). */
export const SPEAKER_AUX = ['قد', 'لقد', 'كان', 'كانت', 'كانوا']

/** Words that cannot start a speaker: the verb is followed by its complement, not its subject. */
export const SPEAKER_STOP = [
  'أن',
  'إن',
  'ان',
  'أنه',
  'إنه',
  'انه',
  'أنها',
  'إنها',
  'بأن',
  'في',
  'فى',
  'على',
  'عن',
  'إلى',
  'الى',
  'من',
  'مع',
  'أيضا',
  'أيضاً',
  'كذلك',
  'اليوم',
  'أمس',
  'خلال',
  'ذلك',
  'هذا',
  'هذه',
  'عبر',
  'قائلا',
  'قائلة',
  'مساء',
  'صباح',
  'بعد',
  'قبل',
  'حول',
  'بشأن',
  'له',
  'لها',
  'لهم',
  'ما',
]

/** Title words that do not identify a speaker ("وزير الخارجية" is not who, "بلينكن" is). */
export const TITLE_WORDS = [
  'وزير',
  'وزيرة',
  'الوزير',
  'رئيس',
  'رئيسة',
  'الرئيس',
  'المتحدث',
  'المتحدثة',
  'متحدث',
  'الناطق',
  'ناطق',
  'باسم',
  'مسؤول',
  'مصدر',
  'مصادر',
  'وزارة',
  'الخارجية',
  'الدفاع',
  'الداخلية',
  'الحكومة',
  'الوزراء',
  'الدولة',
  'البلاد',
  'الجمهورية',
  'نائب',
  'مجلس',
  'منظمة',
  'وكالة',
]

/** Deployments: words before a place that make it the destination or the origin. */
export const DESTINATION_PREPS = ['إلى', 'الى', 'نحو', 'باتجاه', 'صوب', 'داخل', 'لدى']
export const ARRIVAL_PREPS = ['في', 'فى', 'ب']
export const ORIGIN_PREPS = ['من']
/** Verbs whose object is the place left ("وغادرت طائرتان ... مطار باماكو"): its origin. */
export const LEAVE_VERBS = 'غادر|غادرت|غادروا|يغادر|تغادر|مغادرة'
/** A mission named in the sentence (the sender's force, not a place). */
export const MISSION_CUES = ['حفظ السلام|سلام', 'بعثة|البعثة']
/** The contributors to a force are listed after these ("وحدات من روسيا وبيلاروسيا"). */
export const COMPOSITION_CUES = [
  'تضم|يضم|تتألف|تتكون|تشمل|بمشاركة|مشاركة',
  'عناصر|وحدات|جنود|قوات|كتائب من',
]
/**
 * Adjectives that name an organisation as a nisba names a country ("قوات حفظ السلام الأممية"):
 * the force's sender when no entity says it.
 */
export const ORG_ADJECTIVES: { match: string; org: string }[] = [
  { match: 'الأممية|الأممي|أممية|أممي|الأمميين|أمميين', org: 'الأمم المتحدة' },
]
/** "قوات حفظ السلام التابعة لمنظمة ..." */
export const AFFILIATION_CUES = ['التابعة|تابعة|التابع|التابعين|تابعين']
