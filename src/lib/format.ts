/**
 * Numbers and calendar dates for people, through Intl, in the UI's language, with Western (latn)
 * or Arabic-Indic (arab) digits. Dates in Mirsad are calendar values ("2022-01-05"): they are
 * formatted in UTC from Date.UTC, so no viewer's time zone can move them to another day.
 */
export type Digits = 'latn' | 'arab'

export interface Formatter {
  number: (n: number, maxFractionDigits?: number) => string
  /** "2022-01-05" → "5 January 2022"; "2022-01" → "January 2022"; keeps a time if given. */
  date: (iso: string) => string
  /** Short form for axis ticks, from UTC milliseconds of a calendar day. */
  axisDate: (ms: number) => string
  /** Bytes as B / KB / MB. */
  size: (bytes: number) => string
}

const RE_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/
const RE_MONTH = /^(\d{4})-(\d{2})$/
const RE_YEAR = /^(\d{4})$/

export function createFormatter(locale: string, digits: Digits): Formatter {
  const tag = `${locale}-u-nu-${digits}`
  const base = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: digits } as const
  const day = new Intl.DateTimeFormat(tag, {
    ...base,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  const dayTime = new Intl.DateTimeFormat(tag, {
    ...base,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
  const month = new Intl.DateTimeFormat(tag, { ...base, month: 'long', year: 'numeric' })
  const year = new Intl.DateTimeFormat(tag, { ...base, year: 'numeric' })
  const axis = new Intl.DateTimeFormat(tag, { ...base, day: 'numeric', month: 'short' })
  const numbers = new Map<number, Intl.NumberFormat>()
  const number = (n: number, max = 2) => {
    let f = numbers.get(max)
    if (!f) numbers.set(max, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: max })))
    return f.format(n)
  }
  return {
    number,
    date(iso) {
      let m = RE_DAY.exec(iso)
      if (m) {
        const [, y, mo, d, h, mi] = m
        return h
          ? dayTime.format(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!))
          : day.format(Date.UTC(+y!, +mo! - 1, +d!))
      }
      if ((m = RE_MONTH.exec(iso))) return month.format(Date.UTC(+m[1]!, +m[2]! - 1, 1))
      if ((m = RE_YEAR.exec(iso))) return year.format(Date.UTC(+m[1]!, 0, 1))
      return iso
    },
    // ECharts asks for labels of empty axes too (NaN, Infinity): those get none.
    axisDate: (ms) => (Number.isFinite(ms) ? axis.format(ms) : ''),
    size(bytes) {
      if (bytes < 1024) return `${number(bytes, 0)} B`
      if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`
      return `${number(bytes / 1024 / 1024, 1)} MB`
    },
  }
}
