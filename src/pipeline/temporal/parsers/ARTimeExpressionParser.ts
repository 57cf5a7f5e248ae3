/**
 * Clock times: "15:34", "07:00 ص", "05:41 م", "الساعة 11 ليلاً", "الساعة الثالثة والربع", "الثالثة
 * إلا ثلثاً عصرا", "الساعة 3 و18 دقيقة صباحا", "الثالثة فجرا", "منتصف الليل", with a time zone
 * when the text names one ("بتوقيت القدس +2GMT", "بالتوقيت المحلي"): it stays in the expression,
 * the value is the wall-clock time as written. A 12-hour reading with nothing saying morning or
 * evening is marked ambiguous for resolve.ts.
 */
import { matchKey } from '../../lexicon/calendar'
import { cardinalValue } from '../../lexicon/numbers'
import {
  HOUR_WORDS,
  wordBefore,
  NUMBER_WORDS,
  PART_SUFFIX,
  hourInPart,
  numberValue,
  partOf,
  wordPattern,
  LETTER,
} from '../constants'
import { isFutureVerb } from '../tense'
import type { DateSpec, Parser } from '../types'

// The span alternative comes first: at one position the first alternative that matches wins.
const SPAN_FROM_GROUP = 2
const SPAN_JOIN_GROUP = 3
const SPAN_TO_GROUP = 4
const SPAN_PART_GROUP = 5
const CLOCK_WORD_GROUP = 6
const HH_GROUP = 7
const MM_GROUP = 8
const SS_GROUP = 9
const HOUR_GROUP = 10
const MINUTES_GROUP = 11
const AMPM_GROUP = 12
const PART_GROUP = 13
const MIDNIGHT_GROUP = 15

/** Minutes are counted in cardinals without the article: "والرابعة" is the next hour, not 4 minutes. */
const COUNT = `\\d{1,2}|(?!ال)(?:${NUMBER_WORDS})`
/** An hour in words, 1 to 12: not a compound like "الرابعة وأربعون", whose tens are minutes. */
const HOUR = `\\d{1,4}|${HOUR_WORDS}`
const MINUTES =
  `\\s*و\\s*(?:ال)?(?:ربع|نصف|ثلث)` +
  `|\\s*(?:إلا|الا)\\s*(?:(?:ال)?(?:ربع|ثلث)|ربعا|ثلثا|${COUNT})(?:\\s*(?:دقيقة|دقائق))?` +
  `|\\s*و\\s*(?:${COUNT})(?:\\s*(?:دقيقة|دقائق))?`
const ZONE =
  `\\s*[/(]?\\s*(?:ب|حسب\\s+|وفق\\s+)?(?:ال)?توقيت\\s+(?:gmt|utc|غرينتش|غرينيتش|جرينتش|جرينيتش|[${LETTER}]+(?:\\s+(?:المكرمة|المنورة))?)` +
  `(?:\\s*[+-]\\s*\\d{1,2}(?:\\s*(?:gmt|utc))?)?\\s*\\)?` +
  `|\\s*(?:gmt|utc)(?:\\s*[+-]\\s*\\d{1,2})?`

/**
 * Words that put a clock hour after them ("عند الثالثة فجرا"). An hour in words with no
 * "الساعة" follows one of them, a verb ("سأعود الثامنة مساء") or opens the clause; after a
 * noun it is that noun's ordinal ("للمرة الثالثة مساء أمس" is the third time, not 3 pm).
 */
const CLOCK_LEADS = new Set(
  [
    'في',
    'عند',
    'حتى',
    'منذ',
    'من',
    'إلى',
    'قبل',
    'بعد',
    'نحو',
    'حوالي',
    'قرابة',
    'بحدود',
    'تمام',
    'بين',
  ].map(matchKey),
)

/** Words after which a bare hour is a clock time. */
const AT_CLOCK = new Set(['عند', 'تمام', 'حوالي', 'بحدود', 'قرابة'].map(matchKey))

/**
 * Words after which a feminine ordinal is an hour ("الساعة" understood: "سأعود في السابعة",
 * "حتى الحادية عشرة"), and the words after it that make it an age ("في الثالثة من عمره").
 */
const HOUR_LEADS = new Set(
  ['في', 'عند', 'حتى', 'منذ', 'قبل', 'بعد', 'تمام', 'حوالي', 'نحو', 'قرابة', 'بحدود'].map(matchKey),
)
const AGE_AFTER = /^\s*(?:من\s+(?:ال)?عمر|عاما|سنوات|سنه|ربيعا)/

/** Parts of the day that can stand before the hour they qualify ("بعد الظهر السابعة مساء"). */
const PART_BEFORE = /^(?:ال)?(?:ظهر|ظهيره|صباح|مساء|عصر|فجر|ليل|ليله)ا?$/

function opensClock(text: string, index: number, clitic = ''): boolean {
  const before = text.slice(Math.max(0, index - 30), index)
  if (!/\p{L}\P{L}*$/u.test(before) || /[^\p{L}\s]\s*$/u.test(before)) return true
  const word = wordBefore(text, index)
  // "الثانية والرابعة فجرا": an hour coordinated with the one before it.
  if (/و/.test(clitic) && (numberValue(word) !== undefined || /\d$/.test(before.trim())))
    return true
  if (CLOCK_LEADS.has(word.replace(/^[وف](?=\p{L}{2})/u, ''))) return true
  if (PART_BEFORE.test(word)) return true
  // After a definite or feminine noun the word is its ordinal; after a verb it is an hour.
  return !/^(?:[وفب]?ال|لل)|ه$/.test(word)
}

/** Minutes added to (or taken from) the hour by "والربع", "إلا ثلث", "و18 دقيقة". */
function minutesOf(phrase: string): number | undefined {
  const key = matchKey(phrase).trim()
  const minus = /^الا/.test(key)
  const rest = key.replace(/^(?:الا|و)\s*/, '').replace(/\s*(?:دقيقه|دقايق)$/, '')
  const fraction = /^(?:ال)?(ربع|نصف|ثلث)/.exec(rest)
  const n = fraction
    ? { ربع: 15, نصف: 30, ثلث: 20 }[fraction[1] as 'ربع' | 'نصف' | 'ثلث']
    : numberValue(rest)
  if (n === undefined || !Number.isInteger(n) || n < 0 || n >= 60) return undefined
  return minus ? -n : n
}

export default {
  name: 'ARTimeExpressionParser',
  pattern: wordPattern(
    // "من 10 إلى 12 ظهرا", "بين 2 و4 عصرا": bare hours made a time by the part after them
    `(${HOUR})\\s*(-|–|إلى|الى|حتى|و)\\s*(${HOUR})\\s+(${PART_SUFFIX})` +
      `|(?:(الساعة)\\s*)?(?:(\\d{1,2})\\s*[:.]\\s*(\\d{2})(?:\\s*:\\s*(\\d{2}))?|(${HOUR})(${MINUTES})?)` +
      `(?:\\s*(ص|م)(?![${LETTER}])|\\s*(${PART_SUFFIX}))?(${ZONE})?` +
      `|(منتصف[\\s-]+(?:الليل|الليلة|النهار|الظهر|الصباح)|وقت\\s+الظهيرة|الظهيرة|الظهر)`,
  ),
  extract(match, { text }) {
    if (match[SPAN_PART_GROUP]) return span(match, text)
    const spec: DateSpec = { grain: 'minute' }
    if (match[MIDNIGHT_GROUP]) {
      const word = matchKey(match[MIDNIGHT_GROUP])
      // "الظهر" is also "the back" ("طعنه في الظهر"): noon only where a time is expected.
      if (word === 'الظهر' && !noonContext(text, match.index)) return null
      spec.hour = /ليل/.test(word) ? 0 : /صباح/.test(word) ? 10 : 12
      spec.minute = 0
      // Noon can also lead the hour it qualifies: "الظهر الساعة 7" (ARMergePartOfDayRefiner).
      if (spec.hour === 12) spec.part = 'MI'
      return { type: 'TIME', start: spec }
    }
    const digits = match[HH_GROUP] !== undefined
    // "10.30" is a clock time only with "الساعة" or a part of the day: alone it is a number.
    if (
      digits &&
      /\./.test(match[0]) &&
      !match[CLOCK_WORD_GROUP] &&
      !match[PART_GROUP] &&
      !match[AMPM_GROUP]
    )
      return null
    let hourText = digits ? match[HH_GROUP]! : match[HOUR_GROUP]!
    const minutesText = match[MINUTES_GROUP]
    const partText = match[PART_GROUP]
    const ampm = match[AMPM_GROUP]
    let minute = digits ? Number(match[MM_GROUP]) : 0
    const compact = /^\d{3,4}$/.test(hourText)
    if (compact) {
      // "1140 صباحا", "730 مساء": hours and minutes run together, only with a part of the day.
      if (!partText || minutesText) return null
      minute = Number(hourText.slice(-2))
      hourText = hourText.slice(0, -2)
      if (Number(hourText) > 12 || minute > 59) return null
    }
    let hour = numberValue(hourText)
    if (!digits && !compact) {
      const words = !/\d/.test(hourText)
      if (words && !match[CLOCK_WORD_GROUP] && !opensClock(text, match.index, match[1]!))
        return null
      const lead = wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '')
      if (words && !match[CLOCK_WORD_GROUP] && !cardinalHourOpens(hourText, lead)) return null
      // A number alone is no time: it needs "الساعة", a part of the day, words with minutes, or
      // a word that only ever precedes a time ("عند السابعة", "حوالي 7").
      if (
        !match[CLOCK_WORD_GROUP] &&
        !partText &&
        !ampm &&
        !(words && minutesText) &&
        !AT_CLOCK.has(lead) &&
        !PART_BEFORE.test(lead) &&
        !afterPartAndIn(text, match.index, lead) &&
        !(words && impliedClock(text, match, lead))
      )
        return null
      if (ampm && !match[CLOCK_WORD_GROUP]) return null
      // "2 و4": digits after "و" are minutes only when "دقيقة" says so, or after "الساعة" when
      // they are two ("الساعة 2 و30"); "بين الساعة 2 و 4" is a span.
      if (minutesText && /\d/.test(minutesText) && !/دق/.test(minutesText)) {
        const between = wordBefore(text, match.index) === 'بين'
        if (!match[CLOCK_WORD_GROUP] || between || !/\d\d/.test(minutesText)) return null
      }
      if (words && (hour === undefined || hour < 1 || hour > 12)) return null
      // "الأولى" ranks ("الساعات الأولى", "الصباح الأولى"): one o'clock is "الواحدة".
      if (words && /^(?:ال)?اول[يه]$/.test(matchKey(hourText))) return null
      if (minutesText) {
        const offset = minutesOf(minutesText)
        if (offset === undefined) return null
        if (offset < 0) {
          hour = hour === undefined ? undefined : hour - 1
          minute = 60 + offset
        } else minute = offset
      }
    }
    if (hour === undefined || !Number.isInteger(hour) || hour < 0 || hour > 24 || minute > 59)
      return null
    const part = partText ? partOf(partText) : undefined
    if (partText && !part) return null
    if (part) hour = hourInPart(hour === 0 ? 12 : hour, part)
    else if (ampm) hour = matchKey(ampm) === 'ص' ? hour % 12 : hour < 12 ? hour + 12 : hour
    else if (hour >= 1 && hour <= 12 && !(digits && /^0/.test(hourText))) spec.ambiguousHour = true
    spec.hour = hour
    spec.minute = minute
    if (match[SS_GROUP]) {
      spec.second = Number(match[SS_GROUP])
      spec.grain = 'second'
    }
    // "منذ الساعة الثامنة": a time already past, whatever the sentence.
    if (wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '') === 'منذ')
      spec.direction = 'past'
    // "الثامنة هذه الليلة", "الساعة 8 صباح اليوم": today, from the writing.
    if (partText && /^(?:هذا|هذه|الليله$)|اليوم$/.test(matchKey(partText))) {
      spec.shift = { unit: 'day', n: 0 }
      spec.relativeTo = 'speech'
    }
    return { type: 'TIME', start: spec }
  },
} satisfies Parser

/**
 * A feminine ordinal with the article and nothing else is an hour after a word that leads to a
 * time, a verb in the future, or at the start of the text: "سأعود في السابعة", "حتى الحادية عشرة".
 * Not "الأولى" (the hour is "الواحدة"), not an age ("في الثالثة من عمره").
 */
function impliedClock(text: string, match: RegExpExecArray, lead: string): boolean {
  const word = matchKey(match[HOUR_GROUP]!).split(' ')[0]!
  if (!/^ال\p{L}+ه$/u.test(word) || /^الاولي|^الاوله/.test(word)) return false
  if (AGE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12)))
    return false
  const before = text.slice(Math.max(0, match.index - 30), match.index + match[1]!.length)
  return HOUR_LEADS.has(lead) || isFutureVerb(lead) || !/\p{L}/u.test(before)
}

/**
 * The hour of a clock is a feminine ordinal ("الثالثة"); a cardinal ("ثلاثة", "عشرة وخمسة") is
 * the spoken form, an hour only after "على", a word that leads to a time, or a verb in the
 * future. In a report a cardinal counts ("قتل ثلاثة وعشرون شخصا", "أصيب خمسة مساء أمس").
 */
function cardinalHourOpens(hourText: string, lead: string): boolean {
  const first = matchKey(hourText).split(' ')[0]!
  if (cardinalValue(first) === undefined && !/^(?:احد|اثنا|اثني|اثنتا|اثنتي)$/.test(first))
    return true
  return lead === 'علي' || AT_CLOCK.has(lead) || isFutureVerb(lead)
}

/** "الليلة في 7", "في الصباح في 7": a number after a part of the day and "في" is its hour. */
function afterPartAndIn(text: string, index: number, lead: string): boolean {
  if (lead !== 'في') return false
  const at = text.lastIndexOf('في', index)
  return at > 0 && /^ال/.test(wordBefore(text, at)) && PART_BEFORE.test(wordBefore(text, at))
}

/** "الظهر" as noon: after "عند", "حتى", "قبل", "منذ", "وقت", "موعد" or a verb in the future. */
function noonContext(text: string, index: number): boolean {
  const lead = wordBefore(text, index).replace(/^[وف](?=\p{L}{2})/u, '')
  return /^(?:عند|حتي|منذ|وقت|موعد|تمام|قرابه|حوالي)$/.test(lead) || isFutureVerb(lead)
}

/** "من 10 إلى 12 ظهرا": both hours read in the part of the day written after the second. */
function span(match: RegExpExecArray, text: string) {
  if (!/\d/.test(match[SPAN_FROM_GROUP]!) && !opensClock(text, match.index, match[1]!)) return null
  const from = numberValue(match[SPAN_FROM_GROUP]!)
  const to = numberValue(match[SPAN_TO_GROUP]!)
  const part = partOf(match[SPAN_PART_GROUP]!)
  if (from === undefined || to === undefined || !part) return null
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > 12 || from === to)
    return null
  const lead = wordBefore(text, match.index)
  const leadBefore =
    lead === 'الساعه' ? wordBefore(text, text.lastIndexOf('الساعه', match.index)) : ''
  if (matchKey(match[SPAN_JOIN_GROUP]!) === 'و' && lead !== 'بين' && leadBefore !== 'بين')
    return null
  const end = hourInPart(to, part)
  let start = hourInPart(from, part)
  if (start > end) start = from // "من 10 إلى 2 ظهرا": the start is still in the morning
  return {
    type: 'TIME' as const,
    start: { hour: start, minute: 0, grain: 'minute' as const },
    until: { hour: end, minute: 0, grain: 'minute' as const },
  }
}
