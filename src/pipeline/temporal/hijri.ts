/**
 * Hijri (Umm al-Qura) ↔ Gregorian conversion through Intl's `islamic-umalqura` calendar, the
 * calendar Saudi and most Gulf outlets print. Intl only formats Gregorian instants as Hijri, so
 * the other direction estimates the day and corrects it by formatting its neighbours.
 */
import { addDays, dayNumber, fromDayNumber, type YMD } from './dates'

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
})

const DAY_MS = 86_400_000
/** Day number of 1 Muharram 1 AH (16 July 622, Julian) in the proleptic Gregorian calendar. */
const EPOCH = dayNumber({ y: 622, m: 7, d: 19 })
const MEAN_YEAR = 354.36667
const MEAN_MONTH = 29.530589

export function gregorianToHijri(date: YMD): YMD {
  const parts = FORMAT.formatToParts(new Date(dayNumber(date) * DAY_MS))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN)
  return { y: get('year'), m: get('month'), d: get('day') }
}

const cache = new Map<string, YMD | null>()

/** The Gregorian day of a Hijri date, or null when the Hijri date does not exist (30th of a 29-day month). */
export function hijriToGregorian(h: YMD): YMD | null {
  const key = `${h.y}-${h.m}-${h.d}`
  if (cache.has(key)) return cache.get(key)!
  let result: YMD | null = null
  if (h.m >= 1 && h.m <= 12 && h.d >= 1 && h.d <= 30 && h.y > 0) {
    const guess = Math.round(EPOCH + (h.y - 1) * MEAN_YEAR + (h.m - 1) * MEAN_MONTH + h.d - 1)
    let day = guess
    const seen = new Set<number>()
    // The estimate is within days of the target: step by the difference until it matches, or
    // until a day repeats (the date does not exist, like the 30th of a 29-day month).
    while (!seen.has(day)) {
      seen.add(day)
      const diff = hijriOrdinal(h) - hijriOrdinal(gregorianToHijri(fromDayNumber(day)))
      if (diff === 0) {
        result = fromDayNumber(day)
        break
      }
      day += Math.abs(diff) > 3 ? diff : Math.sign(diff)
    }
  }
  cache.set(key, result)
  return result
}

/** A rough ordinal of a Hijri date (30-day months): only its differences are used, as a step. */
function hijriOrdinal(h: YMD): number {
  return h.y * 360 + (h.m - 1) * 30 + h.d
}

/** Last day of a Hijri month (29 or 30) as a Gregorian day. */
export function hijriMonthEnd(y: number, m: number): YMD | null {
  const next = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }
  const first = hijriToGregorian(next)
  return first ? addDays(first, -1) : null
}
