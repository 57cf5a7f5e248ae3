import type { EChartsOption } from 'echarts'
import type { DateSource, EventType, Modality, MirsadEvent } from '../pipeline/types'
import { EVENT_TYPES } from '../pipeline/types'
import { EVENT_SYMBOLS, eventColor } from './palette'
import { axisStyle, baseOption, legendStyle, type ChartTheme } from './theme'
import { bdiHtml, escapeHtml, isolate, truncate } from './text'

export interface TimelineLabels {
  eventType: (t: EventType) => string
  dateSource: (s: DateSource) => string
  modality: (m: Modality) => string
  articleTitle: (articleId: string) => string
  /** A calendar date ("2022-01-05") for people. */
  date: (iso: string) => string
  /** An axis tick (UTC milliseconds of a calendar day). */
  axisDate: (ms: number) => string
  /** "3 sources", with the locale's plural rules. */
  sources: (n: number) => string
  brush: string
  clearBrush: string
}

export interface TimelineInput {
  events: MirsadEvent[]
  labels: TimelineLabels
  rtl: boolean
  theme: ChartTheme
  selectedId?: string | null
}

/** One point per dated event: [UTC ms of its day, lane + jitter, sources, event id]. */
export type TimelinePoint = [number, number, number, string]

const DAY = 86_400_000
const FACTUAL: Modality[] = ['asserted', 'reported']

/** "2022-01-05" → UTC milliseconds of that calendar day (never the viewer's time zone). */
export function dayToMs(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1)
}

/** UTC milliseconds → "YYYY-MM-DD" of that calendar day. */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The calendar days a brush selection covers (a lineX brush on the time axis), or null. */
export function rangeFromBrush(params: unknown): [string, string] | null {
  const areas = (params as { areas?: { coordRange?: unknown }[] } | null)?.areas
  const range = areas?.[0]?.coordRange
  if (!Array.isArray(range) || range.length !== 2) return null
  const [a, b] = range.map(Number) as [number, number]
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null
  // A day is drawn at its midnight: round inwards so the range holds the days visibly inside.
  const lo = Math.ceil(Math.min(a, b) / DAY) * DAY
  const hi = Math.floor(Math.max(a, b) / DAY) * DAY
  return hi < lo ? [msToDay(lo), msToDay(lo)] : [msToDay(lo), msToDay(hi)]
}

/**
 * The event timeline: a real time axis (UTC calendar days), one lane per event type (legend toggles
 * lanes), symbol size by number of sources, publication-dated events drawn hollow and
 * non-factual ones (denied, planned, conditional) faded. Events on the same day and lane fan out
 * vertically so none hides another. In RTL the time axis runs right to left.
 */
export function buildTimelineOption({
  events,
  labels,
  rtl,
  theme,
  selectedId = null,
}: TimelineInput): EChartsOption {
  const dated = events.filter((e) => e.date)
  const types = EVENT_TYPES.filter((t) => dated.some((e) => e.type === t))
  const byId = new Map(events.map((e) => [e.id, e]))
  const days = dated.map((e) => dayToMs(e.date!))
  const base = baseOption(theme, rtl)
  const axis = axisStyle(theme)
  // ECharts asks for labels of an empty axis too (NaN, ±Infinity): those get none. A tick mixes
  // digits and a month name: isolated, it reads in the month name's direction.
  const tick = (ms: number) => (Number.isFinite(ms) ? isolate(labels.axisDate(ms)) : '')
  return {
    ...base,
    useUTC: true,
    grid: { left: rtl ? 36 : 8, right: rtl ? 8 : 36, top: 44, bottom: 30 },
    legend: {
      type: 'scroll',
      top: 0,
      left: rtl ? undefined : 0,
      right: rtl ? 0 : undefined,
      ...legendStyle(theme),
      // Square icons: ECharts stretches a symbol to the default 25×14 box, which turns the arrow
      // into a wide wedge that crowds its neighbours.
      itemWidth: 14,
      itemHeight: 14,
      data: types.map((t) => ({ name: labels.eventType(t), icon: EVENT_SYMBOLS[t] })),
    },
    toolbox: {
      top: 36,
      orient: 'vertical',
      right: rtl ? undefined : 0,
      left: rtl ? 0 : undefined,
      iconStyle: { borderColor: theme.muted },
      feature: {
        brush: {
          type: ['lineX', 'clear'],
          title: { lineX: labels.brush, clear: labels.clearBrush },
        },
      },
    },
    brush: {
      xAxisIndex: 0,
      brushLink: 'none',
      brushStyle: { color: 'rgba(120,140,170,0.18)', borderColor: theme.axis },
      outOfBrush: { colorAlpha: 0.3 },
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (p) => {
        const point = (p as { data?: { value?: TimelinePoint } }).data?.value
        const e = point ? byId.get(point[3]) : undefined
        return e ? tooltipHtml(e, labels) : ''
      },
    },
    xAxis: {
      type: 'time',
      inverse: rtl,
      minInterval: DAY,
      // A day of margin on each side, so the first and last events are not cut in half.
      min: days.length ? Math.min(...days) - DAY : undefined,
      max: days.length ? Math.max(...days) + DAY : undefined,
      ...axis,
      // The hidden value axis (lanes) has its 0 in the first lane: keep the time axis at the bottom.
      axisLine: { ...axis.axisLine, onZero: false },
      axisLabel: {
        ...axis.axisLabel,
        hideOverlap: true,
        formatter: tick,
      },
      splitLine: { show: true, lineStyle: { color: theme.split } },
    },
    yAxis: [
      {
        type: 'category',
        data: types.map((t) => labels.eventType(t)),
        position: rtl ? 'right' : 'left',
        ...axis,
        axisTick: { show: false },
        splitLine: { show: false },
        splitArea: { show: true, areaStyle: { color: ['transparent', theme.split + '66'] } },
      },
      { type: 'value', min: -0.5, max: Math.max(types.length, 1) - 0.5, show: false },
    ],
    // Zoom with the wheel or a pinch; select a period with the brush. (No slider: ECharts draws
    // it wrongly on an inverted axis in a right-to-left page.)
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }],
    series: types.map((t, lane) => ({
      type: 'scatter' as const,
      name: labels.eventType(t),
      yAxisIndex: 1,
      symbol: EVENT_SYMBOLS[t],
      color: eventColor(t, theme.dark),
      symbolSize: (v: TimelinePoint) => 10 + Math.min(v[2], 8) * 3,
      data: fanOut(dated.filter((e) => e.type === t)).map(({ e, offset }) => ({
        value: [dayToMs(e.date!), lane + offset, e.sources.length, e.id] as TimelinePoint,
        itemStyle: pointStyle(e, eventColor(t, theme.dark), theme, e.id === selectedId),
      })),
    })),
  }
}

function pointStyle(e: MirsadEvent, color: string, theme: ChartTheme, selected: boolean) {
  const hollow = e.dateSource === 'publication'
  return {
    color: hollow ? theme.tooltipBackground : color,
    borderColor: selected ? theme.text : color,
    borderWidth: selected ? 3 : hollow ? 2 : 0.5,
    opacity: FACTUAL.includes(e.modality) ? 0.9 : 0.35,
  }
}

/** Events on the same day fan out around the lane's centre (at most ±0.35 of a lane). */
function fanOut(events: MirsadEvent[]): { e: MirsadEvent; offset: number }[] {
  const byDay = new Map<string, MirsadEvent[]>()
  for (const e of events) byDay.set(e.date!, [...(byDay.get(e.date!) ?? []), e])
  const out: { e: MirsadEvent; offset: number }[] = []
  for (const group of byDay.values()) {
    const step = Math.min(0.25, 0.7 / group.length)
    group.forEach((e, i) => out.push({ e, offset: (i - (group.length - 1) / 2) * step }))
  }
  return out
}

function tooltipHtml(e: MirsadEvent, labels: TimelineLabels): string {
  const src = e.sources[0]
  const lines = [
    `<b>${escapeHtml(labels.eventType(e.type))}</b> · ${escapeHtml(labels.date(e.date!))}`,
    `${escapeHtml(labels.dateSource(e.dateSource))} · ${escapeHtml(labels.sources(e.sources.length))}`,
  ]
  if (!FACTUAL.includes(e.modality)) lines.push(`<i>${escapeHtml(labels.modality(e.modality))}</i>`)
  if (src) {
    lines.push(
      `<div style="max-width:30em;white-space:normal;unicode-bidi:isolate" dir="auto">${escapeHtml(truncate(src.sentence, 280))}</div>`,
      `<small>${bdiHtml(labels.articleTitle(src.articleId))}</small>`,
    )
  }
  return lines.join('<br>')
}

export { escapeHtml }
