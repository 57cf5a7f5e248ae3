import { describe, expect, it } from 'vitest'
import * as echarts from 'echarts/core'
import '../../src/charts/echarts'
import { buildTimelineOption } from '../../src/charts/timeline'
import { buildDeploymentsOption } from '../../src/charts/deployments'
import { buildCooccurrenceOption } from '../../src/charts/cooccurrence'
import type { Deployment, Entity, MirsadEvent } from '../../src/pipeline/types'

const ev = (
  id: string,
  type: MirsadEvent['type'],
  date: string | null,
  extra: Partial<MirsadEvent> = {},
): MirsadEvent => ({
  id,
  type,
  date,
  dateSource: 'explicit',
  modality: 'asserted',
  sources: [{ articleId: 'a-1', sentence: `جملة <b>${id}</b>`, start: 0, end: 5 }],
  actors: [],
  locations: [],
  quantities: [],
  ...extra,
})
const labels = {
  eventType: (t: string) => `T:${t}`,
  dateSource: (s: string) => `S:${s}`,
  articleTitle: (id: string) => `A:${id}`,
}

/** Renders an option to SVG with no DOM: proves ECharts accepts it. */
function renderSvg(option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 })
  chart.setOption(option)
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

describe('buildTimelineOption', () => {
  const events = [
    ev('e1', 'protest', '2022-01-02'),
    ev('e2', 'protest', '2022-01-04', { dateSource: 'publication' }),
    ev('e3', 'resignation', '2022-01-05', {
      sources: [1, 2, 3].map(() => ev('x', 'other', null).sources[0]!),
    }),
    ev('e4', 'clash', null),
  ]

  it('has one lane per event type with a dated event, in taxonomy order', () => {
    const o = buildTimelineOption({ events, labels, rtl: false })
    expect((o.yAxis as { data: string[] }).data).toEqual(['T:protest', 'T:resignation'])
    expect((o.series as { name: string }[]).map((s) => s.name)).toEqual([
      'T:protest',
      'T:resignation',
    ])
  })

  it('draws publication-dated events hollow and sizes by sources', () => {
    const o = buildTimelineOption({ events, labels, rtl: false })
    const protest = (
      o.series as { data: { value: unknown[]; itemStyle?: { color: string } }[] }[]
    )[0]!
    expect(protest.data.map((d) => d.itemStyle?.color)).toEqual([undefined, 'transparent'])
    const resignation = (o.series as { data: { value: unknown[] }[] }[])[1]!
    expect(resignation.data[0]!.value[2]).toBe(3)
  })

  it('runs the time axis right to left in RTL', () => {
    expect(
      (buildTimelineOption({ events, labels, rtl: true }).xAxis as { inverse: boolean }).inverse,
    ).toBe(true)
    expect(
      (buildTimelineOption({ events, labels, rtl: false }).xAxis as { inverse: boolean }).inverse,
    ).toBe(false)
  })

  it('escapes article text in tooltips', () => {
    const o = buildTimelineOption({ events, labels, rtl: false })
    const formatter = (o.tooltip as { formatter: (p: unknown) => string }).formatter
    const html = formatter({ data: { value: ['2022-01-02', 'T:protest', 1, 'e1'] } })
    expect(html).toContain('&#60;b&#62;e1')
    expect(html).not.toContain('<b>e1')
  })

  it('renders', () => {
    expect(renderSvg(buildTimelineOption({ events, labels, rtl: true }))).toContain('<svg')
  })
})

describe('buildDeploymentsOption', () => {
  const d = (
    id: string,
    sender: string,
    value: number,
    kind: Deployment['kind'] = 'deployment',
  ): Deployment => ({
    id,
    eventId: id,
    sender,
    contingent: [{ value, unit: 'troops', text: `${value}` }],
    origin: null,
    destination: 'kz',
    date: '2022-01-06',
    mission: null,
    kind,
  })
  it('stacks troops by sender and counts withdrawals against deployments', () => {
    const o = buildDeploymentsOption({
      deployments: [d('1', 'ru', 3000), d('2', 'by', 500), d('3', 'ru', 1000, 'withdrawal')],
      labels: { entityName: (id) => id ?? '-', unit: (u) => u, undated: '?' },
      rtl: false,
    })
    const series = o.series as { name: string; data: number[]; stack: string }[]
    expect(series.map((s) => [s.name, s.data[0]])).toEqual([
      ['by · troops', 500],
      ['ru · troops', 2000],
    ])
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['troops']))
    expect(renderSvg(o)).toContain('<svg')
  })
})

describe('buildCooccurrenceOption', () => {
  const ent = (id: string, type: Entity['type'], n: number): Entity => ({
    id,
    type,
    name: id,
    aliases: [],
    mentions: Array.from({ length: n }, (_, i) => ({
      articleId: 'a',
      start: i,
      end: i + 1,
      text: id,
    })),
  })
  it('keeps the top N entities and edges above the minimum', () => {
    const o = buildCooccurrenceOption({
      entities: [ent('a', 'PER', 5), ent('b', 'LOC', 3), ent('c', 'ORG', 1)],
      pairs: [
        { a: 'a', b: 'b', count: 2, score: 0.5 },
        { a: 'a', b: 'c', count: 1, score: 0.9 },
      ],
      typeLabel: (t) => t,
      topN: 2,
    })
    const s = (
      o.series as { data: { id: string; symbolSize: number }[]; links: { source: string }[] }[]
    )[0]!
    expect(s.data.map((n) => n.id)).toEqual(['a', 'b'])
    expect(s.data[0]!.symbolSize).toBeGreaterThan(s.data[1]!.symbolSize)
    expect(s.links).toHaveLength(1)
    expect(renderSvg(o)).toContain('<svg')
  })
})
