import codes from 'i18n-iso-countries/codes.json'
import arNames from 'i18n-iso-countries/langs/ar.json'
import enNames from 'i18n-iso-countries/langs/en.json'
import { normalizeArabic } from '../pipeline/normalize/arabic'

/**
 * Entity names → ISO 3166-1 alpha-2 country codes, for drawing deployments on a map. Names come
 * from CLDR through Intl.DisplayNames (Arabic and English), from i18n-iso-countries (which lists
 * alternative spellings) and from the short list below of names newspapers use that neither has.
 * Matching ignores Arabic spelling variants (أ/ا، ى/ي، ة/ه), case and a leading ال.
 */

/** Common press names missing from CLDR, by code. A linguist extends this list. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: [
    'أمريكا',
    'أميركا',
    'الولايات المتحدة الأمريكية',
    'الولايات المتحدة الأميركية',
    'USA',
    'America',
  ],
  GB: ['بريطانيا', 'المملكة المتحدة لبريطانيا العظمى', 'Britain', 'UK'],
  BY: ['بيلاروسيا', 'بيلاروس', 'روسيا البيضاء'],
  KG: ['قرغيزستان', 'قيرغيزيا', 'قرغيزيا'],
  RU: ['روسيا الاتحادية', 'الاتحاد الروسي'],
  AE: ['الإمارات'],
  CN: ['الصين الشعبية'],
  KR: ['كوريا الجنوبية'],
  KP: ['كوريا الشمالية'],
  NL: ['هولندا'],
  CD: ['الكونغو الديمقراطية'],
  CZ: ['التشيك', 'التشيك'],
  SY: ['سوريا', 'سورية'],
  MM: ['ميانمار', 'بورما'],
  CI: ['ساحل العاج', 'كوت ديفوار'],
  PS: ['فلسطين', 'الأراضي الفلسطينية'],
  VA: ['الفاتيكان'],
}

export type CountryMatcher = (name: string) => string | null

function key(name: string): string {
  return normalizeArabic(name)
    .toLowerCase()
    .replace(/^ال(?=\S{3})/u, '')
    .replace(/[.'’"«»()]/g, '')
}

/** Every ISO alpha-2 code with its numeric code (as world-atlas uses). */
export const COUNTRY_CODES: { alpha2: string; numeric: string }[] = (codes as string[][]).map(
  (c) => ({ alpha2: c[0]!, numeric: c[2]! }),
)

export function createCountryMatcher(): CountryMatcher {
  const table = new Map<string, string>()
  const add = (name: string, code: string) => {
    const k = key(name)
    if (k && !table.has(k)) table.set(k, code)
  }
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) names.forEach((n) => add(n, code))
  for (const lang of ['ar', 'en']) {
    const dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })
    for (const { alpha2 } of COUNTRY_CODES) {
      const n = dn.of(alpha2)
      if (n) add(n, alpha2)
    }
  }
  for (const src of [arNames.countries, enNames.countries] as Record<string, string | string[]>[]) {
    for (const [code, names] of Object.entries(src)) {
      for (const n of Array.isArray(names) ? names : [names]) add(n, code)
    }
  }
  return (name) => table.get(key(name)) ?? null
}
