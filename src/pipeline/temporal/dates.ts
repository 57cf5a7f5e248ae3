/**
 * Calendar arithmetic on plain year/month/day numbers. Never a local-time `Date`: every day is a
 * UTC day number, so results do not depend on the machine's time zone. Hand-written because it is
 * a dozen small functions and the libraries that do it bring their own time-zone model.
 */

export interface YMD {
  y: number
  m: number
  d: number
}

export interface Clock {
  h: number
  mi: number
  s?: number
}

/** A reference instant as written: a calendar day, maybe a wall-clock time. */
export interface Reference {
  date: YMD
  time?: Clock
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 (negative before). */
export function dayNumber({ y, m, d }: YMD): number {
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  return Math.floor(date.getTime() / DAY_MS)
}

export function fromDayNumber(n: number): YMD {
  const date = new Date(n * DAY_MS)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

export function addDays(date: YMD, n: number): YMD {
  return fromDayNumber(dayNumber(date) + n)
}

export function daysInMonth(y: number, m: number): number {
  return fromDayNumber(dayNumber({ y, m: m + 1, d: 1 }) - 1).d
}

/** Same day n months later, clamped to the month's last day (31 January + 1 month = 28 February). */
export function addMonths(date: YMD, n: number): YMD {
  const index = date.y * 12 + (date.m - 1) + n
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) }
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: YMD): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(weekday: number): number {
  return weekday === 0 ? 7 : weekday
}

/** Monday of the ISO week holding `date`. */
export function weekStart(date: YMD): YMD {
  return addDays(date, 1 - isoWeekday(weekdayOf(date)))
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(date: YMD): { year: number; week: number } {
  const thursday = addDays(weekStart(date), 3)
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 })
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 }
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export function formatYear(y: number): string {
  return pad(y, 4)
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`
}

export function formatDate(date: YMD): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`
}

export function formatWeek(date: YMD): string {
  const { year, week } = isoWeek(date)
  return `${pad(year, 4)}-W${pad(week)}`
}

export function formatClock(time: Clock): string {
  return `${pad(time.h)}:${pad(time.mi)}${time.s === undefined ? '' : `:${pad(time.s)}`}`
}

/** "2022-01-08", "2022-01-08T07:00" or "2013-02-12T04:30:00" → Reference; null when malformed. */
export function parseReference(text: string | null | undefined): Reference | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text ?? '')
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (!isValidDate(y, mo, d)) return null
  const ref: Reference = { date: { y, m: mo, d } }
  if (m[4] !== undefined) {
    const time: Clock = { h: Number(m[4]), mi: Number(m[5]) }
    if (m[6] !== undefined) time.s = Number(m[6])
    if (time.h < 24 && time.mi < 60) ref.time = time
  }
  return ref
}

/** Minutes since midnight. */
export function clockMinutes(time: Clock): number {
  return time.h * 60 + time.mi + (time.s ?? 0) / 60
}
