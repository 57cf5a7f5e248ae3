import type { EChartsOption } from 'echarts'
import type { Deployment, QuantityUnit } from '../pipeline/types'
import { SERIES_COLORS } from './palette'
import { axisStyle, baseOption, legendStyle, type ChartTheme } from './theme'
import { escapeHtml, isolate, stripControls } from './text'

export interface DeploymentLabels {
  entityName: (id: string | null) => string
  /** Unit names for the small multiples; `records` counts deployments without a number. */
  unit: (u: BarUnit) => string
  date: (iso: string) => string
  number: (n: number) => string
  undated: string
  unknown: string
  withdrawal: string
}

export type BarUnit = Extract<QuantityUnit, 'troops' | 'aircraft' | 'vehicles'> | 'records'
const UNITS: BarUnit[] = ['troops', 'aircraft', 'vehicles']

export interface DeploymentInput {
  deployments: Deployment[]
  labels: DeploymentLabels
  rtl: boolean
  theme: ChartTheme
}

/** A stable colour per sender, shared by the bars and the flows. */
export function senderColors(deployments: Deployment[], name: (id: string | null) => string) {
  const senders = [...new Set(deployments.map((d) => name(d.sender)))].sort()
  return new Map(senders.map((s, i) => [s, SERIES_COLORS[i % SERIES_COLORS.length]!]))
}

/** Sum of one unit in a deployment; withdrawals count negative so they read against deployments. */
function amount(d: Deployment, unit: BarUnit): number {
  const sign = d.kind === 'withdrawal' ? -1 : 1
  if (unit === 'records') return sign
  return sign * d.contingent.filter((q) => q.unit === unit).reduce((s, q) => s + q.value, 0)
}

/**
 * What was sent, by date and sender: one small multiple per unit (troops, aircraft, vehicles: their
 * scales differ by orders of magnitude), one stacked bar segment per sender, withdrawals below
 * zero. When no deployment gives a number, the bars count deployment records instead.
 */
export function buildDeploymentsOption({
  deployments,
  labels,
  rtl,
  theme,
}: DeploymentInput): EChartsOption {
  const keyOf = (d: Deployment) => d.date ?? ''
  const dates = [...new Set(deployments.map(keyOf))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  )
  let units = UNITS.filter((u) => deployments.some((d) => amount(d, u) !== 0))
  if (!units.length && deployments.length) units = ['records']
  const colors = senderColors(deployments, labels.entityName)
  const senders = [...colors.keys()]
  const base = baseOption(theme, rtl)
  const axis = axisStyle(theme)
  const layout = smallMultiples(units.length)
  const series: NonNullable<EChartsOption['series']> = []
  units.forEach((unit, i) => {
    for (const sender of senders) {
      const values = dates.map((date) =>
        deployments
          .filter((d) => keyOf(d) === date && labels.entityName(d.sender) === sender)
          .reduce((s, d) => s + amount(d, unit), 0),
      )
      if (values.every((v) => v === 0)) continue
      series.push({
        type: 'bar',
        name: isolate(sender),
        stack: unit,
        xAxisIndex: i,
        yAxisIndex: i,
        color: colors.get(sender),
        barMaxWidth: 48,
        data: values.map((v) => (v === 0 ? null : v)),
      })
    }
  })
  const dateLabel = (k: string) => (k ? labels.date(k) : labels.undated)
  return {
    ...base,
    legend: {
      type: 'scroll',
      top: 0,
      ...legendStyle(theme),
      data: senders.filter((s) => series.some((x) => x.name === isolate(s))).map(isolate),
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const list = (Array.isArray(ps) ? ps : [ps]) as {
          seriesName?: string
          value?: number | null
          axisIndex?: number
          dataIndex: number
          marker?: string
        }[]
        const first = list[0]
        if (!first) return ''
        const unit = units[(first as { axisIndex?: number }).axisIndex ?? 0]
        const head = `<b>${escapeHtml(dateLabel(dates[first.dataIndex] ?? ''))}</b>${unit ? ` · ${escapeHtml(labels.unit(unit))}` : ''}`
        const rows = list
          .filter((p) => p.value != null)
          .map((p) => {
            const v = p.value!
            const text = v < 0 ? `${labels.number(-v)} (${labels.withdrawal})` : labels.number(v)
            return `${p.marker ?? ''}<span style="unicode-bidi:isolate">${escapeHtml(stripControls(p.seriesName ?? ''))}</span>: ${escapeHtml(text)}`
          })
        return [head, ...rows].join('<br>')
      },
    },
    grid: layout.map(({ top, height }) => ({
      left: rtl ? 16 : 8,
      right: rtl ? 8 : 16,
      top: `${top}%`,
      height: `${height}%`,
    })),
    title: units.map((u, i) => ({
      text: labels.unit(u),
      top: `${layout[i]!.top - 6}%`,
      left: 'center',
      textStyle: { fontSize: 12, fontWeight: 'normal', color: theme.muted, fontFamily: theme.font },
    })),
    xAxis: units.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: dates.map((d) => isolate(dateLabel(d))),
      inverse: rtl,
      ...axis,
      axisLabel: { ...axis.axisLabel, show: i === units.length - 1, hideOverlap: true },
    })),
    yAxis: units.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      position: rtl ? 'right' : 'left',
      ...axis,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => labels.number(v) },
    })),
    series,
  }
}

/** Vertical bands (in percent) for n small multiples under the legend, each with room for a title. */
function smallMultiples(n: number): { top: number; height: number }[] {
  const top = 16
  const bottom = 8
  const share = (100 - top - bottom) / Math.max(n, 1)
  return Array.from({ length: n }, (_, i) => ({ top: top + share * i, height: share - 8 }))
}

// ---------------------------------------------------------------------------------------------
// Where the forces went

export interface Flow {
  /** ISO 3166-1 alpha-2 codes where the ends are countries, else null. */
  fromCode: string | null
  toCode: string | null
  fromLabel: string
  toLabel: string
  sender: string
  kind: 'deployment' | 'withdrawal'
  troops: number
  aircraft: number
  vehicles: number
  records: number
}

/**
 * Deployments grouped into flows (sender or origin → destination). A withdrawal runs the other
 * way: from where the force was back to its sender.
 */
export function deploymentFlows(
  deployments: Deployment[],
  entityName: (id: string | null) => string,
  countryOf: (id: string | null) => string | null,
): Flow[] {
  const flows = new Map<string, Flow>()
  for (const d of deployments) {
    const kind = d.kind ?? 'deployment'
    const home = d.origin ?? d.sender
    const away = d.destination
    const [from, to] = kind === 'withdrawal' ? [away, home] : [home, away]
    const key = `${kind}|${from}|${to}|${d.sender}`
    let f = flows.get(key)
    if (!f) {
      f = {
        fromCode: countryOf(from),
        toCode: countryOf(to),
        fromLabel: entityName(from),
        toLabel: entityName(to),
        sender: entityName(d.sender),
        kind,
        troops: 0,
        aircraft: 0,
        vehicles: 0,
        records: 0,
      }
      flows.set(key, f)
    }
    f.records++
    for (const q of d.contingent) {
      if (q.unit === 'troops' || q.unit === 'aircraft' || q.unit === 'vehicles')
        f[q.unit] += q.value
    }
  }
  return [...flows.values()]
}

export interface FlowMapInput {
  flows: Flow[]
  /** Country centroids [lon, lat] by alpha-2 code. */
  centroids: Map<string, [number, number]>
  /** Name of the map registered with echarts.registerMap. */
  map: string
  labels: DeploymentLabels & {
    flowTooltip: (f: Flow) => string
    countryName: (code: string) => string
  }
  colors: Map<string, string>
  rtl: boolean
  theme: ChartTheme
}

/** Flows that can be drawn on the map (both ends are countries with a shape). */
export function mappable(flows: Flow[], centroids: Map<string, [number, number]>): Flow[] {
  return flows.filter(
    (f) =>
      f.fromCode &&
      f.toCode &&
      f.fromCode !== f.toCode &&
      centroids.has(f.fromCode) &&
      centroids.has(f.toCode),
  )
}

/** Country-level flows on a world map drawn from bundled shapes, zoomed to the countries involved. */
export function buildFlowMapOption({
  flows,
  centroids,
  map,
  labels,
  colors,
  rtl,
  theme,
}: FlowMapInput): EChartsOption {
  const drawn = mappable(flows, centroids)
  const codes = [...new Set(drawn.flatMap((f) => [f.fromCode!, f.toCode!]))]
  const points = codes.map((c) => centroids.get(c)!)
  // Zoom to the countries involved: the whole map fits the box at zoom 1, so the zoom is how many
  // times the involved span fits in the world's, with a margin.
  const lons = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)]
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)]
  const zoom = points.length
    ? Math.max(
        1,
        Math.min(8, 0.7 * Math.min(360 / (maxLon - minLon || 1), 150 / (maxLat - minLat || 1))),
      )
    : 1
  const center = points.length ? [(minLon + maxLon) / 2, (minLat + maxLat) / 2] : undefined
  const maxTroops = Math.max(1, ...drawn.map((f) => f.troops))
  const base = baseOption(theme, rtl)
  const destinations = new Set(drawn.filter((f) => f.kind === 'deployment').map((f) => f.toCode!))
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p) => {
        const d = (p as { data?: { flow?: Flow; code?: string } }).data
        if (d?.flow) return escapeHtml(labels.flowTooltip(d.flow))
        if (d?.code) return escapeHtml(labels.countryName(d.code))
        return ''
      },
    },
    geo: {
      map,
      roam: true,
      center,
      zoom,
      silent: true,
      itemStyle: {
        areaColor: theme.dark ? '#252d3a' : '#e8ecf2',
        borderColor: theme.dark ? '#3a4455' : '#c3cad6',
      },
      regions: [...destinations].map((code) => ({
        name: code,
        itemStyle: { areaColor: theme.dark ? '#3b3a1e' : '#fff1b8' },
      })),
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'geo',
        symbol: ['none', 'arrow'],
        symbolSize: 10,
        data: drawn.map((f) => ({
          coords: [centroids.get(f.fromCode!)!, centroids.get(f.toCode!)!],
          flow: f,
          lineStyle: {
            color: colors.get(f.sender) ?? theme.text,
            width: 1.5 + 6 * Math.sqrt(f.troops / maxTroops),
            type: f.kind === 'withdrawal' ? ('dashed' as const) : ('solid' as const),
            curveness: 0.25,
            opacity: 0.85,
          },
        })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 7,
        itemStyle: { color: theme.text },
        label: {
          show: true,
          position: 'bottom',
          color: theme.text,
          fontFamily: theme.font,
          textBorderColor: theme.dark ? '#11151c' : '#ffffff',
          textBorderWidth: 3,
          formatter: (p: { data?: unknown }) =>
            isolate(labels.countryName((p.data as { code?: string } | undefined)?.code ?? '')),
        },
        data: codes.map((code) => ({ value: centroids.get(code)!, code })),
      },
    ],
  }
}

export interface SankeyInput {
  flows: Flow[]
  labels: DeploymentLabels & { flowTooltip: (f: Flow) => string }
  colors: Map<string, string>
  rtl: boolean
  theme: ChartTheme
}

/**
 * The flows as a Sankey when the ends are not countries we can draw (an alliance, a city).
 * Origins and destinations are separate nodes, so a country that both sends and receives cannot
 * make a cycle (which a Sankey cannot draw).
 */
export function buildFlowSankeyOption({
  flows,
  labels,
  colors,
  rtl,
  theme,
}: SankeyInput): EChartsOption {
  const base = baseOption(theme, rtl)
  const weight = (f: Flow) => f.troops || f.aircraft || f.vehicles || f.records
  const drawn = flows.filter((f) => f.fromLabel !== f.toLabel || f.fromCode !== f.toCode)
  const fromId = (f: Flow) => `from:${f.fromLabel}`
  const toId = (f: Flow) => `to:${f.toLabel}`
  const nodes = new Map<string, { name: string; label: string; color?: string }>()
  for (const f of drawn) {
    nodes.set(fromId(f), { name: fromId(f), label: f.fromLabel, color: colors.get(f.sender) })
    nodes.set(toId(f), { name: toId(f), label: f.toLabel })
  }
  const links = new Map<string, { source: string; target: string; value: number; flows: Flow[] }>()
  for (const f of drawn) {
    const k = `${fromId(f)}→${toId(f)}`
    const l = links.get(k) ?? { source: fromId(f), target: toId(f), value: 0, flows: [] }
    l.value += weight(f)
    l.flows.push(f)
    links.set(k, l)
  }
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p) => {
        const d = (p as { data?: { flows?: Flow[]; display?: string } }).data
        if (d?.flows) return d.flows.map((f) => escapeHtml(labels.flowTooltip(f))).join('<br>')
        return d?.display ? escapeHtml(d.display) : ''
      },
    },
    series: [
      {
        type: 'sankey',
        // Room for the labels beside the outer nodes.
        left: 110,
        right: 110,
        top: 16,
        bottom: 16,
        orient: 'horizontal',
        nodeAlign: rtl ? 'right' : 'left',
        draggable: false,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.45, curveness: 0.5 },
        label: {
          position: rtl ? 'left' : 'right',
          color: theme.text,
          fontFamily: theme.font,
          formatter: (p: { data?: unknown }) =>
            isolate((p.data as { display?: string } | undefined)?.display ?? ''),
        },
        data: [...nodes.values()].map((n) => ({
          name: n.name,
          display: n.label,
          itemStyle: { color: n.color ?? theme.muted, borderColor: n.color ?? theme.muted },
        })),
        // A Sankey always flows left to right; in RTL the links are reversed so that senders stand
        // on the right and the story reads from the right.
        links: [...links.values()].map((l) =>
          rtl ? { ...l, source: l.target, target: l.source } : l,
        ),
      },
    ],
  }
}
