/** Helpers shared by the parsers that read a month and a year. */
import type { DateSpec } from '../types'

/**
 * The spec of a month (by name or relative), with a year given, a relative year ("العام
 * المقبل") or a qualifier after the month ("يناير الماضي": the last January before the reference).
 */
export function monthDateSpec(
  month: { month?: number; shift?: number },
  year: { year?: number; yearShift?: number },
  qualifier: number | undefined,
): DateSpec {
  const spec: DateSpec = { grain: 'month' }
  if (month.shift !== undefined) {
    spec.shift = { unit: 'month', n: month.shift }
    spec.relativeTo = 'speech'
  } else {
    spec.month = month.month
  }
  if (year.year !== undefined) spec.year = year.year
  else if (year.yearShift !== undefined && spec.shift === undefined) {
    spec.shift = { unit: 'year', n: year.yearShift }
    spec.relativeTo = 'speech'
  } else if (qualifier) {
    spec.direction = qualifier < 0 ? 'past' : 'future'
    spec.strict = true
    if (Math.abs(qualifier) > 1) spec.skip = Math.abs(qualifier) - 1
  }
  return spec
}
