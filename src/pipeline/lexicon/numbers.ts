/**
 * Arabic number words shared by the temporal tagger (ثلاثة أيام، أسبوعين) and the quantity reader
 * (عشرات، ألفي جندي). Hand-written: no library reads Arabic number words. Keys are folded with
 * `matchKey`, so hamza, ta marbuta and alef-maqsura variants all match; case endings (ان/ين,
 * ون/ين) are listed as separate forms.
 */
import { keyNamesPattern, matchKey, namesPattern } from './calendar'

/** Cardinal words and their values (masculine, feminine and case forms). */
const CARDINAL_FORMS: [number, string[]][] = [
  [1, ['واحد', 'واحدة']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنين']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
  [11, ['أحد عشر', 'إحدى عشرة']],
  [12, ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'اثنتي عشرة']],
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
  [100, ['مائة', 'مئة']],
  [200, ['مائتان', 'مائتين', 'مئتان', 'مئتين']],
  [1000, ['ألف']],
  [2000, ['ألفان', 'ألفين', 'ألفي', 'ألفا']],
  [1_000_000, ['مليون']],
  [2_000_000, ['مليونان', 'مليونين', 'مليوني']],
  [1_000_000_000, ['مليار', 'بليون']],
  [2_000_000_000, ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين']],
]

/** Ordinal words (الأول، الثاني ... العاشر), without and with the article. */
const ORDINAL_FORMS: [number, string[]][] = [
  [1, ['أول', 'أولى', 'حادي', 'حادية']],
  [2, ['ثاني', 'ثانية', 'ثان']],
  [3, ['ثالث', 'ثالثة']],
  [4, ['رابع', 'رابعة']],
  [5, ['خامس', 'خامسة']],
  [6, ['سادس', 'سادسة']],
  [7, ['سابع', 'سابعة']],
  [8, ['ثامن', 'ثامنة']],
  [9, ['تاسع', 'تاسعة']],
  [10, ['عاشر', 'عاشرة']],
]

/** Vague magnitudes: the smallest value each word guarantees (عشرات = at least 20). */
const MAGNITUDE_FORMS: [number, string[]][] = [
  [20, ['عشرات']],
  [200, ['مئات', 'مئآت']],
  [2000, ['آلاف', 'الاف', 'ألوف']],
  [2_000_000, ['ملايين']],
  [2_000_000_000, ['مليارات', 'بلايين']],
]

function index(forms: [number, string[]][]): Map<string, number> {
  const map = new Map<string, number>()
  for (const [value, words] of forms) for (const w of words) map.set(matchKey(w), value)
  return map
}

const CARDINALS = index(CARDINAL_FORMS)
const ORDINALS = index(ORDINAL_FORMS)
const MAGNITUDES = index(MAGNITUDE_FORMS)

/** Strips the article (ال) and a leading و / ب / ل clitic: "والثالث" → "ثالث". */
function bare(word: string): string {
  return matchKey(word).replace(/^(?:[وفبل]?ال|[وفبل](?=\S{3}))/u, '')
}

/** Value of a cardinal number word ("ثلاثة" → 3, "ألفي" → 2000), or undefined. */
export function cardinalValue(word: string): number | undefined {
  return CARDINALS.get(matchKey(word)) ?? CARDINALS.get(bare(word))
}

/** Value of an ordinal word ("الثالث" → 3, "الأولى" → 1), or undefined. */
export function ordinalValue(word: string): number | undefined {
  return ORDINALS.get(bare(word))
}

/** Lower bound of a vague magnitude ("عشرات" → 20, "آلاف" → 2000), or undefined. */
export function magnitudeValue(word: string): number | undefined {
  return MAGNITUDES.get(matchKey(word)) ?? MAGNITUDES.get(bare(word))
}

/** Every written form, for building regex alternations with `namesPattern`. */
export const CARDINAL_WORDS: readonly string[] = CARDINAL_FORMS.flatMap(([, w]) => w)
export const ORDINAL_WORDS: readonly string[] = ORDINAL_FORMS.flatMap(([, w]) => w)
export const MAGNITUDE_WORDS: readonly string[] = MAGNITUDE_FORMS.flatMap(([, w]) => w)

/** First words of the teens that are not numbers on their own ("أحد عشر", "اثنا عشر"). */
const TEEN_HEADS: [number, string[]][] = [
  [1, ['أحد', 'إحدى']],
  [2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي']],
]
const TEENS = index(TEEN_HEADS)
const UNIT_WORDS = [
  ...CARDINAL_FORMS.filter(([v]) => v < 10),
  ...ORDINAL_FORMS.filter(([v]) => v < 10),
].flatMap(([, w]) => w)
const TEN_WORDS = ['عشر', 'عشرة', 'عاشر', 'عاشرة']
const TENS_WORDS = CARDINAL_FORMS.filter(([v]) => v >= 20 && v < 100).flatMap(([, w]) => w)

function numberWordsPattern(names: (words: readonly string[]) => string, letter: string): string {
  const art = '(?:[اأإآ]ل)?'
  // One alternation for units and teen heads ("ثلاثة", "أحد" of "أحد عشر"): numberWordsValue
  // rejects a teen head without its "عشر". Kept small: every pattern embedding it compiles it.
  const head = `${art}(?:${names([...UNIT_WORDS, ...TEEN_HEADS.flatMap(([, w]) => w)])})`
  const tens = `(?:و\\s*)?${art}(?:${names(TENS_WORDS)})`
  const ten = `(?:${names(['عشر', 'عشرة'])})`
  return `(?:${head}(?:\\s+${ten}|\\s+${tens})?|${tens}|${art}(?:${names(TEN_WORDS)}))(?![${letter}])`
}

/**
 * Regex source (for `u` regexes) for a number written in words from 1 to 99, cardinal or ordinal,
 * with or without the article: "ثلاثة", "الحادي عشر", "السابعة عشرة", "الثالث والعشرين",
 * "خمس وأربعون". Read its value with `numberWordsValue`.
 */
export const NUMBER_WORDS_PATTERN = numberWordsPattern(namesPattern, '\\p{L}')
/**
 * The same for text folded with `matchKey` (see `keyNamesPattern`). Its word boundary is the
 * Arabic letter range: a `\p{L}` class is slow to compile and the folded text needs none.
 */
export const NUMBER_WORDS_KEY_PATTERN = numberWordsPattern(keyNamesPattern, '\\u0620-\\u064A')

/** Value of a number written in words up to 99 ("الثالث والعشرين" → 23), or undefined. */
export function numberWordsValue(phrase: string): number | undefined {
  const tokens = matchKey(phrase)
    .split(/\s+/)
    .filter((t) => t !== 'و')
  let total = 0
  let last = 0
  let head = false
  for (const token of tokens) {
    const b = bare(token)
    if ((b === 'عشر' || b === 'عشره') && last > 0 && last < 10) {
      total += 10
      last = 0
      head = false
      continue
    }
    if (head) return undefined // "أحد" and "اثنا" only count before "عشر"
    const plain = cardinalValue(token) ?? ordinalValue(token)
    const teen = TEENS.get(b) ?? TEENS.get(matchKey(token))
    head = plain === undefined && teen !== undefined
    const value = plain ?? teen
    if (value === undefined || value >= 100) return undefined
    total += value
    last = value
  }
  return tokens.length && !head ? total : undefined
}
