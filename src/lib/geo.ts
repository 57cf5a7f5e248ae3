import { registerMap, use } from 'echarts/core'
import { LinesChart } from 'echarts/charts'
import { GeoComponent } from 'echarts/components'
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson'
import world from 'world-atlas/countries-110m.json'
import { COUNTRY_CODES, createCountryMatcher, type CountryMatcher } from './countries'

/**
 * The world map, loaded in its own chunk (this module is only imported dynamically): bundled
 * Natural Earth shapes (world-atlas, 1:110m) turned into GeoJSON by topojson-client, country
 * centroids, and the ECharts map registration. No tiles, no network.
 */
export const WORLD_MAP = 'mirsad-world'

export interface World {
  map: string
  /** [lon, lat] of each country's visual centre, by alpha-2 code. */
  centroids: Map<string, [number, number]>
  countryOf: CountryMatcher
}

let loaded: World | null = null

export function loadWorld(): World {
  if (loaded) return loaded
  use([GeoComponent, LinesChart])
  const byNumeric = new Map(COUNTRY_CODES.map((c) => [c.numeric, c.alpha2]))
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>
  const features: Feature<Geometry, { name: string }>[] = fc.features.map((f) => ({
    ...f,
    // ECharts matches regions by `name`: use the alpha-2 code so that any UI language can label it.
    properties: { name: byNumeric.get(String(f.id)) ?? f.properties.name },
  }))
  registerMap(WORLD_MAP, { type: 'FeatureCollection', features } as never)
  const centroids = new Map<string, [number, number]>()
  for (const f of features) {
    const c = centroidOf(f.geometry)
    if (c) centroids.set(f.properties.name, c)
  }
  loaded = { map: WORLD_MAP, centroids, countryOf: createCountryMatcher() }
  return loaded
}

/**
 * Centroid of a country's largest polygon (planar, in degrees): for France or the United States
 * it lands in the mainland, not between overseas parts. Rings that cross the antimeridian (Russia,
 * Fiji) are unwrapped first. Hand-written: the shoelace formula is a few lines and d3-geo would add
 * a dependency for it.
 */
export function centroidOf(g: Geometry | null): [number, number] | null {
  if (!g) return null
  const polygons: Position[][][] =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
  let best: { area: number; c: [number, number] } | null = null
  for (const poly of polygons) {
    const ring = unwrap(poly[0] ?? [])
    if (ring.length < 3) continue
    let a = 0
    let cx = 0
    let cy = 0
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i]!
      const [x1, y1] = ring[i + 1]!
      const cross = x0 * y1 - x1 * y0
      a += cross
      cx += (x0 + x1) * cross
      cy += (y0 + y1) * cross
    }
    if (a === 0) continue
    const area = Math.abs(a / 2)
    const c: [number, number] = [wrapLon(cx / (3 * a)), cy / (3 * a)]
    if (!best || area > best.area) best = { area, c }
  }
  return best?.c ?? null
}

/** Longitudes made continuous along a ring (no jump of more than 180°). */
function unwrap(ring: Position[]): [number, number][] {
  const out: [number, number][] = []
  let shift = 0
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i] as [number, number]
    if (i > 0) {
      const prev = (ring[i - 1] as [number, number])[0]
      if (x - prev > 180) shift -= 360
      else if (prev - x > 180) shift += 360
    }
    out.push([x + shift, y])
  }
  return out
}

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180
}
