/**
 * Dates in digits: "2022-01-05", "2022.01.05", "2021/10/25م", "25-10-2021" (day first, as the
 * Arabic press writes it), "08/12، 2015", "1443/07/23هـ" (Hijri), "2/2013" (a month), and "يوم
 * 22/04" (day and month). Alone, "1/2" is a fraction and "2-1" a score: a day and month need a
 * word that leads to a date (يوم، بتاريخ، في، حتى، منذ ...), a weekday or a verb in the future
 * before them; written with "-" or "." they must also end the clause and hold a number above 12
 * ("2.5" is a decimal, "3-1" a score). Month first ("4/22") only when the day says so.
 */
import { isValidDate } from '../dates'
import { hijriToGregorian } from '../hijri'
import { LETTER, WEEKDAY_NAME, wordBefore, wordPattern } from '../constants'
import { foldPattern } from '../text'
import { matchKey } from '../../lexicon/calendar'
import { isFutureVerb } from '../tense'
import type { DateSpec, Parser } from '../types'

const YMD_Y = 2
const YMD_M = 4
const YMD_D = 5
const DMY_D = 6
const DMY_M = 8
const DMY_Y = 9
const MY_M = 10
const MY_Y = 11
const YM_Y = 12
const YM_M = 13
const DM_DAY_WORD = 14
const DM_D = 15
const DM_SEPARATOR = 16
const DM_M = 17
const ERA_GROUP = 18

const HIJRI_ERA = /^(?:ه|هجري|هجريه)$/
const DAY_MONTH_CUES = new Set(
  ['يوم', 'بتاريخ', 'تاريخ', 'الموافق', 'في', 'حتى', 'منذ', 'قبل', 'بعد', 'لغاية'].map(matchKey),
)
const WEEKDAY_AT_END = new RegExp(`${WEEKDAY_NAME}$`, 'u')
/** "سوف أعود 4/22": the particle, then the verb. */
const FUTURE_PARTICLE_VERB = new RegExp(`${foldPattern('سوف')}\\s+[${LETTER}]+\\s*$`, 'u')
const CLAUSE_END = /^\s*(?:[.!?؟،,؛;:)\n]|$)/

/** A word before a day and month in digits that makes them a date. */
function hasDateCue(text: string, index: number): boolean {
  const word = wordBefore(text, index).replace(/^[وف](?=\p{L}{2})/u, '')
  return (
    DAY_MONTH_CUES.has(word) ||
    isFutureVerb(word) ||
    FUTURE_PARTICLE_VERB.test(text.slice(Math.max(0, index - 30), index)) ||
    WEEKDAY_AT_END.test(text.slice(Math.max(0, index - 12), index).trim())
  )
}

export default {
  name: 'ARNumericDateParser',
  pattern: wordPattern(
    '(?:(\\d{4})([-/.])(\\d{1,2})\\3(\\d{1,2})' +
      '|(\\d{1,2})([-/.])(\\d{1,2})(?:\\7|\\s*[,،]\\s*)(\\d{4}|\\d{2})' +
      '|(\\d{1,2})[/-](\\d{4})|(\\d{4})/(\\d{1,2})' +
      '|(?:(يوم)\\s+)?(\\d{1,2})([/.-])(\\d{1,2}))' +
      '(?!\\s*[-/.]\\s*\\d)(?:\\s*(م|ه|هجري|هجريه|ميلادي))?',
  ),
  extract(match, { text }) {
    const before = text.slice(Math.max(0, match.index - 2), match.index)
    if (/\d[-/.:]$/.test(before)) return null // a longer number: 1.2.2022.5, 10:25/30
    const era = match[ERA_GROUP] ?? ''
    const hijri = HIJRI_ERA.test(era)
    let y: number | undefined
    let m: number
    let d: number | undefined
    if (match[YMD_Y]) {
      ;[y, m, d] = [Number(match[YMD_Y]), Number(match[YMD_M]), Number(match[YMD_D])]
    } else if (match[DMY_D]) {
      ;[d, m] = [Number(match[DMY_D]), Number(match[DMY_M])]
      if (m > 12 && d <= 12) [d, m] = [m, d] // 10/25/2021: month first
      const yy = match[DMY_Y]!
      y = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy)
      // 12-05-21 alone is a score or a code.
      if (yy.length === 2 && match[7] !== '/' && !hasDateCue(text, match.index)) return null
    } else if (match[MY_M] || match[YM_Y]) {
      y = Number(match[MY_Y] ?? match[YM_Y])
      m = Number(match[MY_M] ?? match[YM_M])
      if (m < 1 || m > 12 || y < 1000) return null
      return { type: 'DATE', start: { year: y, month: m, grain: 'month' } }
    } else {
      if (!match[DM_DAY_WORD] && !hasDateCue(text, match.index)) return null
      const separator = match[DM_SEPARATOR]!
      if (separator !== '/') {
        if (!CLAUSE_END.test(text.slice(match.index + match[0].length))) return null
        if (Number(match[DM_D]) <= 12 && Number(match[DM_M]) <= 12) return null
      }
      ;[d, m] = [Number(match[DM_D]), Number(match[DM_M])]
      if (m > 12 && d <= 12) [d, m] = [m, d]
      if (m < 1 || m > 12 || d < 1 || d > 31) return null
      return { type: 'DATE', start: { month: m, day: d, grain: 'day' } }
    }
    if (y === undefined || d === undefined) return null
    if (hijri) {
      const g = hijriToGregorian({ y, m, d })
      if (!g) return null
      return { type: 'DATE', start: { year: g.y, month: g.m, day: g.d, grain: 'day' } }
    }
    if (y < 1000 || y > 2200 || !isValidDate(y, m, d)) return null
    const start: DateSpec = { year: y, month: m, day: d, grain: 'day' }
    return { type: 'DATE', start }
  },
} satisfies Parser
