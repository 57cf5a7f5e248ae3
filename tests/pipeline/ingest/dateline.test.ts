import { describe, expect, it } from 'vitest'
import { readDateline } from '../../../src/pipeline/ingest/metadata/dateline'
import {
  findDates,
  findTimes,
  hijriToGregorian,
} from '../../../src/pipeline/ingest/metadata/datetime'

describe('readDateline', () => {
  it.each([
    ['السبت، 08 يناير 2022 07:00 ص', '2022-01-08T07:00'],
    ['الثلاثاء، 14 مارس 2023 10:15 م', '2023-03-14T22:15'],
    ['2022.01.05 | 15:34 دمشق', '2022-01-05T15:34'],
    ['الخميس 24 فبراير 2022 05:41 ص / بتوقيت القدس +2GMT', '2022-02-24T05:41'],
    ['موسكو 23 رجب 1443 هـ الموافق 24 فبراير 2022 م واس', '2022-02-24'],
    ['نُشر: 15:34-5 يناير 2022 م ـ 02 جمادى الآخرة 1443 هـ', '2022-01-05T15:34'],
    ['نشر في 8/1/2022|آخر تحديث: 8/1/202211:27 م (بتوقيت مكة المكرمة)', '2022-01-08'],
    ['08 يناير 2022 - 07:00 ص بتوقيت أبوظبي', '2022-01-08T07:00'],
    ['الجمعة 7 كانون الثاني 2022', '2022-01-07'],
    ['الأحد 25 جويلية 2021 - 21:30', '2021-07-25T21:30'],
    ['الأربعاء 3 غشت 2022', '2022-08-03'],
    ['تاريخ النشر: 2023/05/04', '2023-05-04'],
    ['٥ يناير ٢٠٢٢ - ١٥:٣٤', '2022-01-05T15:34'],
    ['الاثنين 12 ديسمبر 2022 الساعة 12:30 ظهرا', '2022-12-12T12:30'],
    ['12:05 ص - 3 مارس 2023', '2023-03-03T00:05'],
    ['14 شوال 1444 هـ', '2023-05-04'],
    ['Published: 14 March 2023, 10:15', '2023-03-14T10:15'],
    ['Saturday, January 8, 2022 7:00 AM', '2022-01-08T07:00'],
    ['Updated 9 Jan 2022', '2022-01-09'],
    ['Published 8 يناير/ كانون الثاني 2022', '2022-01-08'],
    ['الأحد 9 كانون الثاني (يناير) 2022', '2022-01-09'],
    ['نشر في: 08 يناير ,2022: 07:00 ص GMT', '2022-01-08T07:00'],
    ['13:45 08.01.2022', '2022-01-08T13:45'],
    ['08.01.2022 | 07:12 GMT', '2022-01-08T07:12'],
    ['نشرت في: 08/01/2022 - 10:23', '2022-01-08T10:23'],
  ])('%s → %s', (line, published) => {
    expect(readDateline(line)?.published).toBe(published)
  })

  it.each([
    // Sentences that mention dates are not datelines.
    '2 يناير 2022: خرج متظاهرون غاضبون إلى الشوارع في المدن الغربية احتجاجا على الأسعار',
    'أعلن الرئيس مساء الأحد 25 جويلية 2021، عن تجميد عمل البرلمان وإعفاء رئيس الحكومة',
    'وكانت الوزارة قد وعدت في 2 مارس بصرف المستحقات خلال أسبوع',
    // No full date.
    'الخميس 05:41 ص',
    '5 - 19 من كانون الثاني الجاري',
    // Not a real day.
    '31 فبراير 2022',
    '2022.13.05 | 15:34',
  ])('"%s" is not a dateline', (line) => {
    expect(readDateline(line)).toBeNull()
  })

  it('checks the weekday against the date', () => {
    expect(readDateline('السبت، 08 يناير 2022')?.mismatch).toBeNull()
    const wrong = readDateline('الأحد، 08 يناير 2022')
    expect(wrong?.published).toBe('2022-01-08')
    expect(wrong?.mismatch).toMatch(/الأحد.*Saturday/)
  })

  it('reads the place before the date, not the time zone after it', () => {
    expect(readDateline('موسكو 23 رجب 1443 هـ الموافق 24 فبراير 2022 م واس')?.place).toBe('موسكو')
    expect(readDateline('القاهرة في 5 يناير 2022')?.place).toBe('القاهرة')
    expect(readDateline('2022.01.05 | 15:34 دمشق')?.place).toBeNull()
    expect(readDateline('كتبت نادية الشامي الثلاثاء 3 أكتوبر 2023')?.place).toBeNull()
  })

  it('flags a line that only gives an update time', () => {
    const info = readDateline('آخر تحديث: 9 يناير 2022 10:00')
    expect(info?.updated).toBe(true)
    expect(readDateline('نشر في 8 يناير 2022')?.updated).toBe(false)
  })
})

describe('date parts', () => {
  it.each([
    [1443, 7, 23, '2022-02-24'],
    [1443, 6, 2, '2022-01-05'],
    [1444, 9, 1, '2023-03-23'],
    [1445, 1, 1, '2023-07-19'],
  ])('Hijri %i-%i-%i is %s', (y, m, d, iso) => {
    expect(hijriToGregorian(y, m, d)).toBe(iso)
  })

  it('finds dates in every regional month series and keeps their offsets', () => {
    const text = 'بين 5 كانون الثاني 2022 و7 جانفي 2022 و9 يناير 2022'
    const dates = findDates(text)
    expect(dates.map((d) => d.date)).toEqual(['2022-01-05', '2022-01-07', '2022-01-09'])
    for (const d of dates) expect(text.slice(d.start, d.end)).toMatch(/^\d.*2022$/)
  })

  it.each([
    ['07:00 ص', '07:00'],
    ['07:00 م', '19:00'],
    ['12:00 ص', '00:00'],
    ['12:30 م', '12:30'],
    ['11:27 PM', '23:27'],
    ['9:05 مساءً', '21:05'],
    ['23:59', '23:59'],
  ])('time %s is %s', (text, time) => {
    expect(findTimes(text)[0]?.time).toBe(time)
  })

  it('ignores impossible times and ratios', () => {
    expect(findTimes('25:10')).toEqual([])
    expect(findTimes('النتيجة 3:1 للفريق')).toEqual([])
  })
})
