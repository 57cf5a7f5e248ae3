import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  BOM,
  cooccurrenceCsv,
  datePrecision,
  EDGE_COLUMNS,
  entitiesCsv,
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  eventRows,
  eventsCsv,
  eventsJson,
  exportFileName,
  guardFormula,
  toCsv,
} from '../../src/export'
import type { Corpus } from '../../src/pipeline/types'

const readCsv = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' })

const SENTENCE = 'قال المتحدث "لن نتراجع"، وأضاف: قتل 3 أشخاص\nوأصيب 12 آخرون.'

const corpus: Corpus = {
  schemaVersion: 1,
  parserVersion: 1,
  articles: [
    {
      id: 'a-1',
      file: 'أخبار/خبر, أول.html',
      title: 'عنوان',
      published: '2023-04-02',
      author: null,
      language: 'ar',
      text: SENTENCE,
      warnings: [],
      outlet: 'جريدة الصباح',
      url: 'https://news.example/item?id=1&x=2',
    },
  ],
  timexes: [],
  entities: [
    { id: 'e-p', type: 'ORG', name: 'الشرطة', aliases: ['قوات الشرطة'], mentions: [] },
    { id: 'e-m', type: 'ORG', name: '=المحتجون', aliases: [], mentions: [] },
    { id: 'e-x', type: 'PER', name: 'سالم', aliases: [], mentions: [] },
    {
      id: 'e-c',
      type: 'LOC',
      name: 'الميدان',
      aliases: ['ساحة الميدان', '+الساحة'],
      mentions: [
        { articleId: 'a-1', start: 0, end: 3, text: 'قال' },
        { articleId: 'a-2', start: 0, end: 3, text: 'قال' },
      ],
    },
  ],
  events: [
    {
      id: 'ev-1',
      type: 'clash',
      date: '2023-04-01',
      dateSource: 'explicit',
      modality: 'asserted',
      sources: [{ articleId: 'a-1', sentence: SENTENCE, start: 0, end: SENTENCE.length }],
      actors: ['e-p', 'e-m', 'e-x'],
      locations: ['e-c'],
      quantities: [
        { value: 3, unit: 'killed', text: '3 أشخاص' },
        { value: 12, unit: 'injured', text: '12 آخرون', qualifier: 'ge' },
        { value: 2, unit: 'killed', text: 'اثنان' },
      ],
      trigger: 'قتل',
      rule: 'ev.clash.kill',
    },
    {
      id: 'ev-2',
      type: 'statement',
      date: null,
      dateSource: 'none',
      modality: 'reported',
      sources: [],
      actors: [],
      locations: [],
      quantities: [],
    },
  ],
  deployments: [],
  cooccurrence: [{ a: 'e-c', b: 'e-p', count: 4, score: 0.25, paragraphCount: 2, articleCount: 1 }],
  errors: [],
}

describe('CSV writing', () => {
  it('parses back to the same rows: commas, quotes, line breaks, Arabic, empty cells', () => {
    const rows = [
      ['a,b', 'قال "نعم"', 'سطر\nثان', '', 'x\r\ny'],
      ['plain', ' spaced ', 'ي', 'ى', '١٢٣'],
    ]
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows)
    expect(text.startsWith(BOM)).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(readCsv(text)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows])
  })

  it('writes numbers as numbers, null and undefined as empty', () => {
    expect(
      toCsv(['n', 'm', 'e', 'u', 'b'], [[-5, 2.5, null, undefined, true]], { bom: false }),
    ).toBe('n,m,e,u,b\r\n-5,2.5,,,true\r\n')
  })

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+966 1', "'+966 1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['a=b', 'a=b'],
    ['قال = نعم', 'قال = نعم'],
    ['', ''],
  ])('guards formula text %j → %j', (cell, out) => {
    expect(guardFormula(cell)).toBe(out)
    expect(readCsv(toCsv(['c'], [[cell]]))[1]).toEqual([out])
  })
})

describe('corpus tables', () => {
  it('events: ACLED-like columns, names for ids, quantities summed by unit, source details', () => {
    const [first, second] = eventRows(corpus)
    expect(first).toMatchObject({
      event_id: 'ev-1',
      event_date: '2023-04-01',
      year: 2023,
      date_precision: 'day',
      event_type: 'clash',
      actor1: 'الشرطة',
      actor2: '=المحتجون',
      assoc_actors: 'سالم',
      location: 'الميدان',
      fatalities: 5,
      injured: 12,
      arrested: null,
      quantities: '3 أشخاص; 12 آخرون; اثنان',
      source_file: 'أخبار/خبر, أول.html',
      outlet: 'جريدة الصباح',
      url: 'https://news.example/item?id=1&x=2',
      published: '2023-04-02',
      sentence: SENTENCE,
      sources: 1,
    })
    expect(second).toMatchObject({ event_date: null, year: null, date_precision: 'unknown' })
    expect(second!.sentence).toBeNull()
  })

  it('events CSV parses back to the same rows (with formula guards applied)', () => {
    const parsed = readCsv(eventsCsv(corpus))
    expect(parsed[0]).toEqual([...EVENT_COLUMNS])
    const expected = eventRows(corpus).map((r) =>
      EVENT_COLUMNS.map((c) => {
        const v = r[c]
        return v === null ? '' : typeof v === 'string' ? guardFormula(v) : String(v)
      }),
    )
    expect(parsed.slice(1)).toEqual(expected)
    expect(parsed[1]![EVENT_COLUMNS.indexOf('actor2')]).toBe("'=المحتجون")
  })

  it('events JSON keeps lists, ids and every source', () => {
    const json = JSON.parse(eventsJson(corpus))
    expect(json.schemaVersion).toBe(1)
    expect(json.events).toHaveLength(2)
    expect(json.events[0].actors).toEqual([
      { id: 'e-p', name: 'الشرطة' },
      { id: 'e-m', name: '=المحتجون' },
      { id: 'e-x', name: 'سالم' },
    ])
    expect(json.events[0].quantity_list[1]).toEqual({
      value: 12,
      unit: 'injured',
      text: '12 آخرون',
      qualifier: 'ge',
      model: null,
    })
    expect(json.events[0].source_list[0].source_file).toBe('أخبار/خبر, أول.html')
  })

  it('entities CSV (Gephi nodes) and co-occurrence CSV (Gephi edges)', () => {
    const nodes = readCsv(entitiesCsv(corpus))
    expect(nodes[0]).toEqual(ENTITY_COLUMNS)
    expect(nodes[4]).toEqual(['e-c', 'الميدان', 'LOC', 'ساحة الميدان; +الساحة', '2', '2'])
    expect(nodes[2]![1]).toBe("'=المحتجون")
    const edges = readCsv(cooccurrenceCsv(corpus))
    expect(edges).toEqual([
      EDGE_COLUMNS,
      ['e-c', 'e-p', 'Undirected', '4', 'الميدان', 'الشرطة', '4', '2', '1', '0.25'],
    ])
  })

  it('an empty corpus gives header-only tables', () => {
    const empty: Corpus = { ...corpus, events: [], entities: [], cooccurrence: [] }
    expect(readCsv(eventsCsv(empty))).toEqual([[...EVENT_COLUMNS]])
    expect(readCsv(entitiesCsv(empty))).toEqual([ENTITY_COLUMNS])
  })

  it.each([
    ['2022-01-05', 'day'],
    ['2022-01', 'month'],
    ['2022', 'year'],
    ['XXXX-XX-XX', 'unknown'],
    [null, 'unknown'],
  ] as const)('date precision of %s is %s', (date, p) => {
    expect(datePrecision(date)).toBe(p)
  })
})

describe('download helpers', () => {
  it.each([
    ['events', 'csv', '2022-01-08', 'mirsad-events-2022-01-08.csv'],
    ['Co-occurrence Edges', '.csv', undefined, 'mirsad-co-occurrence-edges.csv'],
    ['الخط الزمني', 'png', undefined, 'mirsad-export.png'],
  ])('names %s.%s', (kind, ext, day, name) => {
    expect(exportFileName(kind, ext, day)).toBe(name)
  })
})
