import { describe, expect, it } from 'vitest'
import * as echarts from 'echarts/core'
import '../../src/charts/echarts'
import '../../src/charts/sankey'
import {
  buildTimelineOption,
  dayToMs,
  msToDay,
  rangeFromBrush,
  type TimelineLabels,
} from '../../src/charts/timeline'
import {
  buildDeploymentsOption,
  buildFlowSankeyOption,
  deploymentFlows,
  mappable,
  senderColors,
  type DeploymentLabels,
} from '../../src/charts/deployments'
import {
  buildCooccurrenceMatrixOption,
  buildCooccurrenceOption,
  topEntities,
  type CooccurrenceLabels,
} from '../../src/charts/cooccurrence'
import { DARK_THEME, LIGHT_THEME } from '../../src/charts/theme'
import { escapeHtml, isolate, stripControls } from '../../src/charts/text'
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

const labels: TimelineLabels = {
  eventType: (t) => `T:${t}`,
  dateSource: (s) => `S:${s}`,
  modality: (m) => `M:${m}`,
  articleTitle: (id) => `A:${id}`,
  date: (iso) => `D:${iso}`,
  axisDate: (ms) => msToDay(ms),
  sources: (n) => `${n} sources`,
  brush: 'brush',
  clearBrush: 'clear',
}

/** Renders an option to SVG with no DOM: proves ECharts accepts it. */
function renderSvg(option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 })
  chart.setOption(option)
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

type Series = { name: string; data: { value: unknown[]; itemStyle: Record<string, unknown> }[] }

describe('calendar days on the time axis', () => {
  it.each([
    ['2022-01-05', Date.UTC(2022, 0, 5)],
    ['2030-12-31', Date.UTC(2030, 11, 31)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('%s is its own UTC midnight and back', (iso, ms) => {
    expect(dayToMs(iso)).toBe(ms)
    expect(msToDay(ms)).toBe(iso)
  })

  it('turns a brush selection into the whole days inside it', () => {
    const day = 86_400_000
    const jan5 = Date.UTC(2022, 0, 5)
    expect(rangeFromBrush({ areas: [{ coordRange: [jan5 - day / 2, jan5 + 2.5 * day] }] })).toEqual(
      ['2022-01-05', '2022-01-07'],
    )
    // Reversed ranges (RTL drags) read the same.
    expect(rangeFromBrush({ areas: [{ coordRange: [jan5 + day, jan5] }] })).toEqual([
      '2022-01-05',
      '2022-01-06',
    ])
  })

  it.each([[null], [{}], [{ areas: [] }], [{ areas: [{ coordRange: ['x', 1] }] }]])(
    'ignores a brush with no range: %j',
    (p) => expect(rangeFromBrush(p)).toBeNull(),
  )
})

describe('buildTimelineOption', () => {
  const events = [
    ev('e1', 'protest', '2022-01-02'),
    ev('e2', 'protest', '2022-01-04', { dateSource: 'publication' }),
    ev('e3', 'resignation', '2022-01-05', {
      sources: [1, 2, 3].map(() => ev('x', 'other', null).sources[0]!),
    }),
    ev('e4', 'clash', null),
    ev('e5', 'protest', '2022-01-04', { modality: 'denied' }),
  ]
  const build = (rtl = false, dark = false, selectedId: string | null = null) =>
    buildTimelineOption({ events, labels, rtl, theme: dark ? DARK_THEME : LIGHT_THEME, selectedId })

  it('has one lane per event type with a dated event, in taxonomy order', () => {
    const o = build()
    expect((o.yAxis as { data?: string[] }[])[0]!.data).toEqual(['T:protest', 'T:resignation'])
    expect((o.series as Series[]).map((s) => s.name)).toEqual(['T:protest', 'T:resignation'])
  })

  it('leaves undated events out of the chart', () => {
    const ids = (build().series as Series[]).flatMap((s) => s.data.map((d) => d.value[3]))
    expect(ids.sort()).toEqual(['e1', 'e2', 'e3', 'e5'])
  })

  it('places points on UTC calendar days, whatever the time zone', () => {
    const protest = (build().series as Series[])[0]!
    expect(protest.data.map((d) => d.value[0])).toContain(Date.UTC(2022, 0, 2))
  })

  it('draws publication-dated events hollow and non-factual ones faded', () => {
    const protest = (build().series as Series[])[0]!
    const byId = new Map(protest.data.map((d) => [d.value[3], d.itemStyle]))
    expect(byId.get('e2')!.color).toBe(LIGHT_THEME.tooltipBackground)
    expect(byId.get('e1')!.color).not.toBe(LIGHT_THEME.tooltipBackground)
    expect(byId.get('e5')!.opacity).toBeLessThan(byId.get('e1')!.opacity as number)
  })

  it('fans out events of one lane on the same day so neither hides the other', () => {
    const protest = (build().series as Series[])[0]!
    const sameDay = protest.data.filter((d) => d.value[0] === Date.UTC(2022, 0, 4))
    expect(sameDay).toHaveLength(2)
    expect(sameDay[0]!.value[1]).not.toBe(sameDay[1]!.value[1])
    const alone = protest.data.find((d) => d.value[3] === 'e1')!
    expect(alone.value[1]).toBe(0)
  })

  it('sizes points by their number of sources', () => {
    const resignation = (build().series as Series[])[1]!
    expect(resignation.data[0]!.value[2]).toBe(3)
  })

  it('rings the selected event', () => {
    const protest = (build(false, false, 'e1').series as Series[])[0]!
    const e1 = protest.data.find((d) => d.value[3] === 'e1')!
    const e2 = protest.data.find((d) => d.value[3] === 'e2')!
    expect(e1.itemStyle.borderWidth).toBe(3)
    expect(e2.itemStyle.borderWidth).not.toBe(3)
  })

  it('runs the time axis right to left in RTL, with the lanes on the right', () => {
    const rtl = build(true)
    const ltr = build(false)
    expect((rtl.xAxis as { inverse: boolean }).inverse).toBe(true)
    expect((ltr.xAxis as { inverse: boolean }).inverse).toBe(false)
    expect((rtl.yAxis as { position?: string }[])[0]!.position).toBe('right')
    expect((ltr.yAxis as { position?: string }[])[0]!.position).toBe('left')
  })

  it('follows the dark theme', () => {
    expect((build(false, true).textStyle as { color: string }).color).toBe(DARK_THEME.text)
    expect((build(false, false).textStyle as { color: string }).color).toBe(LIGHT_THEME.text)
  })

  it('escapes article text in tooltips and names the date source and modality', () => {
    const formatter = (build().tooltip as { formatter: (p: unknown) => string }).formatter
    const html = formatter({ data: { value: [0, 0, 1, 'e1'] } })
    expect(html).toContain('&#60;b&#62;e1')
    expect(html).not.toContain('<b>e1')
    expect(html).toContain('S:explicit')
    expect(formatter({ data: { value: [0, 0, 1, 'e5'] } })).toContain('M:denied')
    expect(formatter({ data: { value: [0, 0, 1, 'nope'] } })).toBe('')
  })

  it('renders, including with no events at all', () => {
    expect(renderSvg(build(true))).toContain('<svg')
    expect(
      renderSvg(buildTimelineOption({ events: [], labels, rtl: false, theme: LIGHT_THEME })),
    ).toContain('<svg')
  })
})

describe('chart text', () => {
  it('strips bidi controls and isolates label parts', () => {
    expect(stripControls('a\u202Eb\u200Fc')).toBe('abc')
    expect(isolate('روسيا\u202E')).toBe('\u2068روسيا\u2069')
    expect(escapeHtml('<i>\u202E"')).toBe('&#60;i&#62;&#34;')
  })
})

const dep = (
  id: string,
  sender: string,
  value: number,
  extra: Partial<Deployment> = {},
): Deployment => ({
  id,
  eventId: id,
  sender,
  contingent: [{ value, unit: 'troops', text: `${value}` }],
  origin: null,
  destination: 'kz',
  date: '2022-01-06',
  mission: null,
  kind: 'deployment',
  ...extra,
})
const depLabels: DeploymentLabels = {
  entityName: (id) => id ?? '-',
  unit: (u) => u,
  date: (iso) => iso,
  number: (n) => String(n),
  undated: '?',
  unknown: '-',
  withdrawal: 'back',
}

describe('buildDeploymentsOption', () => {
  type Bar = { name: string; data: (number | null)[]; stack: string; xAxisIndex: number }
  it('stacks troops by sender and counts withdrawals against deployments', () => {
    const o = buildDeploymentsOption({
      deployments: [
        dep('1', 'ru', 3000),
        dep('2', 'by', 500),
        dep('3', 'ru', 1000, { kind: 'withdrawal' }),
      ],
      labels: depLabels,
      rtl: false,
      theme: LIGHT_THEME,
    })
    const series = o.series as Bar[]
    expect(series.map((s) => [stripControls(s.name), s.data[0]])).toEqual([
      ['by', 500],
      ['ru', 2000],
    ])
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['troops']))
    expect(renderSvg(o)).toContain('<svg')
  })

  it('draws one small multiple per unit, so aircraft are not dwarfed by troops', () => {
    const o = buildDeploymentsOption({
      deployments: [
        dep('1', 'ru', 3000, {
          contingent: [
            { value: 3000, unit: 'troops', text: '' },
            { value: 9, unit: 'aircraft', text: '' },
          ],
        }),
      ],
      labels: depLabels,
      rtl: true,
      theme: DARK_THEME,
    })
    const series = o.series as Bar[]
    expect(series.map((s) => [s.stack, s.xAxisIndex, s.data[0]])).toEqual([
      ['troops', 0, 3000],
      ['aircraft', 1, 9],
    ])
    expect(o.grid).toHaveLength(2)
    expect((o.xAxis as { inverse: boolean }[]).every((x) => x.inverse)).toBe(true)
    expect(renderSvg(o)).toContain('<svg')
  })

  it('counts deployment records when none gives a number; undated ones come last', () => {
    const o = buildDeploymentsOption({
      deployments: [
        dep('1', 'ru', 0, { contingent: [], date: null }),
        dep('2', 'ru', 0, { contingent: [] }),
      ],
      labels: depLabels,
      rtl: false,
      theme: LIGHT_THEME,
    })
    const series = o.series as Bar[]
    expect(series.map((s) => [s.stack, s.data])).toEqual([['records', [1, 1]]])
    expect((o.xAxis as { data: string[] }[])[0]!.data).toEqual([
      '\u20682022-01-06\u2069',
      '\u2068?\u2069',
    ])
  })

  it('renders with nothing to show', () => {
    expect(
      renderSvg(
        buildDeploymentsOption({
          deployments: [],
          labels: depLabels,
          rtl: false,
          theme: LIGHT_THEME,
        }),
      ),
    ).toContain('<svg')
  })
})

describe('deployment flows', () => {
  const countries: Record<string, string> = { ru: 'RU', by: 'BY', kz: 'KZ' }
  const countryOf = (id: string | null) => (id ? (countries[id] ?? null) : null)
  const deployments = [
    dep('1', 'ru', 3000),
    dep('2', 'ru', 1000),
    dep('3', 'by', 500),
    dep('4', 'ru', 400, { kind: 'withdrawal' }),
    dep('5', 'csto', 100),
  ]
  const flows = deploymentFlows(deployments, (id) => id ?? '-', countryOf)

  it('adds up flows per sender and direction; withdrawals run back home', () => {
    const key = (f: (typeof flows)[number]) => `${f.kind}:${f.fromLabel}>${f.toLabel}`
    expect(flows.map((f) => [key(f), f.troops, f.records])).toEqual([
      ['deployment:ru>kz', 4000, 2],
      ['deployment:by>kz', 500, 1],
      ['withdrawal:kz>ru', 400, 1],
      ['deployment:csto>kz', 100, 1],
    ])
  })

  it('puts on the map only flows between two countries with a shape', () => {
    const centroids = new Map<string, [number, number]>([
      ['RU', [100, 60]],
      ['KZ', [67, 48]],
    ])
    expect(mappable(flows, centroids).map((f) => f.fromCode)).toEqual(['RU', 'KZ'])
  })

  it('draws a Sankey that reads from the right in RTL', () => {
    const colors = senderColors(deployments, (id) => id ?? '-')
    const build = (rtl: boolean) =>
      buildFlowSankeyOption({
        flows,
        labels: { ...depLabels, flowTooltip: () => '' },
        colors,
        rtl,
        theme: LIGHT_THEME,
      })
    type Sankey = { links: { source: string; target: string }[] }
    const ltr = (build(false).series as Sankey[])[0]!.links[0]!
    const rtl = (build(true).series as Sankey[])[0]!.links[0]!
    expect(ltr.source.startsWith('from:')).toBe(true)
    expect(rtl.target.startsWith('from:')).toBe(true)
    expect(renderSvg(build(true))).toContain('<svg')
  })
})

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
const coLabels: CooccurrenceLabels = {
  typeLabel: (t) => t,
  mentions: (n) => `${n}`,
  shared: (n) => `${n}`,
  score: 'score',
  number: (n) => String(n),
}

describe('buildCooccurrenceOption', () => {
  const entities = [ent('a', 'PER', 5), ent('b', 'LOC', 3), ent('c', 'ORG', 1)]
  const pairs = [
    { a: 'a', b: 'b', count: 2, score: 0.5 },
    { a: 'a', b: 'c', count: 1, score: 0.9 },
  ]
  type Graph = {
    data: { id: string; symbolSize: number; itemStyle: { borderWidth: number } }[]
    links: { source: string; target: string }[]
    label: { position: string }
  }
  const build = (extra: Partial<Parameters<typeof buildCooccurrenceOption>[0]> = {}) =>
    (
      buildCooccurrenceOption({
        entities,
        pairs,
        labels: coLabels,
        theme: LIGHT_THEME,
        rtl: false,
        ...extra,
      }).series as Graph[]
    )[0]!

  it('keeps the top N entities and edges between them', () => {
    const s = build({ topN: 2 })
    expect(s.data.map((n) => n.id)).toEqual(['a', 'b'])
    expect(s.data[0]!.symbolSize).toBeGreaterThan(s.data[1]!.symbolSize)
    expect(s.links).toHaveLength(1)
  })

  it('keeps a selected entity even outside the top N, and rings it', () => {
    const s = build({ topN: 1, selected: ['c'] })
    expect(s.data.map((n) => n.id)).toEqual(['a', 'c'])
    expect(s.data[1]!.itemStyle.borderWidth).toBe(3)
    expect(topEntities(entities, 1, ['c']).map((e) => e.id)).toEqual(['a', 'c'])
  })

  it('drops edges under the minimum number of shared sentences', () => {
    expect(build({ minCount: 2 }).links.map((l) => l.target)).toEqual(['b'])
  })

  it('puts labels on the reading side', () => {
    expect(build({ rtl: true }).label.position).toBe('left')
    expect(build({ rtl: false }).label.position).toBe('right')
  })

  it('renders', () => {
    expect(
      renderSvg(
        buildCooccurrenceOption({
          entities,
          pairs,
          labels: coLabels,
          theme: DARK_THEME,
          rtl: true,
        }),
      ),
    ).toContain('<svg')
  })
})

describe('buildCooccurrenceMatrixOption', () => {
  it('is symmetric, with an empty diagonal', () => {
    const o = buildCooccurrenceMatrixOption({
      entities: [ent('a', 'PER', 5), ent('b', 'LOC', 3)],
      pairs: [{ a: 'a', b: 'b', count: 4, score: 0.5 }],
      labels: coLabels,
      theme: LIGHT_THEME,
      rtl: true,
    })
    const cells = (o.series as { data: { value: number[] }[] }[])[0]!.data.map((d) => d.value)
    expect(cells).toEqual([
      [0, 1, 4],
      [1, 0, 4],
    ])
    expect(renderSvg(o)).toContain('<svg')
  })
})
