import type { Article, EntityMention, Sentence } from '../types'

/**
 * Named entities of one article: people, organisations and places, each mention resolved to a
 * canonical name within the article.
 *
 * FOUNDATION STUB: finds nothing. Issue 5 fills it in.
 */
export function tagEntities(article: Article, sentences: Sentence[]): EntityMention[] {
  void article
  void sentences
  return []
}
