import type { Article, Corpus, Entity, MirsadEvent, Quantity } from '../pipeline/types'
import { toCsv, type Cell } from './csv'

/**
 * Corpus → tables for other tools. Event columns follow ACLED's where they mean the same thing
 * (event_date, event_type, actor1, actor2, assoc_actor, location, fatalities, source, notes →
 * sentence), so analysts can line the two up; entity and edge tables use the column names Gephi
 * imports (id/label, source/target/weight).
 */
export const EVENT_COLUMNS = [
  'event_id',
  'event_date',
  'year',
  'date_precision',
  'date_source',
  'event_type',
  'modality',
  'actor1',
  'actor2',
  'assoc_actors',
  'location',
  'other_locations',
  'fatalities',
  'injured',
  'arrested',
  'troops',
  'aircraft',
  'vehicles',
  'quantities',
  'source_file',
  'outlet',
  'url',
  'published',
  'article_id',
  'sources',
  'sentence',
  'trigger',
  'rule',
] as const

export type EventRow = Record<(typeof EVENT_COLUMNS)[number], string | number | null>

/** "YYYY-MM-DD" → day, "YYYY-MM" → month, "YYYY" → year; anything else is unknown. */
export function datePrecision(date: string | null): 'day' | 'month' | 'year' | 'unknown' {
  if (!date) return 'unknown'
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return 'day'
  if (/^\d{4}-\d{2}$/.test(date)) return 'month'
  if (/^\d{4}$/.test(date)) return 'year'
  return 'unknown'
}

function sumOf(quantities: Quantity[], unit: Quantity['unit']): number | null {
  const of = quantities.filter((q) => q.unit === unit)
  return of.length ? of.reduce((n, q) => n + q.value, 0) : null
}

function lookup(corpus: Corpus) {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]))
  const articles = new Map(corpus.articles.map((a) => [a.id, a]))
  const name = (id: string) => entities.get(id)?.name ?? id
  return { name, article: (id: string | undefined): Article | undefined => articles.get(id ?? '') }
}

export function eventRows(corpus: Corpus): EventRow[] {
  const { name, article } = lookup(corpus)
  return corpus.events.map((e: MirsadEvent): EventRow => {
    const source = e.sources[0]
    const a = article(source?.articleId)
    const actors = e.actors.map(name)
    const places = e.locations.map(name)
    return {
      event_id: e.id,
      event_date: e.date,
      year: e.date ? Number(e.date.slice(0, 4)) : null,
      date_precision: datePrecision(e.date),
      date_source: e.dateSource,
      event_type: e.type,
      modality: e.modality,
      actor1: actors[0] ?? null,
      actor2: actors[1] ?? null,
      assoc_actors: actors.slice(2).join('; ') || null,
      location: places[0] ?? null,
      other_locations: places.slice(1).join('; ') || null,
      fatalities: sumOf(e.quantities, 'killed'),
      injured: sumOf(e.quantities, 'injured'),
      arrested: sumOf(e.quantities, 'arrested'),
      troops: sumOf(e.quantities, 'troops'),
      aircraft: sumOf(e.quantities, 'aircraft'),
      vehicles: sumOf(e.quantities, 'vehicles'),
      quantities: e.quantities.map((q) => q.text).join('; ') || null,
      source_file: a?.file ?? null,
      outlet: a?.outlet ?? null,
      url: a?.url ?? null,
      published: a?.published ?? null,
      article_id: source?.articleId ?? null,
      sources: e.sources.length,
      sentence: source?.sentence ?? null,
      trigger: e.trigger ?? null,
      rule: e.rule ?? null,
    }
  })
}

export function eventsCsv(corpus: Corpus): string {
  const rows = eventRows(corpus)
  return toCsv(
    [...EVENT_COLUMNS],
    rows.map((r) => EVENT_COLUMNS.map((c): Cell => r[c])),
  )
}

/**
 * Events as JSON: the same columns, plus what a flat table loses (every source sentence, entity
 * ids, quantities with units and qualifiers).
 */
export function eventsJson(corpus: Corpus): string {
  const { name, article } = lookup(corpus)
  const rows = eventRows(corpus)
  const events = corpus.events.map((e, i) => ({
    ...rows[i],
    actors: e.actors.map((id) => ({ id, name: name(id) })),
    locations: e.locations.map((id) => ({ id, name: name(id) })),
    quantity_list: e.quantities.map(({ value, unit, text, qualifier, model }) => ({
      value,
      unit,
      text,
      qualifier: qualifier ?? null,
      model: model ?? null,
    })),
    source_list: e.sources.map((s) => ({
      article_id: s.articleId,
      source_file: article(s.articleId)?.file ?? null,
      sentence: s.sentence,
      start: s.start,
      end: s.end,
      date: s.date ?? null,
    })),
  }))
  return (
    JSON.stringify(
      {
        schemaVersion: corpus.schemaVersion ?? null,
        parserVersion: corpus.parserVersion ?? null,
        events,
      },
      null,
      2,
    ) + '\n'
  )
}

export const ENTITY_COLUMNS = ['id', 'label', 'type', 'aliases', 'mentions', 'articles']

export function entitiesCsv(corpus: Corpus): string {
  return toCsv(
    ENTITY_COLUMNS,
    corpus.entities.map((e: Entity) => [
      e.id,
      e.name,
      e.type,
      e.aliases.join('; '),
      e.mentions.length,
      new Set(e.mentions.map((m) => m.articleId)).size,
    ]),
  )
}

export const EDGE_COLUMNS = [
  'source',
  'target',
  'type',
  'weight',
  'source_label',
  'target_label',
  'sentences',
  'paragraphs',
  'articles',
  'score',
]

export function cooccurrenceCsv(corpus: Corpus): string {
  const { name } = lookup(corpus)
  return toCsv(
    EDGE_COLUMNS,
    corpus.cooccurrence.map((c) => [
      c.a,
      c.b,
      'Undirected',
      c.count,
      name(c.a),
      name(c.b),
      c.count,
      c.paragraphCount ?? null,
      c.articleCount ?? null,
      c.score,
    ]),
  )
}
