/**
 * Pins a refined parse to the calendar: a TIMEX3 value and what it was anchored to.
 *
 * Three references can be in play (see index.ts for how they are found):
 *   speech     the moment of writing: the publication date, the dateline, or the date of a
 *              reported statement for expressions inside its quotation;
 *   narrative  the story's current date: the last day the text pinned;
 *   tense      which way the sentence points (tense.ts), for weekdays, hours and holidays.
 * Without the reference an expression needs, the value keeps TIMEX3 X digits ("XXXX-WXX-3").
 */
import type { TimexAnchor } from '../types'
import { hourInPart } from './constants'
import {
  addDays,
  addMonths,
  clockMinutes,
  dayNumber,
  daysInMonth,
  formatClock,
  formatDate,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekday,
  isValidDate,
  weekStart,
  weekdayOf,
  type Clock,
  type Reference,
  type YMD,
} from './dates'
import type { Tense } from './tense'
import type { DateSpec, Direction, Occurrence, ParsedResult } from './types'

export interface Anchor {
  ref: Reference
  kind: 'publication' | 'narrative'
}

export interface Scope {
  speech: Anchor | null
  narrative: Anchor | null
  tense: Tense
  /** The last year the text stated, for "2 يناير" when nothing else dates the article. */
  year?: number
}

export interface Resolved {
  value: string | null
  anchor: TimexAnchor
  mod?: string
  /** The first day the value covers, when it is day-precise (for the story's date). */
  day?: YMD
  time?: Clock
}

interface Point {
  value: string | null
  anchor: TimexAnchor
  day?: YMD
  time?: Clock
  end?: YMD
}

const NONE: Point = { value: null, anchor: 'none' }

export function resolveResult(r: ParsedResult, scope: Scope, warnings: string[]): Resolved {
  if (r.value !== undefined) {
    const relative = /_REF$/.test(r.value)
    return {
      value: r.value,
      anchor: relative ? (scope.speech?.kind ?? 'none') : 'explicit',
    }
  }
  let start = resolvePoint(r.start, scope)
  checkWeekday(r, start, warnings)
  if (start.anchor === 'none' && r.statedWeekday !== undefined && r.start.shift?.unit === 'day') {
    // "فجر اليوم الجمعة" with no date to count from: still a Friday.
    const part = r.start.part ? `T${r.start.part}` : ''
    start = { value: `XXXX-WXX-${isoWeekday(r.statedWeekday)}${part}`, anchor: 'none' }
  }
  if (!r.until) {
    const value = start.end && start.value ? `${start.value}/${formatDate(start.end)}` : start.value
    return { value, anchor: start.anchor, mod: r.start.mod, day: start.day, time: start.time }
  }
  let until = resolvePoint(r.until, scope)
  if (isWeekdayOnly(r.until) && start.day) {
    // "من الاثنين إلى الجمعة": the Friday after that Monday.
    const day = addDays(start.day, (r.until.weekday! - weekdayOf(start.day) + 7) % 7)
    until = {
      ...until,
      day,
      value: r.until.part ? `${formatDate(day)}T${r.until.part}` : formatDate(day),
    }
  } else if (r.until.ambiguousHour && start.time && start.day && r.until.hour !== undefined) {
    until = clockAfter(start.day, start.time, r.until, until.anchor)
  } else if (
    start.time &&
    until.time &&
    until.day &&
    start.day &&
    !hasOwnDay(r.until) &&
    !r.until.shift
  ) {
    // An end with no day of its own is on the start's day ("من 9 صباحا حتى 5 مساء" said at 10:00
    // starts tomorrow), or the next when its clock is earlier ("من السابعة مساء حتى السادسة صباحا").
    const day =
      clockMinutes(until.time) <= clockMinutes(start.time) ? addDays(start.day, 1) : start.day
    if (!sameDay(day, until.day))
      until = { ...until, day, value: `${formatDate(day)}T${formatClock(until.time)}` }
  }
  const value = start.value && until.value ? `${start.value}/${until.value}` : null
  return {
    value,
    anchor: weakest(start.anchor, until.anchor),
    mod: r.start.mod,
    day: start.day,
    time: start.time,
  }
}

function isWeekdayOnly(spec: DateSpec): boolean {
  return (
    spec.weekday !== undefined &&
    spec.day === undefined &&
    spec.month === undefined &&
    spec.year === undefined &&
    spec.shift === undefined &&
    spec.hour === undefined &&
    !spec.nth
  )
}

/** Does the spec name its own day, or only take one from its context? */
function hasOwnDay(spec: DateSpec): boolean {
  return (
    spec.day !== undefined ||
    spec.weekday !== undefined ||
    spec.occurrences !== undefined ||
    (spec.shift !== undefined && spec.shift.unit !== 'hour' && spec.shift.unit !== 'minute')
  )
}

function weakest(a: TimexAnchor, b: TimexAnchor): TimexAnchor {
  const rank: TimexAnchor[] = ['explicit', 'publication', 'narrative', 'none']
  return rank[Math.max(rank.indexOf(a), rank.indexOf(b))]!
}

/** A weekday written beside a date that says otherwise is worth a warning. */
function checkWeekday(r: ParsedResult, point: Point, warnings: string[]) {
  if (r.statedWeekday === undefined || !point.day) return
  if (weekdayOf(point.day) !== r.statedWeekday) {
    warnings.push(
      `Weekday does not match the date: ${formatDate(point.day)} is not weekday ${r.statedWeekday}`,
    )
  }
}

/** The end of a clock range written without morning/evening: the first such time after the start. */
function clockAfter(day: YMD, after: Clock, spec: DateSpec, anchor: TimexAnchor): Point {
  const h = spec.hour! % 12
  const minute = spec.minute ?? 0
  const from = clockMinutes(after)
  for (const [offset, hour] of [
    [0, h],
    [0, h + 12],
    [1, h],
  ] as const) {
    if (offset === 1 || hour * 60 + minute > from) {
      const d = addDays(day, offset)
      const time = { h: hour, mi: minute }
      return { value: `${formatDate(d)}T${formatClock(time)}`, anchor, day: d, time }
    }
  }
  return NONE
}

function resolvePoint(spec: DateSpec, scope: Scope): Point {
  if (spec.now) {
    const a = scope.speech
    if (!a) return { value: 'PRESENT_REF', anchor: 'none' }
    const time = a.ref.time
    const value = time ? `${formatDate(a.ref.date)}T${formatClock(time)}` : formatDate(a.ref.date)
    return { value, anchor: a.kind, day: a.ref.date, time }
  }
  if (spec.decade !== undefined) {
    const digits = spec.grain === 'century' ? 100 : 10
    return { value: String(Math.floor(spec.decade / digits)), anchor: 'explicit' }
  }
  const fromStory =
    spec.relativeTo === 'narrative' && !(spec.speechIfFuture && scope.tense === 'future')
  const anchor = fromStory ? (scope.narrative ?? scope.speech) : scope.speech

  if (spec.shift) {
    if (!anchor) return underspecified(spec)
    const occurrence = shifted(anchor.ref, spec)
    // "الحادي والثلاثين من هذا الشهر" in November, "الأحد الخامس" of a month with four.
    if (!occurrence) return { value: null, anchor: anchor.kind }
    return finish(spec, occurrence, anchor.kind, scope, anchor)
  }
  if (spec.year !== undefined) {
    const occurrence = calendarDay(spec, spec.year)
    if (occurrence) return finish(spec, occurrence, 'explicit', scope, null)
    if (spec.day !== undefined || spec.nth || spec.occurrences) return underspecified(spec)
    const start = { y: spec.year, m: spec.month ?? 1, d: 1 }
    return finish(spec, { start }, 'explicit', scope, null)
  }
  if (spec.month !== undefined || spec.occurrences !== undefined || spec.day !== undefined) {
    const a = scope.speech ?? scope.narrative
    if (!a && scope.year !== undefined && spec.month !== undefined && !spec.occurrences) {
      const inYear = calendarDay(spec, scope.year)
      if (spec.day === undefined && !spec.nth) {
        return { value: formatMonth(scope.year, spec.month), anchor: 'narrative' }
      }
      if (inYear) return finish(spec, inYear, 'narrative', scope, null)
    }
    if (!a) return underspecified(spec)
    const chosen = chooseYear(spec, a.ref.date, scope.tense)
    if (!chosen) return underspecified(spec)
    if (spec.day === undefined && spec.occurrences === undefined && spec.nth === undefined) {
      return { value: formatMonth(chosen.start.y, chosen.start.m), anchor: a.kind }
    }
    return finish(spec, chosen, a.kind, scope, a)
  }
  if (spec.weekday !== undefined) {
    const a = scope.speech
    if (!a) return underspecified(spec)
    const direction = spec.direction ?? (scope.tense === 'none' ? 'past' : ('future' as Direction))
    const strict = spec.strict ?? scope.tense === 'bare'
    const nearest = nearestWeekday(a.ref.date, spec.weekday, direction, strict)
    const skip = 7 * (spec.skip ?? 0) * (direction === 'past' ? -1 : 1)
    return finish(spec, { start: addDays(nearest, skip) }, a.kind, scope, a)
  }
  if (spec.hour !== undefined || spec.part !== undefined) {
    const a = scope.narrative ?? scope.speech
    if (!a) return underspecified(spec)
    const point = finish(spec, { start: a.ref.date }, a.kind, scope, a)
    return a === scope.speech ? rollOver(point, spec, a.ref, scope.tense) : point
  }
  return NONE
}

/**
 * A clock time said with nothing naming its day, in conversation or about the future, is the next
 * such time: "منتصف الليل" said at 04:30 is the coming midnight (a report keeps today's).
 */
function rollOver(point: Point, spec: DateSpec, ref: Reference, tense: Tense): Point {
  if (tense === 'none' || !ref.time || !point.time || !point.day || spec.hour === undefined)
    return point
  if (spec.direction === 'past') return point // "منذ الساعة الثامنة": already past
  if (!sameDay(point.day, ref.date) || clockMinutes(point.time) >= clockMinutes(ref.time))
    return point
  const day = addDays(point.day, 1)
  const time =
    spec.ambiguousHour && !spec.part ? { ...point.time, h: spec.hour % 12 || 12 } : point.time
  return { ...point, day, time, value: `${formatDate(day)}T${formatClock(time)}` }
}

/**
 * Moves the reference by the spec's shift, then applies the fields the text states; null when the
 * day the text names does not exist in the month it falls in.
 */
function shifted(ref: Reference, spec: DateSpec): (Occurrence & { time?: Clock }) | null {
  const { unit, n } = spec.shift!
  let date = ref.date
  let time: Clock | undefined
  switch (unit) {
    case 'day':
      date = addDays(date, n)
      break
    case 'week':
      date = addDays(date, 7 * n)
      break
    case 'month':
      date = addMonths({ ...date, d: 1 }, n)
      break
    case 'quarter':
      date = addMonths({ ...date, d: 1 }, 3 * n)
      break
    case 'year':
      date = { y: date.y + n, m: 1, d: 1 }
      break
    default: {
      if (!ref.time) break
      const minutes =
        clockMinutes(ref.time) + n * (unit === 'hour' ? 60 : unit === 'minute' ? 1 : 1 / 60)
      const days = Math.floor(minutes / 1440)
      const rest = Math.round(minutes - days * 1440)
      date = addDays(date, days)
      time = { h: Math.floor(rest / 60), mi: rest % 60 }
    }
  }
  // "الأسبوع الأول من العام المقبل": a calendar-defined day of the shifted year.
  if (spec.occurrences && unit === 'year') return spec.occurrences(date.y)[0] ?? null
  if (spec.weekday !== undefined && unit === 'week' && !spec.nth) {
    date = addDays(weekStart(date), isoWeekday(spec.weekday) - 1)
  }
  if (spec.month !== undefined) date = { y: date.y, m: spec.month, d: 1 }
  if (spec.nth) {
    const d = nthInMonth(date.y, date.m, spec)
    if (!d) return null
    date = d
  } else if (spec.day !== undefined) {
    if (!isValidDate(date.y, date.m, spec.day)) return null
    date = { ...date, d: spec.day }
  }
  return { start: date, time }
}

/** The day a spec with a known year names (month and day, nth weekday, holiday), or null. */
function calendarDay(spec: DateSpec, y: number): Occurrence | null {
  if (spec.occurrences) return spec.occurrences(y)[0] ?? null
  if (spec.month === undefined) return null
  if (spec.nth) {
    const d = nthInMonth(y, spec.month, spec)
    return d ? { start: d } : null
  }
  if (spec.day === undefined) return null
  return isValidDate(y, spec.month, spec.day) ? { start: { y, m: spec.month, d: spec.day } } : null
}

/**
 * The nth weekday, day or full week of a month (n = -1: the last). When the text could also mean
 * a day of the month ("الخميس الأول من مارس": Thursday 1 March), the day wins if the calendar
 * agrees with its weekday.
 */
function nthInMonth(y: number, m: number, spec: DateSpec): YMD | null {
  const { n, weekday, unit } = spec.nth!
  const last = daysInMonth(y, m)
  if (spec.day !== undefined && weekday !== undefined && spec.day <= last) {
    const plain = { y, m, d: spec.day }
    if (weekdayOf(plain) === weekday) return plain
  }
  if (unit === 'week') {
    const firstMonday = 1 + ((8 - weekdayOf({ y, m, d: 1 })) % 7)
    const mondays: number[] = []
    for (let d = firstMonday; d + 6 <= last; d += 7) mondays.push(d)
    const d = n < 0 ? mondays[mondays.length + n] : mondays[n - 1]
    return d ? { y, m, d } : null
  }
  if (weekday === undefined) {
    const d = n < 0 ? last + 1 + n : n
    return d >= 1 && d <= last ? { y, m, d } : null
  }
  const first = 1 + ((weekday - weekdayOf({ y, m, d: 1 }) + 7) % 7)
  const all: number[] = []
  for (let d = first; d <= last; d += 7) all.push(d)
  const d = n < 0 ? all[all.length + n] : all[n - 1]
  return d ? { y, m, d } : null
}

/**
 * The year for a date written without one: the occurrence nearest the reference, unless grammar
 * or the sentence's tense points one way (holidays follow the tense: "عيد الأضحى" in a bare
 * expression is the next one).
 */
function chooseYear(spec: DateSpec, ref: YMD, tense: Tense): Occurrence | null {
  const candidates: Occurrence[] = []
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (spec.occurrences) candidates.push(...spec.occurrences(y))
    else if (spec.month === undefined) {
      // A day of an unnamed month ("الجمعة 22"): the months around the reference.
      for (let m = 1; m <= 12; m++) {
        if (spec.day !== undefined && isValidDate(y, m, spec.day)) {
          candidates.push({ start: { y, m, d: spec.day } })
        }
      }
    } else if (spec.day === undefined && spec.nth === undefined) {
      candidates.push({ start: { y, m: spec.month, d: 1 } })
    } else {
      const d = calendarDay(spec, y)
      if (d) candidates.push(d)
    }
  }
  const weekday = spec.nth ? undefined : spec.weekday
  const matching = candidates.filter((c) => weekday === undefined || weekdayOf(c.start) === weekday)
  // A weekday no candidate agrees with is the text's mistake: keep the date, resolveResult warns.
  const usable = matching.length ? matching : candidates
  if (!usable.length) return null
  // Conversation and the future tense look ahead; a report takes the nearest occurrence.
  const direction: Direction = spec.direction ?? (tense === 'none' ? 'nearest' : 'future')
  // A month's days count as "this month" until it ends: "الأول من شباط" said on 12 February is
  // this February's first (as a month name alone would be).
  const monthly =
    (spec.day === undefined ||
      (direction !== 'nearest' && spec.month !== undefined && !spec.weekday)) &&
    spec.occurrences === undefined &&
    spec.nth === undefined
  const key = (d: YMD) => (monthly ? d.y * 12 + d.m : dayNumber(d))
  const here = key(monthly ? { ...ref, d: 1 } : ref)
  const refDay = dayNumber(ref)
  const covers = (c: Occurrence) =>
    !!c.end && dayNumber(c.start) <= refDay && refDay <= dayNumber(c.end)
  const strict = spec.strict ?? false
  const sorted = usable.sort((a, b) => key(a.start) - key(b.start))
  const skip = spec.skip ?? 0
  if (direction === 'past') {
    const past = sorted.filter((c) =>
      strict ? key(c.start) < here : key(c.start) <= here || covers(c),
    )
    return past[past.length - 1 - skip] ?? null
  }
  if (direction === 'future') {
    const future = sorted.filter((c) =>
      strict ? key(c.start) > here : key(c.start) >= here || covers(c),
    )
    return future[skip] ?? null
  }
  const inside = sorted.find(covers)
  if (inside) return inside
  return sorted.reduce((best, c) =>
    Math.abs(key(c.start) - here) < Math.abs(key(best.start) - here) ? c : best,
  )
}

function nearestWeekday(ref: YMD, weekday: number, direction: Direction, strict: boolean): YMD {
  const today = weekdayOf(ref)
  if (direction === 'future') {
    const ahead = (weekday - today + 7) % 7
    return addDays(ref, ahead === 0 && strict ? 7 : ahead)
  }
  const back = (today - weekday + 7) % 7
  return addDays(ref, -(back === 0 && strict ? 7 : back))
}

/** Formats a pinned day at the spec's grain, with its clock time or part of the day. */
function finish(
  spec: DateSpec,
  occurrence: Occurrence & { time?: Clock },
  kind: TimexAnchor,
  scope: Scope,
  anchor: Anchor | null,
): Point {
  const day = occurrence.start
  const anchorKind = kind
  switch (spec.grain) {
    case 'year':
      return { value: formatYear(day.y), anchor: anchorKind }
    case 'decade':
      return { value: String(Math.floor(day.y / 10)), anchor: anchorKind }
    case 'century':
      return { value: String(Math.floor(day.y / 100)), anchor: anchorKind }
    case 'half':
      return { value: `${formatYear(day.y)}-H${day.m <= 6 ? 1 : 2}`, anchor: anchorKind }
    case 'quarter':
      return {
        value: `${formatYear(day.y)}-Q${Math.floor((day.m - 1) / 3) + 1}`,
        anchor: anchorKind,
      }
    case 'month':
      return { value: formatMonth(day.y, day.m), anchor: anchorKind }
    case 'week':
      return { value: formatWeek(day), anchor: anchorKind }
    case 'weekend':
      return { value: `${formatWeek(day)}-WE`, anchor: anchorKind }
    case 'season':
      return { value: `${formatYear(day.y)}-${spec.season}`, anchor: anchorKind }
  }
  if (spec.hour !== undefined) {
    let hour = spec.hour
    if (spec.ambiguousHour) {
      if (spec.part) hour = hourInPart(hour, spec.part)
      else if (
        anchor &&
        anchor === scope.speech &&
        anchor.ref.time &&
        sameDay(day, anchor.ref.date)
      ) {
        hour = hourByTense(hour, anchor.ref.time, scope.tense)
      }
    }
    const time: Clock = { h: hour, mi: spec.minute ?? 0 }
    if (spec.second !== undefined) time.s = spec.second
    return { value: `${formatDate(day)}T${formatClock(time)}`, anchor: anchorKind, day, time }
  }
  if (
    spec.hour === undefined &&
    occurrence.time &&
    (spec.grain === 'hour' || spec.grain === 'minute')
  ) {
    const time = occurrence.time
    return { value: `${formatDate(day)}T${formatClock(time)}`, anchor: anchorKind, day, time }
  }
  const date = formatDate(day)
  // Noon is a point ("ظهر الغد" is 12:00 tomorrow); the other parts are spans of the day.
  if (spec.part === 'MI') {
    const time = { h: 12, mi: 0 }
    return { value: `${date}T${formatClock(time)}`, anchor: anchorKind, day, time }
  }
  if (spec.part) return { value: `${date}T${spec.part}`, anchor: anchorKind, day }
  return { value: date, anchor: anchorKind, day, end: occurrence.end }
}

function sameDay(a: YMD, b: YMD): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d
}

/** "الساعة الثالثة" said at 04:30: 15:00 going forward, 03:00 looking back. */
function hourByTense(hour: number, now: Clock, tense: Tense): number {
  if (tense === 'none') return hour
  const h = hour % 12
  const minutesNow = clockMinutes(now)
  if (h * 60 > minutesNow) return h
  return h + 12
}

/** A value with TIMEX3 X digits for what only a reference date could tell. */
function underspecified(spec: DateSpec): Point {
  const pad = (n: number) => String(n).padStart(2, '0')
  const clock =
    spec.hour !== undefined
      ? `T${formatClock({ h: spec.hour, mi: spec.minute ?? 0 })}`
      : spec.part
        ? `T${spec.part}`
        : ''
  let value: string
  if (spec.shift) {
    const byGrain: Record<string, string> = {
      year: 'XXXX',
      month: 'XXXX-XX',
      week: 'XXXX-WXX',
      weekend: 'XXXX-WXX-WE',
    }
    value = byGrain[spec.grain] ?? `XXXX-XX-XX${clock}`
  } else if (spec.weekday !== undefined && spec.month === undefined) {
    value = `XXXX-WXX-${isoWeekday(spec.weekday)}${clock}`
  } else if (spec.grain === 'year') {
    value = 'XXXX'
  } else if (spec.season) {
    value = `XXXX-${spec.season}`
  } else if (spec.occurrences) {
    const [a, b] = [spec.occurrences(2001)[0]?.start, spec.occurrences(2002)[0]?.start]
    value = a && b && a.m === b.m && a.d === b.d ? `XXXX-${pad(a.m)}-${pad(a.d)}` : 'XXXX-XX-XX'
  } else if (spec.month !== undefined) {
    value =
      spec.day !== undefined
        ? `XXXX-${pad(spec.month)}-${pad(spec.day)}${clock}`
        : spec.nth
          ? `XXXX-${pad(spec.month)}-XX`
          : `XXXX-${pad(spec.month)}`
  } else if (spec.day !== undefined) {
    value = `XXXX-XX-${pad(spec.day)}${clock}`
  } else {
    value = `XXXX-XX-XX${clock}`
  }
  return { value, anchor: 'none' }
}
