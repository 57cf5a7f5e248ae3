import type { Article, Sentence, Timex } from '../types'

/**
 * Temporal tagging: every date, time, duration and set expression in an article, pinned to the
 * calendar where the text allows it.
 *
 * FOUNDATION STUB: finds nothing. Issue 4 fills it in.
 */
export function tagTemporal(article: Article, sentences: Sentence[]): Timex[] {
  void article
  void sentences
  return []
}
