import type { EChartsOption } from 'echarts'
import type { MirsadEvent, EventType } from '../pipeline/types'
import { EVENT_TYPES } from '../pipeline/types'
import { EVENT_COLORS, EVENT_SYMBOLS } from './palette'

export interface TimelineLabels {
  eventType: (t: EventType) => string
  dateSource: (s: MirsadEvent['dateSource']) => string
  articleTitle: (articleId: string) => string
}

export interface TimelineInput {
  events: MirsadEvent[]
  labels: TimelineLabels
  rtl: boolean
}

/** One point per dated event: [date, lane, sources, event id]. */
export type TimelinePoint = [string, string, number, string]

/**
 * The event timeline: a real time axis, one lane per event type (legend toggles lanes), symbol
 * size by number of sources, publication-dated events drawn hollow. In RTL the time axis runs
 * right to left so that the story reads naturally.
 */
export function buildTimelineOption({ events, labels, rtl }: TimelineInput): EChartsOption {
  const dated = events.filter((e) => e.date)
  const types = EVENT_TYPES.filter((t) => dated.some((e) => e.type === t))
  const byId = new Map(events.map((e) => [e.id, e]))
  return {
    animation: false,
    grid: { left: rtl ? 24 : 120, right: rtl ? 120 : 24, top: 40, bottom: 70 },
    legend: { type: 'scroll', top: 0, data: types.map((t) => labels.eventType(t)) },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const point = (p as { data?: { value?: TimelinePoint } }).data?.value
        const e = point ? byId.get(point[3]) : undefined
        if (!e) return ''
        const src = e.sources[0]
        return [
          `<b>${escapeHtml(labels.eventType(e.type))}</b> · ${e.date}`,
          escapeHtml(labels.dateSource(e.dateSource)),
          src
            ? `<div style="max-width:28em;white-space:normal">${escapeHtml(src.sentence)}</div>`
            : '',
          src ? `<i>${escapeHtml(labels.articleTitle(src.articleId))}</i>` : '',
        ].join('<br>')
      },
    },
    xAxis: { type: 'time', inverse: rtl },
    yAxis: {
      type: 'category',
      data: types.map((t) => labels.eventType(t)),
      position: rtl ? 'right' : 'left',
      splitLine: { show: true },
    },
    dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 10 }],
    series: types.map((t) => ({
      type: 'scatter' as const,
      name: labels.eventType(t),
      symbol: EVENT_SYMBOLS[t],
      color: EVENT_COLORS[t],
      symbolSize: (v: TimelinePoint) => 10 + Math.min(v[2], 8) * 3,
      data: dated
        .filter((e) => e.type === t)
        .map((e) => ({
          value: [e.date!, labels.eventType(t), e.sources.length, e.id] as TimelinePoint,
          itemStyle:
            e.dateSource === 'publication'
              ? { color: 'transparent', borderColor: EVENT_COLORS[t], borderWidth: 2 }
              : undefined,
        })),
    })),
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
