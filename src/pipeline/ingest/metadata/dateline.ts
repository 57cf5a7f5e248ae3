import { list, matchKey } from '../clean/lines'
import { readByline } from './byline'
import {
  findDates,
  findTimes,
  findWeekdays,
  weekdayName,
  weekdayOf,
  type DateMatch,
  type WeekdayMatch,
} from './datetime'

/**
 * A dateline: a line that is mostly a date ("الخميس 24 فبراير 2022 05:41 ص / بتوقيت القدس",
 * "2022.01.05 | 15:34 دمشق", "موسكو 23 رجب 1443 هـ الموافق 24 فبراير 2022 م واس", "نشر في:
 * 8/1/2022 | آخر تحديث: 9/1/2022"), as opposed to a sentence that mentions a date. What is left
 * once the date, time, weekday and the words datelines are made of are taken out must be a few
 * words at most (a place, an agency, a time zone).
 */

export interface Dateline {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  published: string
  date: string
  time: string | null
  weekday: WeekdayMatch | null
  /** A warning when the printed weekday is not the date's. */
  mismatch: string | null
  /** Words before the date ("موسكو"), when there are a few. */
  place: string | null
  /** Only an update time was printed. */
  updated: boolean
  rule: string
}

/** Words datelines are built from, besides dates (data: extend freely). */
const FILLERS = new Set(
  list(`
    نشر | نشرت | نشر في | منشور | تاريخ | تاريخ النشر | بتاريخ | في | يوم | اليوم
    الموافق | هـ | ه | م | ص | بتوقيت | توقيت | الساعة | الساعه | آخر | اخر | تحديث
    التحديث | محدث | تم | published | updated | update | last | posted | on | at | am | pm
    gmt | utc | date | time
  `).map(matchKey),
)
/** The words after these name a time zone, not a place ("بتوقيت مكة المكرمة"). */
const ZONE_MARKERS = new Set(
  list(`
    بتوقيت | توقيت | gmt | utc
  `).map(matchKey),
)
const RE_UPDATE = /(?:آخر|اخر)\s*تحديث|تم\s*التحديث|محدث|تحديث|last\s*update|updated|modified/iu
const MAX_RESIDUE = 4

export function readDateline(text: string): Dateline | null {
  if (text.length > 200) return null
  const dates = findDates(text)
  if (!dates.length) return null
  const update = RE_UPDATE.exec(text)
  const before = update ? dates.filter((d) => d.start < update.index) : dates
  const updated = before.length === 0
  const pool = updated ? dates : before
  const date = pool.find((d) => d.calendar === 'gregorian') ?? pool[0]!
  const times = findTimes(text)
  const weekdays = findWeekdays(text)
  if (residueWords(text, dates, times, weekdays) > MAX_RESIDUE) return null

  const limit = updated || !update ? text.length : update.index
  const time =
    times.find((t) => t.start >= date.end && t.start - date.end <= 25 && t.start < limit) ??
    times.find((t) => t.end <= date.start && date.start - t.end <= 12) ??
    null
  const weekday = weekdays.filter((w) => w.end <= date.start).pop() ?? null
  let mismatch: string | null = null
  if (weekday && date.calendar === 'gregorian' && weekday.day !== weekdayOf(date.date)) {
    mismatch = `The dateline says ${weekday.name} but ${date.date} was a ${weekdayName(date.date)}`
  }
  return {
    published: time ? `${date.date}T${time.time}` : date.date,
    date: date.date,
    time: time?.time ?? null,
    weekday,
    mismatch,
    place: placeBefore(text, dates[0]!, weekdays),
    updated,
    rule: date.rule,
  }
}

function blank(text: string, spans: { start: number; end: number }[]): string {
  let out = text
  for (const s of spans)
    out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end)
  return out
}

/** Words left once dates, times, weekdays, filler words, numbers and time zones are removed. */
function residueWords(
  text: string,
  dates: DateMatch[],
  times: { start: number; end: number }[],
  weekdays: WeekdayMatch[],
): number {
  const words = matchKey(blank(text, [...dates, ...times, ...weekdays]))
    .split(' ')
    .filter(Boolean)
  let count = 0
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (ZONE_MARKERS.has(w)) {
      i += 2 // the zone's name: one or two words
      continue
    }
    if (FILLERS.has(w) || /\d/.test(w)) continue
    count++
  }
  return count
}

/**
 * "موسكو" in "موسكو 23 رجب ...": up to three non-filler words before the first date, unless they
 * are a byline ("كتبت نادية الشامي الثلاثاء 3 أكتوبر 2023").
 */
function placeBefore(text: string, first: DateMatch, weekdays: WeekdayMatch[]): string | null {
  if (readByline(text.slice(0, first.start))) return null
  const head = blank(
    text.slice(0, first.start),
    weekdays.filter((w) => w.end <= first.start),
  )
  const words = head
    .replace(/[|/\\\-–—:،,()[\]«»"]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLERS.has(matchKey(w)) && !/\d/.test(w))
  return words.length >= 1 && words.length <= 3 ? words.join(' ') : null
}
