/**
 * Holidays: Islamic ones from the Hijri calendar (عيد الفطر، عيد الأضحى، رمضان as an interval،
 * رأس السنة الهجرية، المولد النبوي، عاشوراء ...), fixed Gregorian ones (رأس السنة الميلادية، عيد
 * العمال، عيد الميلاد) and the Easter family. With a year ("عيد الأضحى 2013", "عيد الفطر
 * 1443") or a qualifier ("رمضان المقبل"); otherwise the sentence's tense picks the occurrence.
 */
import { matchKey } from '../../lexicon/calendar'
import { addDays, weekdayOf, type YMD } from '../dates'
import { hijriMonthEnd, hijriToGregorian } from '../hijri'
import {
  QUALIFIER_AFTER,
  TEMPORAL_CUES,
  alt,
  qualifierShift,
  wordAfter,
  wordBefore,
  wordPattern,
} from '../constants'
import type { DateSpec, Occurrence, Parser } from '../types'
import { hijriOccurrences } from './ARHijriDateParser'

type Rule =
  | { gregorian: [month: number, day: number] }
  | { hijri: [month: number, day?: number] }
  | { easter: 'western' | 'orthodox'; offset: number }
  | { nthWeekday: [month: number, n: number, weekday: number] }

interface Holiday {
  id: string
  names: string[]
  rule: Rule
  /** Names that are also ordinary words or first names need a temporal cue around them. */
  needsCue?: boolean
}

const HOLIDAYS: Holiday[] = [
  { id: 'eid-al-fitr', names: ['عيد الفطر', 'العيد الصغير'], rule: { hijri: [10, 1] } },
  {
    id: 'eid-al-adha',
    names: ['عيد الأضحى', 'العيد الكبير', 'عيد النحر'],
    rule: { hijri: [12, 10] },
  },
  { id: 'arafah', names: ['يوم عرفة', 'وقفة عرفات', 'يوم عرفات'], rule: { hijri: [12, 9] } },
  {
    id: 'ramadan',
    names: ['شهر رمضان', 'رمضان المبارك', 'رمضان الكريم', 'شهر الصيام'],
    rule: { hijri: [9] },
  },
  { id: 'ramadan-bare', names: ['رمضان'], rule: { hijri: [9] }, needsCue: true },
  {
    id: 'islamic-new-year',
    names: ['رأس السنة الهجرية', 'السنة الهجرية الجديدة', 'العام الهجري الجديد'],
    rule: { hijri: [1, 1] },
  },
  { id: 'ashura', names: ['عاشوراء', 'يوم عاشوراء'], rule: { hijri: [1, 10] } },
  {
    id: 'mawlid',
    names: ['المولد النبوي', 'المولد النبوي الشريف', 'ذكرى المولد النبوي'],
    rule: { hijri: [3, 12] },
  },
  {
    id: 'isra-miraj',
    names: ['الإسراء والمعراج', 'ذكرى الإسراء والمعراج'],
    rule: { hijri: [7, 27] },
  },
  { id: 'laylat-al-qadr', names: ['ليلة القدر'], rule: { hijri: [9, 27] } },
  {
    id: 'new-year',
    names: ['رأس السنة الميلادية', 'رأس السنة', 'السنة الميلادية الجديدة', 'عيد رأس السنة'],
    rule: { gregorian: [1, 1] },
  },
  {
    id: 'christmas',
    names: ['عيد الميلاد', 'الكريسماس', 'كريسماس', 'الكريسمس'],
    rule: { gregorian: [12, 25] },
  },
  {
    id: 'orthodox-christmas',
    names: ['عيد الميلاد القبطي', 'عيد الميلاد الشرقي', 'عيد الميلاد المجيد للأقباط'],
    rule: { gregorian: [1, 7] },
  },
  {
    id: 'labour-day',
    names: ['عيد العمال', 'يوم العمال', 'عيد العمال العالمي'],
    rule: { gregorian: [5, 1] },
  },
  { id: 'valentine', names: ['عيد الحب', 'الفالنتاين'], rule: { gregorian: [2, 14] } },
  { id: 'mothers-day', names: ['عيد الأم', 'عيد الام'], rule: { gregorian: [3, 21] } },
  {
    id: 'womens-day',
    names: ['اليوم العالمي للمرأة', 'يوم المرأة العالمي'],
    rule: { gregorian: [3, 8] },
  },
  { id: 'halloween', names: ['الهالوين', 'عيد الهالوين'], rule: { gregorian: [10, 31] } },
  { id: 'easter', names: ['عيد الفصح', 'عيد القيامة'], rule: { easter: 'western', offset: 0 } },
  { id: 'sham-ennessim', names: ['شم النسيم'], rule: { easter: 'orthodox', offset: 1 } },
  { id: 'thanksgiving', names: ['عيد الشكر', 'يوم الشكر'], rule: { nthWeekday: [11, 4, 4] } },
  { id: 'land-day', names: ['يوم الأرض', 'ذكرى يوم الأرض'], rule: { gregorian: [3, 30] } },
]

const BY_NAME = new Map(HOLIDAYS.flatMap((h) => h.names.map((n) => [matchKey(n), h] as const)))

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
function westernEaster(y: number): YMD {
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 }
}

/** Orthodox Easter Sunday (Meeus' Julian algorithm, moved to the Gregorian calendar). */
function orthodoxEaster(y: number): YMD {
  const a = y % 4
  const b = y % 7
  const c = y % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const day = ((d + e + 114) % 31) + 1
  const gap = Math.floor(y / 100) - Math.floor(y / 400) - 2 // Julian → Gregorian offset
  return addDays({ y, m: month, d: day }, gap)
}

function occurrences(rule: Rule): (y: number) => Occurrence[] {
  if ('gregorian' in rule)
    return (y) => [{ start: { y, m: rule.gregorian[0], d: rule.gregorian[1] } }]
  if ('hijri' in rule) return hijriOccurrences(rule.hijri[0], rule.hijri[1])
  if ('easter' in rule) {
    const easter = rule.easter === 'western' ? westernEaster : orthodoxEaster
    return (y) => [{ start: addDays(easter(y), rule.offset) }]
  }
  const [month, n, weekday] = rule.nthWeekday
  return (y) => {
    const first = (weekday - weekdayOf({ y, m: month, d: 1 }) + 7) % 7
    return [{ start: { y, m: month, d: 1 + first + 7 * (n - 1) } }]
  }
}

const NAME_GROUP = 2
const YEAR_GROUP = 3
const QUALIFIER_GROUP = 4

export default {
  name: 'ARHolidayParser',
  pattern: wordPattern(
    `(?:(?:يوم|عطلة|احتفالات)\\s+)?(${alt(HOLIDAYS.flatMap((h) => h.names))})` +
      `(?:\\s+(?:المبارك|المجيد|السعيد|الشريف|الكريم))?` +
      `(?:\\s+(?:(?:من\\s+)?(?:ال)?(?:عام|سنة)\\s+)?(\\d{4})(?:\\s*(?:م|هـ|ه))?|\\s+(${QUALIFIER_AFTER}))?`,
  ),
  extract(match, { text }) {
    const holiday = BY_NAME.get(matchKey(match[NAME_GROUP]!))
    if (!holiday) return null
    const yearText = match[YEAR_GROUP]
    const qualifier = match[QUALIFIER_GROUP]
    if (holiday.needsCue && !yearText && !qualifier) {
      const before = wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '')
      if (!TEMPORAL_CUES.has(before) && !/[بل]$/.test(match[1]!)) return null
    }
    // "عيد الميلاد الـ70 للرئيس" is a birthday.
    const after = wordAfter(text, match.index + match[0].length)
    if (
      holiday.id === 'christmas' &&
      /^(?:ال)?\d|^ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)/.test(after)
    )
      return null
    const find = occurrences(holiday.rule)
    const start: DateSpec = { occurrences: find, grain: 'day' }
    if (yearText) {
      const year = Number(yearText)
      if (year >= 1300 && year < 1700 && 'hijri' in holiday.rule) {
        // A Hijri year: "عيد الفطر 1443".
        const [m, d] = holiday.rule.hijri
        const first = hijriToGregorian({ y: year, m, d: d ?? 1 })
        if (!first) return null
        const last = d === undefined ? hijriMonthEnd(year, m) : null
        const point = (g: YMD): DateSpec => ({ year: g.y, month: g.m, day: g.d, grain: 'day' })
        return { type: 'DATE', start: point(first), until: last ? point(last) : undefined }
      }
      start.year = year
    } else if (qualifier) {
      const shift = qualifierShift(qualifier)
      if (shift) {
        start.direction = shift < 0 ? 'past' : 'future'
        start.strict = true
        if (Math.abs(shift) > 1) start.skip = Math.abs(shift) - 1
      }
    }
    return { type: 'DATE', start }
  },
} satisfies Parser
