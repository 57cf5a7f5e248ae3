import MiniSearch from 'minisearch'
import { searchTerm } from './terms'
import type { Corpus, EventType } from '../pipeline/types'

export { searchTerm }

export type HitKind = 'article' | 'event' | 'entity'

export interface SearchHit {
  kind: HitKind
  /** Article, event or entity id. */
  ref: string
  /** What to show: a title, an entity name, the event's sentence. */
  title: string
  /** For events and entity mentions: the article to open. */
  articleId?: string
  score: number
}

interface Doc {
  id: string
  kind: HitKind
  ref: string
  title: string
  text: string
  articleId?: string
}

/**
 * A full-text index of the corpus (articles, events, entities) with Arabic normalisation, so that
 * "الإمارات" finds "الامارات" and "مستشفى" finds "مستشفي". Event types are indexed in every UI
 * language, so "protest" and "احتجاج" both find protests.
 */
export function buildSearchIndex(
  corpus: Corpus,
  typeNames: (t: EventType) => string[],
): { search: (q: string, limit?: number) => SearchHit[] } {
  const docs: Doc[] = []
  for (const a of corpus.articles) {
    docs.push({
      id: `a:${a.id}`,
      kind: 'article',
      ref: a.id,
      title: a.title ?? a.file,
      text: a.text,
    })
  }
  for (const e of corpus.events) {
    const src = e.sources[0]
    docs.push({
      id: `v:${e.id}`,
      kind: 'event',
      ref: e.id,
      title: src?.sentence ?? e.type,
      text: [...typeNames(e.type), ...e.sources.map((s) => s.sentence)].join(' \n '),
      articleId: src?.articleId,
    })
  }
  for (const e of corpus.entities) {
    docs.push({
      id: `e:${e.id}`,
      kind: 'entity',
      ref: e.id,
      title: e.name,
      text: [e.name, ...e.aliases].join(' \n '),
    })
  }
  const index = new MiniSearch<Doc>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'ref', 'title', 'articleId'],
    processTerm: searchTerm,
    searchOptions: {
      boost: { title: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 5 ? 0.2 : false),
      combineWith: 'AND',
      // An entity's name is short: a match there should outrank a long article.
      boostDocument: (_id, _term, stored) => (stored?.kind === 'entity' ? 1.5 : 1),
    },
  })
  // Ids are unique in a well-formed corpus; a duplicate must not break search, so it is skipped.
  const seen = new Set<string>()
  index.addAll(docs.filter((d) => !seen.has(d.id) && seen.add(d.id)))
  return {
    search(q, limit = 12) {
      if (!q.trim()) return []
      return index
        .search(q)
        .slice(0, limit)
        .map((r) => ({
          kind: r.kind as HitKind,
          ref: r.ref as string,
          title: r.title as string,
          articleId: r.articleId as string | undefined,
          score: r.score,
        }))
    },
  }
}
