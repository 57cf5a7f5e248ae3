/**
 * A machine-readable timestamp from page metadata ("2022-01-08T07:00:00+02:00", "2022-01-08")
 * as the calendar date and clock time it states: never shifted by its zone offset, as the
 * contract asks. Midnight exactly is read as a date without a time (sites store bare dates so).
 */
export function isoPublished(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?/.exec(value ?? '')
  if (!m) return null
  const [, y, mo, d, h, mi] = m
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null
  const date = `${y}-${mo}-${d}`
  return h === undefined || (h === '00' && mi === '00') ? date : `${date}T${h}:${mi}`
}
