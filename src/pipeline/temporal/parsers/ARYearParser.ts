/**
 * A year: "عام 1991", "سنة 2014", "2022م", "في 2022", "1443 هـ" (a Hijri year, given as the
 * Gregorian days it spans), a span of years ("2014-2018", "بين عامي 2010 و2015"). Four digits
 * alone are a count far more often than a year ("2022 شخصا"), so a year needs عام/سنة, an era
 * mark, or a preposition before it.
 */
import { hijriMonthEnd, hijriToGregorian } from '../hijri'
import { wordBefore, wordPattern } from '../constants'
import type { Parser } from '../types'
import { matchKey } from '../../lexicon/calendar'

const RANGE_FROM_GROUP = 2
const RANGE_TO_GROUP = 3
const SPOKEN_FROM_GROUP = 4
const SPOKEN_TO_GROUP = 5
const YEAR_WORD_GROUP = 6
const DIGITS_GROUP = 7
const ERA_GROUP = 8

const CUES = new Set(
  [
    'في',
    'منذ',
    'حتى',
    'خلال',
    'قبل',
    'بعد',
    'مطلع',
    'أوائل',
    'أواخر',
    'منتصف',
    'أواسط',
    'بداية',
    'نهاية',
    'مستهل',
    'موسم',
    'ربيع',
    'صيف',
    'خريف',
    'شتاء',
    'لغاية',
    'بحلول',
  ].map(matchKey),
)

/** "بين عامي 2010 و2015", "خلال العامين 2020 و2021": the dual of عام/سنة before two years. */
const YEARS_WORD = '(?:ال)?(?:عامي|سنتي|عامين|سنتين)'

export default {
  name: 'ARYearParser',
  pattern: wordPattern(
    // Ranges first: at one position the first alternative that matches is the one tried.
    `(\\d{4})\\s*[-–]\\s*(\\d{4})` +
      `|(?:(?<=(?:من|بين)\\s{1,3})(?:${YEARS_WORD}\\s+)?|${YEARS_WORD}\\s+)(\\d{4})\\s+(?:إلى|الى|حتى|و)\\s*(\\d{4})` +
      `|(?:((?:ال)?(?:عام|سنة))\\s*)?(\\d{4})(?:\\s*(م|ميلادي|ميلادية|للميلاد|ه|هجري|هجرية|للهجرة))?`,
  ),
  extract(match, { text }) {
    const from = match[RANGE_FROM_GROUP] ?? match[SPOKEN_FROM_GROUP]
    if (from) {
      // "2014-2018", "من 2014 إلى 2018": both plausible years, in order.
      const [a, b] = [Number(from), Number(match[RANGE_TO_GROUP] ?? match[SPOKEN_TO_GROUP])]
      if (a < 1800 || b > 2100 || b <= a) return null
      return { type: 'DATE', start: { year: a, grain: 'year' }, until: { year: b, grain: 'year' } }
    }
    const year = Number(match[DIGITS_GROUP])
    const era = matchKey(match[ERA_GROUP] ?? '')
    const hijri = /^(?:ه|هجري|هجريه|للهجره)$/.test(era)
    if (!match[YEAR_WORD_GROUP] && !era) {
      const before = wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '')
      if (!CUES.has(before) || year < 1800 || year > 2100) return null
    }
    if (hijri) {
      const first = hijriToGregorian({ y: year, m: 1, d: 1 })
      const last = hijriMonthEnd(year, 12)
      if (!first || !last) return null
      return {
        type: 'DATE',
        start: { year: first.y, month: first.m, day: first.d, grain: 'day' },
        until: { year: last.y, month: last.m, day: last.d, grain: 'day' },
      }
    }
    if (year < 1000 || year > 2200) return null
    return { type: 'DATE', start: { year, grain: 'year' } }
  },
} satisfies Parser
