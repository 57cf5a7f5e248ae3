/**
 * Trigger words, as data. Each table entry has an id so that a mention can say which rule made
 * it (`EntityMention.source`). Words are written as a reader would; lookups normalise them.
 */

export interface Trigger {
  id: string
  /** One or more words; the first may carry proclitics in the text (والرئيس، لوزارة). */
  words: string
  /**
   * Organisation heads: the head belongs to the name even before a proper name (حزب الليكود،
   * منظمة أوبك). Otherwise it is a descriptor there (صحيفة [يديعوت أحرونوت]، حركة [حماس]) and
   * only belongs to descriptive names (وكالة الأنباء السعودية).
   * Place designators: the designator belongs to the name (مدينة ألماتي) and is kept as an
   * alias; otherwise it is only a cue (العاصمة نور سلطان).
   */
  inName?: boolean
  /**
   * Organisation heads that only announce a proper name (صحيفة، قناة، شركة): the name after them
   * is an organisation whatever it looks like (صحيفة الشرق الأوسط), and they start no descriptive
   * name of their own ("شبكة الإنترنت" is not an organisation).
   */
  descriptorOnly?: boolean
  /** Organisation heads that name one organisation in the definite with adjectives (البنك المركزي). */
  definite?: boolean
  /** Plural or dual place designators: a list of places follows (مدينتي X و Y). */
  list?: boolean
}

/**
 * Titles before a person's name: "الرئيس الروسي فلاديمير بوتين", "وزير الخارجية أنتوني
 * بلينكن", "المتحدث باسم الكرملين ديمتري بيسكوف". The title may be followed by a complement (a
 * nisba, a definite noun, "باسم X") before the name.
 */
export const PERSON_TITLES: readonly Trigger[] = [
  { id: 'per.president', words: 'الرئيس' },
  { id: 'per.president', words: 'رئيس' },
  { id: 'per.president', words: 'الرئيسة' },
  { id: 'per.president', words: 'رئيسة' },
  { id: 'per.vice', words: 'نائب' },
  { id: 'per.vice', words: 'نائبة' },
  { id: 'per.minister', words: 'وزير' },
  { id: 'per.minister', words: 'وزيرة' },
  { id: 'per.minister', words: 'الوزير' },
  { id: 'per.minister', words: 'الوزيرة' },
  { id: 'per.spokes', words: 'المتحدث' },
  { id: 'per.spokes', words: 'المتحدثة' },
  { id: 'per.spokes', words: 'الناطق' },
  { id: 'per.spokes', words: 'الناطقة' },
  { id: 'per.secgen', words: 'الأمين العام' },
  { id: 'per.royal', words: 'الملك' },
  { id: 'per.royal', words: 'الملكة' },
  { id: 'per.royal', words: 'الأمير' },
  { id: 'per.royal', words: 'الأميرة' },
  { id: 'per.royal', words: 'ولي العهد' },
  { id: 'per.royal', words: 'السلطان' },
  { id: 'per.honorific', words: 'الشيخ' },
  { id: 'per.honorific', words: 'السيد' },
  { id: 'per.honorific', words: 'السيدة' },
  { id: 'per.honorific', words: 'الدكتور' },
  { id: 'per.honorific', words: 'الدكتورة' },
  { id: 'per.military', words: 'الجنرال' },
  { id: 'per.military', words: 'اللواء' },
  { id: 'per.military', words: 'العقيد' },
  { id: 'per.military', words: 'العميد' },
  { id: 'per.military', words: 'المشير' },
  { id: 'per.military', words: 'الفريق أول' },
  { id: 'per.military', words: 'قائد' },
  { id: 'per.military', words: 'القائد' },
  { id: 'per.office', words: 'النائب' },
  { id: 'per.office', words: 'النائبة' },
  { id: 'per.office', words: 'السفير' },
  { id: 'per.office', words: 'السفيرة' },
  { id: 'per.office', words: 'المستشار' },
  { id: 'per.office', words: 'المستشارة' },
  { id: 'per.office', words: 'المبعوث' },
  { id: 'per.office', words: 'المبعوثة' },
  { id: 'per.office', words: 'المدعي العام' },
  { id: 'per.office', words: 'القاضي' },
  { id: 'per.office', words: 'محافظ' },
  { id: 'per.office', words: 'عمدة' },
  { id: 'per.office', words: 'حاكم' },
  { id: 'per.office', words: 'مدير' },
  { id: 'per.office', words: 'مديرة' },
  { id: 'per.leader', words: 'الزعيم' },
  { id: 'per.leader', words: 'زعيم' },
  { id: 'per.leader', words: 'المرشد' },
  { id: 'per.leader', words: 'البابا' },
  { id: 'per.counterpart', words: 'نظيره' },
  { id: 'per.counterpart', words: 'نظيرها' },
  { id: 'per.role', words: 'الناشط' },
  { id: 'per.role', words: 'الناشطة' },
  { id: 'per.role', words: 'المعارض' },
  { id: 'per.role', words: 'المعارضة' },
  { id: 'per.role', words: 'الصحفي' },
  { id: 'per.role', words: 'الصحفية' },
  { id: 'per.role', words: 'الكاتب' },
  { id: 'per.role', words: 'الكاتبة' },
]

/**
 * Heads of organisation names: "وزارة الدفاع الروسية", "منظمة معاهدة الأمن الجماعي", "مجلس
 * نواب الشعب", "وكالة الأنباء السعودية". The name is the head plus its complement chain.
 */
export const ORG_HEADS: readonly Trigger[] = [
  { id: 'org.ministry', words: 'وزارة' },
  { id: 'org.organisation', words: 'منظمة', inName: true, definite: true },
  { id: 'org.agency', words: 'وكالة' },
  { id: 'org.council', words: 'مجلس', inName: true, definite: true },
  { id: 'org.party', words: 'حزب', inName: true, definite: true },
  { id: 'org.company', words: 'شركة', descriptorOnly: true },
  { id: 'org.authority', words: 'هيئة', inName: true },
  { id: 'org.association', words: 'جمعية', inName: true },
  { id: 'org.union', words: 'اتحاد', inName: true, definite: true },
  { id: 'org.movement', words: 'حركة', descriptorOnly: true },
  { id: 'org.front', words: 'جبهة', inName: true },
  { id: 'org.foundation', words: 'مؤسسة', inName: true },
  { id: 'org.university', words: 'جامعة', inName: true, definite: true },
  { id: 'org.bank', words: 'بنك', inName: true, definite: true },
  { id: 'org.bank', words: 'مصرف', inName: true, definite: true },
  { id: 'org.court', words: 'محكمة', inName: true, definite: true },
  { id: 'org.committee', words: 'لجنة', inName: true },
  { id: 'org.alliance', words: 'حلف', inName: true },
  { id: 'org.alliance', words: 'تحالف', inName: true },
  { id: 'org.alliance', words: 'ائتلاف', inName: true },
  { id: 'org.directorate', words: 'مديرية', inName: true },
  { id: 'org.commission', words: 'مفوضية', inName: true },
  { id: 'org.media', words: 'صحيفة', descriptorOnly: true },
  { id: 'org.media', words: 'قناة', descriptorOnly: true },
  { id: 'org.media', words: 'شبكة', descriptorOnly: true },
  { id: 'org.media', words: 'إذاعة' },
  { id: 'org.media', words: 'تلفزيون' },
  { id: 'org.media', words: 'مجلة', descriptorOnly: true },
  { id: 'org.institute', words: 'معهد', inName: true },
  { id: 'org.club', words: 'نادي', descriptorOnly: true },
  { id: 'org.embassy', words: 'سفارة' },
  { id: 'org.embassy', words: 'قنصلية' },
  { id: 'org.mission', words: 'بعثة' },
  { id: 'org.brigade', words: 'كتائب', inName: true },
]

/** One-word complements that make an organisation head generic: مجلس الإدارة is any board. */
export const ORG_GENERIC_COMPLEMENTS: readonly string[] = [
  'الإدارة',
  'الأمناء',
  'الوزراء',
  'الشركة',
  'المدينة',
  'البلدية',
  'الطلاب',
  'الأعمال',
  'الكلية',
  'التحرير',
]

/**
 * Designators before a place name that belong to the name: "مدينة ألماتي" and "منطقة
 * مانجيستاو" name the same place as "ألماتي" and "مانجيستاو" (the mention keeps the designator,
 * the canonical name drops it).
 */
export const LOC_DESIGNATORS: readonly Trigger[] = [
  { id: 'loc.city', words: 'مدينة', inName: true },
  { id: 'loc.city', words: 'مدينتي', list: true },
  { id: 'loc.city', words: 'بلدة', inName: true },
  { id: 'loc.city', words: 'قرية', inName: true },
  { id: 'loc.capital', words: 'العاصمة' },
  { id: 'loc.region', words: 'منطقة', inName: true },
  { id: 'loc.region', words: 'مقاطعة', inName: true },
  { id: 'loc.region', words: 'منطقتي', list: true },
  { id: 'loc.city', words: 'مدن', list: true },
  { id: 'loc.region', words: 'إقليم', inName: true },
  { id: 'loc.region', words: 'محافظة', inName: true },
  { id: 'loc.region', words: 'ولاية', inName: true },
  { id: 'loc.region', words: 'جمهورية', inName: true },
  { id: 'loc.region', words: 'دولة', inName: true },
  { id: 'loc.region', words: 'جزيرة', inName: true },
  { id: 'loc.region', words: 'قطاع', inName: true },
  { id: 'loc.region', words: 'شبه جزيرة', inName: true },
  { id: 'loc.region', words: 'حي', inName: true },
]

/**
 * Heads of facility names: "مطار ألما آتا", "ساحة التحرير", "قصر قرطاج". The facility is its
 * own place (its canonical name keeps the head).
 */
export const LOC_FACILITIES: readonly Trigger[] = [
  { id: 'loc.airport', words: 'مطار' },
  { id: 'loc.port', words: 'ميناء' },
  { id: 'loc.square', words: 'ساحة' },
  { id: 'loc.square', words: 'ميدان' },
  { id: 'loc.street', words: 'شارع' },
  { id: 'loc.bridge', words: 'جسر' },
  { id: 'loc.palace', words: 'قصر' },
  { id: 'loc.base', words: 'قاعدة' },
  { id: 'loc.crossing', words: 'معبر' },
  { id: 'loc.prison', words: 'سجن' },
  { id: 'loc.stadium', words: 'ملعب' },
]

/**
 * Function words and other frequent words that never start or continue a name found by a rule
 * (the tagger learns its own). Normalised on lookup.
 */
export const FUNCTION_WORDS: readonly string[] = `
  في من إلى الى على علي عن مع أن إن أنه إنه بأن لأن كان كانت يكون قد لقد لم لن لا ما ماذا
  هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين هو هي هم هن نحن أنا أنت كل بعض غير
  بين بعد قبل خلال حول حتى منذ عند لدى ضد عبر نحو دون أمام وراء فوق تحت أو أم ثم بل لكن
  حيث كما مثل إذا إذ لو أي أيضا فقط اليوم أمس غدا الآن يوم عام شهر أسبوع ساعة مساء صباح
  وقال قال قالت أعلن أعلنت أكد أكدت أضاف أضافت وأضاف وأكد وأعلن وأشار أشار ذكر ذكرت
  السابق الأسبق الحالي الجديد المؤقت بالوكالة الأول الثاني نفسه نفسها
`
  .split(/\s+/)
  .filter(Boolean)

/**
 * Words that open a byline or credit at the start of a paragraph: the names after them are the
 * article's authors, not people in the story.
 */
export const BYLINE_OPENERS: readonly Trigger[] = [
  { id: 'byline.wrote', words: 'كتب' },
  { id: 'byline.wrote', words: 'كتبت' },
  { id: 'byline.by', words: 'بقلم' },
  { id: 'byline.prepared', words: 'إعداد' },
  { id: 'byline.edited', words: 'تحرير' },
  { id: 'byline.translated', words: 'ترجمة' },
  { id: 'byline.compiled', words: 'رصد' },
  { id: 'byline.followed', words: 'متابعة' },
  { id: 'byline.report', words: 'تقرير' },
  { id: 'byline.photo', words: 'تصوير' },
  { id: 'byline.photo', words: 'صورة' },
  { id: 'byline.photo', words: 'الصورة' },
  { id: 'byline.correspondent', words: 'مراسل' },
  { id: 'byline.correspondent', words: 'مراسلة' },
]

/**
 * Words that join the parts of a person's name and never end it: حمد بن عيسى آل خليفة، جان مارك
 * دو لا سابليير، لودفيغ فان بيتهوفن.
 */
export const NAME_LINK_WORDS: readonly string[] = `
  بن ابن بنت آل أبو أبي عبد ولد دو دي دا ده فان فون لا ديل دل
`
  .trim()
  .split(/\s+/)

/** Second words of compound given names: سيف الدين، عبد الله، نور الدين. */
export const COMPOUND_NAME_END_WORDS: readonly string[] = ['الدين', 'الله', 'الرحمن', 'الإسلام']
