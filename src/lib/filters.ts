import { EVENT_TYPES } from '../pipeline/types'
import type {
  Article,
  Cooccurrence,
  Corpus,
  Deployment,
  Entity,
  EventType,
  MirsadEvent,
  Span,
} from '../pipeline/types'
import { recount, type SentenceSource } from './cooccurrence'

/** What the user narrowed the dashboard to. Empty lists mean "all". */
export interface Filters {
  /** Inclusive calendar-day range, "YYYY-MM-DD" or null for open. */
  from: string | null
  to: string | null
  types: EventType[]
  /** Entity ids: an event must involve every one of them. */
  entities: string[]
  /** Article ids: an event must have a source in one of them. */
  articles: string[]
}

export function emptyFilters(): Filters {
  return { from: null, to: null, types: [], entities: [], articles: [] }
}

export function isEmptyFilters(f: Filters): boolean {
  return !f.from && !f.to && !f.types.length && !f.entities.length && !f.articles.length
}

const RE_DAY = /^\d{4}-\d{2}-\d{2}$/
const RE_ID = /^[\w-]{1,80}$/

export const FILTER_KEYS = ['from', 'to', 'types', 'entities', 'articles'] as const

/** Query parameters (for the URL) of a filter state; empty filters write nothing. */
export function filtersToQuery(f: Filters): Record<string, string> {
  const q: Record<string, string> = {}
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  if (f.types.length) q.types = f.types.join(',')
  if (f.entities.length) q.entities = f.entities.join(',')
  if (f.articles.length) q.articles = f.articles.join(',')
  return q
}

/** A filter state from query parameters; anything malformed is ignored. */
export function filtersFromQuery(params: URLSearchParams): Filters {
  const list = (key: string) => [
    ...new Set((params.get(key) ?? '').split(',').filter((s) => RE_ID.test(s))),
  ]
  const day = (key: string) => {
    const v = params.get(key)
    return v && RE_DAY.test(v) ? v : null
  }
  return {
    from: day('from'),
    to: day('to'),
    types: list('types').filter((t): t is EventType => EVENT_TYPES.includes(t as EventType)),
    entities: list('entities'),
    articles: list('articles'),
  }
}

/** The part of the corpus the filters keep: what every chart, table and the reader show. */
export interface CorpusView {
  articles: Article[]
  events: MirsadEvent[]
  deployments: Deployment[]
  /** Entities with their mentions in the kept articles (and event sentences, when filtered). */
  entities: Entity[]
  cooccurrence: Cooccurrence[]
  /** Totals before filtering, for "5 of 12". */
  total: { events: number; deployments: number; articles: number; pairs: number }
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end

/**
 * Applies the filters. An event passes when its date is in range (undated events only when no
 * range is set), its type is chosen, it has a source in a chosen article and it involves every
 * chosen entity (as actor or location, or named in one of its sentences). Deployments follow their
 * events. Co-occurrence is recounted over the kept sentences: those of the kept articles and, when
 * a date or type filter is set, only the sentences that report a kept event. Around chosen
 * entities, the graph keeps them and their neighbours.
 */
export function filterCorpus(
  corpus: Corpus,
  filters: Filters,
  sources: SentenceSource[] = [],
): CorpusView {
  const total = {
    events: corpus.events.length,
    deployments: corpus.deployments.length,
    articles: corpus.articles.length,
    pairs: corpus.cooccurrence.length,
  }
  if (isEmptyFilters(filters)) {
    const { articles, events, deployments, entities, cooccurrence } = corpus
    return { articles, events, deployments, entities, cooccurrence, total }
  }
  const entityById = new Map(corpus.entities.map((e) => [e.id, e]))
  const chosenEntities = filters.entities.map((id) => entityById.get(id))
  const articleSet = filters.articles.length ? new Set(filters.articles) : null
  const typeSet = filters.types.length ? new Set(filters.types) : null
  const dated = Boolean(filters.from || filters.to)
  const eventFilter = dated || typeSet !== null

  const involves = (e: MirsadEvent, entity: Entity | undefined) =>
    entity !== undefined &&
    (e.actors.includes(entity.id) ||
      e.locations.includes(entity.id) ||
      entity.mentions.some((m) =>
        e.sources.some((s) => s.articleId === m.articleId && within(m, s)),
      ))

  const events = corpus.events.filter((e) => {
    if (dated && !inRange(e.date, filters)) return false
    if (typeSet && !typeSet.has(e.type)) return false
    if (articleSet && !e.sources.some((s) => articleSet.has(s.articleId))) return false
    return chosenEntities.every((entity) => involves(e, entity))
  })
  const eventIds = new Set(events.map((e) => e.id))
  const knownEvents = new Set(corpus.events.map((e) => e.id))
  const deployments = corpus.deployments.filter((d) =>
    knownEvents.has(d.eventId) ? eventIds.has(d.eventId) : deploymentPasses(d, filters),
  )

  // Articles: the chosen ones, those that report a kept event (under a date or type filter) and
  // those that name every chosen entity.
  const reporting = new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))
  const naming = (articleId: string) =>
    chosenEntities.every((entity) => entity?.mentions.some((m) => m.articleId === articleId))
  const articles = corpus.articles.filter(
    (a) =>
      (!articleSet || articleSet.has(a.id)) &&
      (!eventFilter || reporting.has(a.id)) &&
      naming(a.id),
  )
  const keptArticles = new Set(articles.map((a) => a.id))

  const eventSpans = new Map<string, Span[]>()
  for (const e of events) {
    for (const s of e.sources) {
      eventSpans.set(s.articleId, [...(eventSpans.get(s.articleId) ?? []), s])
    }
  }
  const inEvents = (articleId: string, span: Span) =>
    (eventSpans.get(articleId) ?? []).some((s) => within(span, s) || within(s, span))
  const keep = (articleId: string, span: Span) =>
    keptArticles.has(articleId) && (!eventFilter || inEvents(articleId, span))

  let entities = corpus.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => keep(m.articleId, m)) }))
    .filter((e) => e.mentions.length > 0)
  const ids = new Set(entities.map((e) => e.id))
  const usable = sources.filter((r) => keptArticles.has(r.article.id))
  let cooccurrence = usable.length
    ? recount(usable, entities, keep)
    : corpus.cooccurrence.filter((p) => ids.has(p.a) && ids.has(p.b))
  if (filters.entities.length) {
    const chosen = new Set(filters.entities)
    cooccurrence = cooccurrence.filter((p) => chosen.has(p.a) || chosen.has(p.b))
    const near = new Set([...chosen, ...cooccurrence.flatMap((p) => [p.a, p.b])])
    entities = entities.filter((e) => near.has(e.id))
  }
  return { articles, events, deployments, entities, cooccurrence, total }
}

function inRange(date: string | null, f: Filters): boolean {
  if (!date) return false
  if (f.from && date < f.from) return false
  if (f.to && date > f.to) return false
  return true
}

/** A deployment whose event is unknown is judged on its own fields. */
function deploymentPasses(d: Deployment, f: Filters): boolean {
  if ((f.from || f.to) && !inRange(d.date, f)) return false
  if (f.types.length && !f.types.includes(d.kind ?? 'deployment')) return false
  const ids = [d.sender, d.origin, d.destination, d.mission]
  return f.entities.every((id) => ids.includes(id))
}
