import { describe, expect, it } from 'vitest'
import {
  emptyFilters,
  filterCorpus,
  filtersFromQuery,
  filtersToQuery,
  isEmptyFilters,
  type Filters,
} from '../../src/lib/filters'
import { entityId, syntheticCorpus } from '../helpers/synthetic'

const { corpus, sources } = syntheticCorpus()
const f = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch })

describe('filterCorpus', () => {
  it('keeps everything when no filter is set', () => {
    const v = filterCorpus(corpus, emptyFilters(), sources)
    expect(v.events).toBe(corpus.events)
    expect(v.cooccurrence).toBe(corpus.cooccurrence)
    expect(v.total.events).toBe(corpus.events.length)
  })

  it('keeps events inside a date range; undated events drop out', () => {
    const v = filterCorpus(corpus, f({ from: '2030-03-13', to: '2030-03-15' }), sources)
    expect(v.events.length).toBeGreaterThan(0)
    expect(v.events.every((e) => e.date! >= '2030-03-13' && e.date! <= '2030-03-15')).toBe(true)
    expect(corpus.events.some((e) => e.date === '2030-03-12')).toBe(true)
    expect(v.events.some((e) => e.date === null)).toBe(false)
    // Deployments follow their events.
    expect(v.deployments.map((d) => d.date).sort()).toEqual([
      '2030-03-13',
      '2030-03-13',
      '2030-03-15',
      '2030-03-15',
    ])
  })

  it('keeps open-ended ranges', () => {
    const v = filterCorpus(corpus, f({ from: '2030-03-16' }), sources)
    expect(v.events.map((e) => e.date).every((d) => d! >= '2030-03-16')).toBe(true)
    expect(v.events.length).toBe(
      corpus.events.filter((e) => e.date && e.date >= '2030-03-16').length,
    )
  })

  it('keeps chosen event types only, and the articles that report them', () => {
    const v = filterCorpus(corpus, f({ types: ['withdrawal'] }), sources)
    expect(v.events.map((e) => e.type)).toEqual(['withdrawal', 'withdrawal'])
    expect(v.deployments.every((d) => d.kind === 'withdrawal')).toBe(true)
    expect(v.articles).toHaveLength(2)
  })

  it('keeps events that involve every chosen entity', () => {
    const spain = entityId(corpus, 'إسبانيا')
    const morocco = entityId(corpus, 'المغرب')
    const one = filterCorpus(corpus, f({ entities: [spain] }), sources)
    const both = filterCorpus(corpus, f({ entities: [spain, morocco] }), sources)
    expect(one.events.length).toBeGreaterThan(both.events.length)
    expect(both.events.length).toBeGreaterThan(0)
    for (const e of both.events) {
      const named = (id: string) =>
        e.actors.includes(id) ||
        e.locations.includes(id) ||
        corpus.entities
          .find((x) => x.id === id)!
          .mentions.some((m) =>
            e.sources.some(
              (s) => s.articleId === m.articleId && m.start >= s.start && m.end <= s.end,
            ),
          )
      expect(named(spain) && named(morocco)).toBe(true)
    }
  })

  it('around a chosen entity, shows it and its neighbours and only their pairs', () => {
    const spain = entityId(corpus, 'إسبانيا')
    const v = filterCorpus(corpus, f({ entities: [spain] }), sources)
    expect(v.cooccurrence.length).toBeGreaterThan(0)
    expect(v.cooccurrence.every((p) => p.a === spain || p.b === spain)).toBe(true)
    const ids = new Set(v.entities.map((e) => e.id))
    expect(ids.has(spain)).toBe(true)
    expect(ids.size).toBe(new Set([spain, ...v.cooccurrence.flatMap((p) => [p.a, p.b])]).size)
  })

  it('keeps one article: its events, its entities, its pairs', () => {
    const article = corpus.articles.find((a) => a.file.includes('undated'))!
    const v = filterCorpus(corpus, f({ articles: [article.id] }), sources)
    expect(v.articles.map((a) => a.id)).toEqual([article.id])
    expect(v.events.every((e) => e.sources.some((s) => s.articleId === article.id))).toBe(true)
    expect(v.entities.every((e) => e.mentions.every((m) => m.articleId === article.id))).toBe(true)
    expect(v.cooccurrence.every((p) => (p.articleCount ?? 1) === 1)).toBe(true)
  })

  it('recounts co-occurrence over the sentences of the kept events only', () => {
    const v = filterCorpus(corpus, f({ types: ['resignation'] }), sources)
    // The resignation sentence names one person and nobody else.
    expect(v.events).toHaveLength(1)
    expect(v.cooccurrence).toEqual([])
    expect(v.entities.map((e) => e.name)).toEqual(['كريم العلوي'])
  })

  it('keeps nothing for an unknown entity id (a stale bookmark)', () => {
    const v = filterCorpus(corpus, f({ entities: ['e-nope'] }), sources)
    expect(v.events).toEqual([])
    expect(v.articles).toEqual([])
  })
})

describe('filters in the URL', () => {
  it('round-trips', () => {
    const filters = f({
      from: '2030-03-12',
      to: '2030-03-14',
      types: ['protest', 'clash'],
      entities: ['e-0123abcd'],
      articles: ['a-00ff'],
    })
    const q = new URLSearchParams(filtersToQuery(filters))
    expect(filtersFromQuery(q)).toEqual(filters)
  })

  it('writes nothing for empty filters', () => {
    expect(filtersToQuery(emptyFilters())).toEqual({})
    expect(isEmptyFilters(filtersFromQuery(new URLSearchParams('demo&x=1')))).toBe(true)
  })

  it.each([
    ['from=2030-3-1', {}],
    ['from=yesterday&to=2030-03-01', { to: '2030-03-01' }],
    ['types=protest,bogus,protest', { types: ['protest'] }],
    ['entities=e-1,<script>,e-2', { entities: ['e-1', 'e-2'] }],
    ['articles=', {}],
  ])('ignores what is malformed: %s', (query, expected) => {
    expect(filtersFromQuery(new URLSearchParams(query))).toEqual(f(expected as Partial<Filters>))
  })
})
