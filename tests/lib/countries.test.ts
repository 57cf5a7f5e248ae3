import { describe, expect, it } from 'vitest'
import { createCountryMatcher } from '../../src/lib/countries'
import { centroidOf, loadWorld } from '../../src/lib/geo'

const countryOf = createCountryMatcher()

describe('createCountryMatcher', () => {
  it.each([
    ['روسيا', 'RU'],
    ['كازاخستان', 'KZ'],
    ['قرغيزستان', 'KG'],
    ['قيرغيزستان', 'KG'],
    ['روسيا البيضاء', 'BY'],
    ['بيلاروسيا', 'BY'],
    ['الولايات المتحدة', 'US'],
    ['أمريكا', 'US'],
    ['امريكا', 'US'],
    ['الإمارات', 'AE'],
    ['مصر', 'EG'],
    ['المغرب', 'MA'],
    ['Russia', 'RU'],
    ['united states', 'US'],
    ['طاجيكستان', 'TJ'],
    ['أرمينيا', 'AM'],
  ])('%s → %s', (name, code) => expect(countryOf(name)).toBe(code))

  it.each(['موسكو', 'منظمة معاهدة الأمن الجماعي', 'حلف الناتو', '', 'ال'])(
    'is not fooled by %j',
    (name) => expect(countryOf(name)).toBeNull(),
  )
})

describe('world map', () => {
  const world = loadWorld()
  const inBox = (code: string, [lon0, lon1]: number[], [lat0, lat1]: number[]) => {
    const c = world.centroids.get(code)!
    expect(c[0]).toBeGreaterThanOrEqual(lon0!)
    expect(c[0]).toBeLessThanOrEqual(lon1!)
    expect(c[1]).toBeGreaterThanOrEqual(lat0!)
    expect(c[1]).toBeLessThanOrEqual(lat1!)
  }

  it('has a centre for nearly every country, keyed by ISO code', () => {
    expect(world.centroids.size).toBeGreaterThan(170)
    expect(world.countryOf('كازاخستان')).toBe('KZ')
  })

  it('puts centres in the mainland, across the antimeridian too', () => {
    inBox('KZ', [60, 75], [44, 52])
    inBox('FR', [-1, 6], [44, 49]) // not between France and French Guiana
    inBox('US', [-110, -90], [35, 45]) // not pulled to Alaska
    inBox('RU', [60, 120], [50, 70]) // Chukotka crosses 180°
  })

  it('computes a polygon centroid and ignores degenerate shapes', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    }
    expect(centroidOf(square)).toEqual([1, 1])
    expect(centroidOf(null)).toBeNull()
    expect(centroidOf({ type: 'Point', coordinates: [1, 1] })).toBeNull()
    expect(
      centroidOf({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toBeNull()
  })
})
