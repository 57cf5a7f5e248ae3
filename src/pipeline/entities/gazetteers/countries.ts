import arCountries from 'i18n-iso-countries/langs/ar.json'

/**
 * Countries in Arabic: the names from i18n-iso-countries (CLDR-based), plus the spellings and
 * short forms the press uses, and nisba adjectives (الروسية → روسيا). Nisbas are generated from
 * the names by the regular patterns (روسيا → روسي، لبنان → لبناني، كازاخستان → كازاخستاني /
 * كازاخي) and the irregular ones are listed in EXTRA.
 */

export interface Country {
  code: string
  /** Canonical name first, then variants. */
  names: string[]
  /** Masculine singular nisba stems (روسي); feminine, dual and plural forms are derived. */
  nisba: string[]
  /** Plurals that are not derived from the nisba (الروس، الأتراك). */
  plurals: string[]
}

interface Extra {
  /** Names used in the press, canonical first (it replaces the CLDR name as canonical). */
  names?: string[]
  nisba?: string[]
  plurals?: string[]
  /** Do not generate nisbas from the names (the regular pattern gives a wrong or common word). */
  noNisba?: boolean
}

/** Names that are also common words: only matched after a designator (جمهورية مالي). */
export const AMBIGUOUS_COUNTRY_NAMES = new Set(['مالي', 'بنين', 'توغو', 'جيرزي', 'بوتان'])

/** Territories too small or too rare to be worth a gazetteer entry (false hits outweigh hits). */
const SKIP = new Set(['AQ', 'BV', 'HM', 'IO', 'TF', 'UM', 'GS', 'SJ', 'MF', 'SX', 'BQ', 'BL'])

const EXTRA: Record<string, Extra> = {
  US: {
    names: [
      'الولايات المتحدة',
      'الولايات المتحدة الأمريكية',
      'الولايات المتحدة الأميركية',
      'أمريكا',
      'أميركا',
    ],
    nisba: ['أمريكي', 'أميركي', 'أمريكاني'],
    noNisba: true,
  },
  GB: {
    names: ['بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى'],
    nisba: ['بريطاني'],
    noNisba: true,
  },
  RU: {
    names: ['روسيا', 'روسيا الاتحادية', 'الاتحاد الروسي'],
    plurals: ['روس'],
  },
  BY: {
    names: ['بيلاروسيا', 'بيلاروس', 'روسيا البيضاء', 'بيلاروسيه'],
    nisba: ['بيلاروسي'],
    noNisba: true,
  },
  KZ: {
    names: ['كازاخستان', 'قازاقستان', 'كازخستان', 'قزاقستان'],
    nisba: ['كازاخي', 'قازاقي', 'كازخي'],
    plurals: ['كازاخ', 'قازاق'],
  },
  KG: {
    names: ['قيرغيزستان', 'قرغيزستان', 'قيرغيزيا', 'قرغيزيا', 'كيرغيزستان', 'قيرقيزستان'],
    nisba: ['قيرغيزي', 'قرغيزي'],
  },
  TJ: { names: ['طاجيكستان', 'طاجكستان'], nisba: ['طاجيكي', 'طاجكي'], plurals: ['طاجيك'] },
  UZ: { names: ['أوزبكستان', 'أوزباكستان'], nisba: ['أوزبكي'], plurals: ['أوزبك'] },
  TM: { names: ['تركمانستان'], nisba: ['تركماني'] },
  AM: { names: ['أرمينيا', 'أرمينيه'], nisba: ['أرمني', 'أرميني'], plurals: ['أرمن'] },
  AZ: { names: ['أذربيجان'], nisba: ['أذري', 'أذربيجاني'] },
  MD: { names: ['مولدوفا', 'مولدافيا'], nisba: ['مولدوفي', 'مولدافي'] },
  AT: { names: ['النمسا'], nisba: ['نمساوي'], noNisba: true },
  DE: { names: ['ألمانيا'], plurals: ['ألمان'] },
  TR: { names: ['تركيا'], plurals: ['أتراك'] },
  GR: { names: ['اليونان'], plurals: ['يونانيون'] },
  SA: {
    names: ['السعودية', 'المملكة العربية السعودية'],
    nisba: ['سعودي'],
    noNisba: true,
  },
  AE: {
    names: ['الإمارات', 'الإمارات العربية المتحدة'],
    nisba: ['إماراتي'],
    noNisba: true,
  },
  SY: { names: ['سوريا', 'سورية'], nisba: ['سوري'], noNisba: true },
  PS: { names: ['فلسطين', 'الأراضي الفلسطينية'], nisba: ['فلسطيني'], noNisba: true },
  IR: { names: ['إيران'], nisba: ['إيراني'], plurals: ['إيرانيون'] },
  IQ: { names: ['العراق'], nisba: ['عراقي'] },
  MM: { names: ['ميانمار', 'بورما'], nisba: ['ميانماري', 'بورمي'], noNisba: true },
  CZ: { names: ['التشيك', 'تشيكيا'], nisba: ['تشيكي'], noNisba: true },
  NL: { names: ['هولندا'], nisba: ['هولندي'], noNisba: true },
  ES: { names: ['إسبانيا', 'اسبانيا'], nisba: ['إسباني'], noNisba: true },
  IT: { names: ['إيطاليا'], nisba: ['إيطالي'], noNisba: true },
  IE: { names: ['أيرلندا', 'إيرلندا'], nisba: ['أيرلندي'], noNisba: true },
  CD: { names: ['الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية'], noNisba: true },
  CG: {
    names: ['الكونغو', 'جمهورية الكونغو', 'الكونغو برازافيل'],
    nisba: ['كونغولي'],
    noNisba: true,
  },
  CI: { names: ['ساحل العاج', 'كوت ديفوار'], nisba: ['إيفواري'], noNisba: true },
  KP: { names: ['كوريا الشمالية'], noNisba: true },
  KR: { names: ['كوريا الجنوبية'], noNisba: true },
  CN: { names: ['الصين'], nisba: ['صيني'] },
  IN: { names: ['الهند'], nisba: ['هندي'] },
  VN: { names: ['فيتنام'], nisba: ['فيتنامي'] },
  YE: { names: ['اليمن'], nisba: ['يمني'] },
  LY: { names: ['ليبيا'], nisba: ['ليبي'] },
  SD: { names: ['السودان'], nisba: ['سوداني'] },
  SS: { names: ['جنوب السودان'], noNisba: true },
  EG: { names: ['مصر'], nisba: ['مصري'] },
  IL: { names: ['إسرائيل'], nisba: ['إسرائيلي'] },
  JO: { names: ['الأردن'], nisba: ['أردني'] },
  MA: { names: ['المغرب', 'المملكة المغربية'], nisba: ['مغربي'] },
  DZ: { names: ['الجزائر'], nisba: ['جزائري'] },
  TN: { names: ['تونس', 'الجمهورية التونسية'], nisba: ['تونسي'] },
  MR: { names: ['موريتانيا'], nisba: ['موريتاني'] },
  SO: { names: ['الصومال'], nisba: ['صومالي'] },
  AF: { names: ['أفغانستان'], nisba: ['أفغاني'], plurals: ['أفغان'] },
  PK: { names: ['باكستان'], nisba: ['باكستاني'] },
  GE: { names: ['جورجيا'], nisba: ['جورجي'] },
  RS: { names: ['صربيا'], nisba: ['صربي'], plurals: ['صرب'] },
  HR: { names: ['كرواتيا'], nisba: ['كرواتي'], plurals: ['كروات'] },
  BA: { names: ['البوسنة والهرسك', 'البوسنة'], nisba: ['بوسني'], noNisba: true },
  MK: { names: ['مقدونيا الشمالية', 'مقدونيا'], nisba: ['مقدوني'], noNisba: true },
  ME: { names: ['الجبل الأسود'], noNisba: true },
  NZ: { names: ['نيوزيلندا'], nisba: ['نيوزيلندي'], noNisba: true },
  ZA: { names: ['جنوب أفريقيا', 'جنوب إفريقيا'], noNisba: true },
  CF: { names: ['جمهورية أفريقيا الوسطى', 'أفريقيا الوسطى'], noNisba: true },
  DO: { names: ['جمهورية الدومينيكان', 'الدومينيكان'], noNisba: true },
  PG: { names: ['بابوا غينيا الجديدة'], noNisba: true },
  GW: { names: ['غينيا بيساو'], noNisba: true },
  GQ: { names: ['غينيا الاستوائية'], noNisba: true },
  TL: { names: ['تيمور الشرقية'], noNisba: true },
  RE: { names: ['ريونيون', 'لا ريونيون'], noNisba: true },
  KM: { names: ['جزر القمر'], nisba: ['قمري'], noNisba: true },
  MV: { names: ['جزر المالديف', 'المالديف'], noNisba: true },
  PH: { names: ['الفلبين'], nisba: ['فلبيني'] },
  OM: { names: ['عمان', 'سلطنة عمان'], nisba: ['عماني'] },
  QA: { names: ['قطر'], nisba: ['قطري'] },
  KW: { names: ['الكويت'], nisba: ['كويتي'] },
  BH: { names: ['البحرين'], nisba: ['بحريني'] },
  LB: { names: ['لبنان'], nisba: ['لبناني'] },
  // المجري is also المجرى (the course) once ى is folded.
  HU: { names: ['المجر', 'هنغاريا'], nisba: ['هنغاري'], noNisba: true },
  VA: { names: ['الفاتيكان'], noNisba: true },
  EH: { names: ['الصحراء الغربية'], noNisba: true },
  XK: { names: ['كوسوفو'], noNisba: true },
  TW: { names: ['تايوان'], nisba: ['تايواني'] },
  HK: { names: ['هونغ كونغ', 'هونج كونج'], noNisba: true },
  CH: { names: ['سويسرا'], nisba: ['سويسري'] },
  SE: { names: ['السويد'], nisba: ['سويدي'] },
  NO: { names: ['النرويج'], nisba: ['نرويجي'] },
  DK: { names: ['الدنمارك'], nisba: ['دنماركي'] },
  FI: { names: ['فنلندا'], nisba: ['فنلندي'] },
  PL: { names: ['بولندا'], nisba: ['بولندي'] },
  FR: { names: ['فرنسا'], nisba: ['فرنسي'] },
  BE: { names: ['بلجيكا'], nisba: ['بلجيكي'] },
  CA: { names: ['كندا'], nisba: ['كندي'] },
  MX: { names: ['المكسيك'], nisba: ['مكسيكي'] },
  BR: { names: ['البرازيل'], nisba: ['برازيلي'] },
  AR: { names: ['الأرجنتين'], nisba: ['أرجنتيني'] },
  JP: { names: ['اليابان'], nisba: ['ياباني'] },
  CU: { names: ['كوبا'], nisba: ['كوبي'] },
  VE: { names: ['فنزويلا'], nisba: ['فنزويلي'] },
  ET: { names: ['إثيوبيا'], nisba: ['إثيوبي'] },
  ER: { names: ['إريتريا'], nisba: ['إريتري'] },
  NG: { names: ['نيجيريا'], nisba: ['نيجيري'] },
  NE: { names: ['النيجر'], nisba: ['نيجري'] },
  TD: { names: ['تشاد'], nisba: ['تشادي'] },
  ML: { names: ['مالي'], noNisba: true },
  SN: { names: ['السنغال'], nisba: ['سنغالي'] },
  KE: { names: ['كينيا'], nisba: ['كيني'] },
  UA: { names: ['أوكرانيا'], nisba: ['أوكراني', 'أوكرايني'] },
  LT: { names: ['ليتوانيا'], nisba: ['ليتواني'] },
  LV: { names: ['لاتفيا'], nisba: ['لاتفي'] },
  EE: { names: ['إستونيا', 'استونيا'], nisba: ['إستوني'] },
  PT: { names: ['البرتغال'], nisba: ['برتغالي'] },
  RO: { names: ['رومانيا'], nisba: ['روماني'] },
  BG: { names: ['بلغاريا'], nisba: ['بلغاري'] },
  SK: { names: ['سلوفاكيا'], nisba: ['سلوفاكي'] },
  SI: { names: ['سلوفينيا'], nisba: ['سلوفيني'] },
  AL: { names: ['ألبانيا'], nisba: ['ألباني'] },
  CY: { names: ['قبرص'], nisba: ['قبرصي'] },
  MN: { names: ['منغوليا'], nisba: ['منغولي'] },
  ID: { names: ['إندونيسيا'], nisba: ['إندونيسي'] },
  MY: { names: ['ماليزيا'], nisba: ['ماليزي'] },
  TH: { names: ['تايلاند'], nisba: ['تايلاندي'] },
  AU: { names: ['أستراليا'], nisba: ['أسترالي'] },
  // CLDR spells it تانزانيا; the press mostly writes تنزانيا.
  TZ: { names: ['تنزانيا', 'تانزانيا'], nisba: ['تنزاني'] },
  BD: { names: ['بنغلاديش', 'بنغلادش'], nisba: ['بنغلاديشي', 'بنغالي'] },
  LK: { names: ['سريلانكا', 'سري لانكا'], nisba: ['سريلانكي'] },
}

/** Names of one word: the regular nisba patterns. Returns masculine singular stems. */
function generatedNisbas(name: string): string[] {
  if (name.includes(' ')) return []
  const stem = name.replace(/^ال/, '')
  if (stem.length < 3 || /[يى]$/.test(stem)) return []
  if (stem.endsWith('ستان')) {
    const root = stem.slice(0, -4)
    return root.length >= 4 ? [stem + 'ي', root + 'ي'] : [stem + 'ي']
  }
  if (stem.endsWith('يا')) return [stem.slice(0, -2) + 'ي']
  if (stem.endsWith('ا')) return [stem.slice(0, -1) + 'ي']
  if (stem.endsWith('ة')) return []
  return [stem + 'ي']
}

function build(): Country[] {
  const countries = arCountries.countries as Record<string, string | string[]>
  const out: Country[] = []
  for (const [code, value] of Object.entries(countries)) {
    if (SKIP.has(code)) continue
    const cldr = (Array.isArray(value) ? value : [value]).filter((n) => !/[()]/.test(n))
    const extra = EXTRA[code] ?? {}
    const names = [...new Set([...(extra.names ?? []), ...cldr])]
    if (names.length === 0) continue
    const nisba = new Set(extra.nisba ?? [])
    if (!extra.noNisba) for (const n of names) for (const s of generatedNisbas(n)) nisba.add(s)
    out.push({ code, names, nisba: [...nisba], plurals: extra.plurals ?? [] })
  }
  return out
}

export const COUNTRIES: Country[] = build()
