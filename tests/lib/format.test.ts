import { describe, expect, it } from 'vitest'
import { createFormatter } from '../../src/lib/format'

// These run under TZ=America/Los_Angeles and TZ=Asia/Tokyo in CI: a calendar date must print
// as the same day in both.
describe('createFormatter', () => {
  const arLatn = createFormatter('ar', 'latn')
  const arArab = createFormatter('ar', 'arab')
  const en = createFormatter('en', 'latn')

  it.each([
    [arLatn, '2022-01-05', '5 يناير 2022'],
    [arArab, '2022-01-05', '٥ يناير ٢٠٢٢'],
    [en, '2022-01-05', 'January 5, 2022'],
    [en, '2022-01-01', 'January 1, 2022'],
    [en, '2021-12-31', 'December 31, 2021'],
    [en, '2022-01', 'January 2022'],
    [en, '2022', '2022'],
    [arArab, '2022', '٢٠٢٢'],
  ])('formats calendar values without shifting the day', (fmt, iso, out) => {
    expect(fmt.date(iso)).toBe(out)
  })

  it('keeps a time as written', () => {
    expect(en.date('2022-01-08T07:00')).toMatch(/January 8, 2022.*07:00/)
  })

  it.each(['', 'P2W', 'XXXX-XX-XX', 'tomorrow'])('passes through what is not a date: %j', (v) => {
    expect(en.date(v)).toBe(v)
  })

  it('writes numbers in the chosen digits', () => {
    expect(arLatn.number(1234.5)).toBe('1,234.5')
    expect(arArab.number(1234.5)).toBe('١٬٢٣٤٫٥')
    expect(arArab.number(0.123456, 2)).toBe('٠٫١٢')
  })

  it('labels axis ticks, and nothing for an empty axis', () => {
    expect(en.axisDate(Date.UTC(2022, 0, 5))).toBe('Jan 5')
    expect(en.axisDate(Number.NaN)).toBe('')
    expect(en.axisDate(Number.POSITIVE_INFINITY)).toBe('')
  })

  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [5 * 1024 * 1024, '5 MB'],
  ])('sizes %d bytes', (n, out) => expect(en.size(n)).toBe(out))
})
