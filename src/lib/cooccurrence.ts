import { computeCooccurrence } from '../pipeline/entities/cooccurrence'
import type { ArticleResult, Cooccurrence, Entity, Sentence } from '../pipeline/types'

/** What co-occurrence needs of a parsed article: its id and its sentences. */
export type SentenceSource = Pick<ArticleResult, 'article' | 'sentences'>

/**
 * Co-occurrence recounted over a subset of sentences (the articles and events a filter keeps) or
 * after the user merged or split entities. Reuses the pipeline's own counting, so the numbers mean
 * the same thing as the parser's.
 */
export function recount(
  sources: SentenceSource[],
  entities: Entity[],
  keep: (articleId: string, s: Sentence) => boolean = () => true,
): Cooccurrence[] {
  const results = sources.map((r): ArticleResult => ({
    article: r.article,
    sentences: r.sentences.filter((s) => keep(r.article.id, s)),
    timexes: [],
    mentions: [],
    events: [],
    deployments: [],
  }))
  return computeCooccurrence(results, entities)
}
