import { normalizeArabic } from '../normalize/arabic'

/**
 * Matching keys for names. Small and free of gazetteers: the corpus merge imports this on the
 * page's main thread.
 *
 * `variantKey` folds what transliteration varies without changing the name: the article, ق/ك
 * and ط/ت (توقاييف/توكاييف), doubled letters (توكاييف/توكايف), spaces and hyphens inside the
 * name (ألما-آتا، ألما آتا، نزار باييف/نزارباييف), and for places a final vowel letter
 * (ألماتي/ألماتا). It never drops a consonant, so distinct names stay apart.
 */
export function variantKey(name: string, place = false): string {
  let s = normalizeArabic(name)
    .replace(/["'«»“”‘’()[\]\s\-‐–]+/g, '')
    .replace(/^ال(?=\S{3})/u, '')
    .replace(/ق/g, 'ك')
    .replace(/ط/g, 'ت')
    .replace(/(.)\1+/gu, '$1')
  if (place && /[\u0621-\u064A]{4}$/u.test(s)) s = s.replace(/[اويه]$/u, '')
  return s.toLowerCase()
}

/**
 * A looser key for names of one article: long vowels inside the word are dropped too
 * (بوتين/بوتن، باشينيان/باشنيان). Within one article a surname that differs only in its
 * vowels is the same person; across a corpus it need not be.
 */
export function skeletonKey(name: string): string {
  const k = variantKey(name, true)
  return k.length <= 3 ? k : k[0] + k.slice(1).replace(/[اويى]/g, '')
}

// Latin letters to the Arabic consonant classes of `latinSkeleton` (vowels and y, w dropped).
const LATIN: [RegExp, string][] = [
  [/kh/g, 'خ'],
  [/sh/g, 'ش'],
  [/ch/g, 'تش'],
  [/zh/g, 'ج'],
  [/th/g, 'ت'],
  [/gh/g, 'غ'],
  [/ph/g, 'ف'],
  [/ts/g, 'تس'],
  [/x/g, 'كس'],
  [/[aeiouyw]/g, ''],
  [/b/g, 'ب'],
  [/p/g, 'ب'],
  [/c/g, 'ك'],
  [/d/g, 'د'],
  [/f/g, 'ف'],
  [/v/g, 'ف'],
  [/g/g, 'ج'],
  [/h/g, 'ه'],
  [/j/g, 'ج'],
  [/k/g, 'ك'],
  [/q/g, 'ك'],
  [/l/g, 'ل'],
  [/m/g, 'م'],
  [/n/g, 'ن'],
  [/r/g, 'ر'],
  [/s/g, 'س'],
  [/t/g, 'ت'],
  [/z/g, 'ز'],
]

/** Arabic letters folded to the same consonant classes (g may be written ج، غ، ك or ق). */
function consonantClass(s: string): string {
  return s
    .replace(/[قغكج]/g, 'ج')
    .replace(/[تط]/g, 'ت')
    .replace(/[سص]/g, 'س')
    .replace(/[زذظ]/g, 'ز')
    .replace(/[دض]/g, 'د')
    .replace(/[هح]/g, 'ه')
    .replace(/(.)\1+/gu, '$1')
}

/**
 * Consonant skeleton comparable across scripts: Tokayev and توكاييف both give "تجف", Aktau and
 * أكتاو "جت". Used to link a Latin-script name to its Arabic spelling within one article.
 */
export function crossScriptKey(name: string): string {
  if (/[A-Z]/i.test(name)) {
    let s = name
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/^al(?=[a-z]{3})/, '')
    for (const [re, ar] of LATIN) s = s.replace(re, ar)
    return consonantClass(s)
  }
  const s = normalizeArabic(name)
    .replace(/[\s\-‐–]+/g, '')
    .replace(/^ال(?=\S{3})/u, '')
    .replace(/[اأإآويىءئؤعة]/g, '')
  return consonantClass(s)
}
