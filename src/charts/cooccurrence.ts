import type { EChartsOption } from 'echarts'
import type { Cooccurrence, Entity, EntityType } from '../pipeline/types'
import { ENTITY_COLORS, ENTITY_COLORS_DARK, SEQUENTIAL } from './palette'
import { axisStyle, baseOption, legendStyle, type ChartTheme } from './theme'
import { escapeHtml, isolate, truncate } from './text'

export interface CooccurrenceLabels {
  typeLabel: (t: EntityType) => string
  /** "12 mentions" */
  mentions: (n: number) => string
  /** "3 shared sentences" */
  shared: (n: number) => string
  score: string
  number: (n: number) => string
}

export interface CooccurrenceInput {
  entities: Entity[]
  pairs: Cooccurrence[]
  labels: CooccurrenceLabels
  theme: ChartTheme
  rtl: boolean
  /** Keep the N most-mentioned entities (selected ones always stay). */
  topN?: number
  /** Drop edges with fewer shared sentences. */
  minCount?: number
  /** Entity ids the filter holds: drawn with a ring. */
  selected?: string[]
}

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC']

/** The entities a co-occurrence view draws: the top N by mentions, plus the selected ones. */
export function topEntities(entities: Entity[], topN: number, selected: string[] = []): Entity[] {
  const sorted = [...entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
  )
  const top = sorted.slice(0, topN)
  for (const e of sorted) if (selected.includes(e.id) && !top.includes(e)) top.push(e)
  return top
}

/**
 * Force-directed co-occurrence graph: node size = mentions, colour = type, edge width = score
 * (normalised PMI, so the country every sentence names does not dominate), a minimum number of
 * shared sentences and a top-N cut. The layout starts from a circle, so it is the same every time.
 */
export function buildCooccurrenceOption({
  entities,
  pairs,
  labels,
  theme,
  rtl,
  topN = 30,
  minCount = 1,
  selected = [],
}: CooccurrenceInput): EChartsOption {
  const top = topEntities(entities, topN, selected)
  const ids = new Set(top.map((e) => e.id))
  const byId = new Map(top.map((e) => [e.id, e]))
  const colors = theme.dark ? ENTITY_COLORS_DARK : ENTITY_COLORS
  const maxMentions = Math.max(1, ...top.map((e) => e.mentions.length))
  const base = baseOption(theme, rtl)
  const links = pairs.filter((p) => ids.has(p.a) && ids.has(p.b) && p.count >= minCount)
  return {
    ...base,
    legend: {
      top: 0,
      ...legendStyle(theme),
      data: TYPES.map(labels.typeLabel),
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p) => {
        const d = (p as { dataType?: string; data?: Record<string, unknown> }).data
        if ((p as { dataType?: string }).dataType === 'edge' && d) {
          const a = byId.get(String(d.source))
          const b = byId.get(String(d.target))
          const pair = d.pair as Cooccurrence
          return [
            `<b><span style="unicode-bidi:isolate">${escapeHtml(a?.name ?? '')}</span> — <span style="unicode-bidi:isolate">${escapeHtml(b?.name ?? '')}</span></b>`,
            escapeHtml(labels.shared(pair.count)),
            `${escapeHtml(labels.score)}: ${escapeHtml(labels.number(pair.score))}`,
          ].join('<br>')
        }
        const e = d ? byId.get(String(d.id)) : undefined
        if (!e) return ''
        return [
          `<b><span style="unicode-bidi:isolate">${escapeHtml(e.name)}</span></b>`,
          escapeHtml(labels.typeLabel(e.type)),
          escapeHtml(labels.mentions(e.mentions.length)),
        ].join('<br>')
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        top: 56,
        bottom: 24,
        left: 24,
        right: 24,
        roam: true,
        draggable: true,
        force: {
          initLayout: 'circular',
          // Fewer nodes spread wider; many stay inside the box.
          repulsion: Math.max(80, Math.min(260, 5000 / Math.max(top.length, 1))),
          edgeLength: [40, 120],
          gravity: 0.2,
          layoutAnimation: false,
        },
        categories: TYPES.map((t) => ({
          name: labels.typeLabel(t),
          itemStyle: { color: colors[t] },
        })),
        label: {
          show: true,
          position: rtl ? 'left' : 'right',
          fontSize: 12,
          color: theme.text,
          fontFamily: theme.font,
          textBorderColor: theme.dark ? '#1a202a' : '#ffffff',
          textBorderWidth: 2,
          formatter: (p: { name?: string }) => isolate(truncate(p.name ?? '', 24)),
        },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } },
        data: top.map((e) => ({
          id: e.id,
          name: e.name,
          value: e.mentions.length,
          category: TYPES.indexOf(e.type),
          symbolSize: 10 + 30 * Math.sqrt(e.mentions.length / maxMentions),
          itemStyle: selected.includes(e.id)
            ? { borderColor: theme.text, borderWidth: 3 }
            : { borderColor: theme.dark ? '#1a202a' : '#ffffff', borderWidth: 1 },
        })),
        links: links.map((p) => ({
          source: p.a,
          target: p.b,
          value: p.count,
          pair: p,
          lineStyle: {
            width: 1 + 6 * Math.max(0, p.score),
            opacity: 0.55,
            color: theme.axis,
          },
        })),
      },
    ],
  }
}

export interface MatrixInput {
  entities: Entity[]
  pairs: Cooccurrence[]
  labels: CooccurrenceLabels
  theme: ChartTheme
  rtl: boolean
  /** Rows and columns: the N most-mentioned entities. */
  size?: number
  selected?: string[]
}

/** A heatmap matrix of shared sentences between the most-mentioned entities (symmetric). */
export function buildCooccurrenceMatrixOption({
  entities,
  pairs,
  labels,
  theme,
  rtl,
  size = 12,
  selected = [],
}: MatrixInput): EChartsOption {
  const top = topEntities(entities, size, selected)
  const index = new Map(top.map((e, i) => [e.id, i]))
  const names = top.map((e) => isolate(truncate(e.name, 18)))
  const cells: [number, number, number][] = []
  for (const p of pairs) {
    const i = index.get(p.a)
    const j = index.get(p.b)
    if (i === undefined || j === undefined || p.count === 0) continue
    cells.push([i, j, p.count], [j, i, p.count])
  }
  const max = Math.max(1, ...cells.map((c) => c[2]))
  const base = baseOption(theme, rtl)
  const axis = axisStyle(theme)
  return {
    ...base,
    grid: { left: rtl ? 16 : 8, right: rtl ? 8 : 16, top: 16, bottom: 56 },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p) => {
        const v = (p as { value?: [number, number, number] }).value
        if (!v) return ''
        const a = top[v[0]]
        const b = top[v[1]]
        return `<b><span style="unicode-bidi:isolate">${escapeHtml(a?.name ?? '')}</span> — <span style="unicode-bidi:isolate">${escapeHtml(b?.name ?? '')}</span></b><br>${escapeHtml(labels.shared(v[2]))}`
      },
    },
    xAxis: {
      type: 'category',
      data: names,
      inverse: rtl,
      ...axis,
      axisLabel: { ...axis.axisLabel, rotate: rtl ? -40 : 40, interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      position: rtl ? 'right' : 'left',
      ...axis,
      axisLabel: { ...axis.axisLabel, interval: 0 },
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      itemWidth: 10,
      text: [labels.number(max), labels.number(0)],
      textStyle: { color: theme.muted },
      inRange: { color: SEQUENTIAL },
    },
    series: [
      {
        type: 'heatmap',
        // Light cells (the top of viridis) take dark digits.
        data: cells.map((c) => ({
          value: c,
          label: { color: c[2] / max > 0.6 ? '#1d2330' : '#ffffff' },
        })),
        label: {
          show: top.length <= 14,
          fontSize: 10,
          formatter: (p: { value?: unknown }) => labels.number((p.value as number[])[2] ?? 0),
        },
        itemStyle: { borderColor: theme.dark ? '#1a202a' : '#ffffff', borderWidth: 1 },
      },
    ],
  }
}
