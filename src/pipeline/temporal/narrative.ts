import type { Article, DateSource, Sentence, Timex } from '../types'

/** The date a sentence's events happened on, as far as the time layer can tell. */
export interface SentenceDate {
  /** "YYYY-MM-DD" or null. */
  date: string | null
  /**
   * explicit: a day-precise time expression in the sentence; narrative: carried over from the
   * story's previous date; publication: only the publication date; none: unknown.
   */
  source: DateSource
  /** The timex the date came from, when there is one. */
  timex?: Timex
}

/**
 * For every sentence, the day its events most likely happened on. The event layer uses it when
 * an event's own clause has no date.
 *
 * FOUNDATION STUB: the first day-precise DATE timex in the sentence, else the publication day.
 * Issue 4 (narrative anchoring) replaces it.
 */
export function sentenceDates(
  article: Article,
  sentences: Sentence[],
  timexes: Timex[],
): SentenceDate[] {
  const published = article.published?.slice(0, 10) ?? null
  return sentences.map((s) => {
    const timex = timexes.find(
      (t) =>
        t.type === 'DATE' &&
        t.start >= s.start &&
        t.end <= s.end &&
        /^\d{4}-\d{2}-\d{2}$/.test(t.value ?? ''),
    )
    if (timex) return { date: timex.value, source: 'explicit', timex }
    return published ? { date: published, source: 'publication' } : { date: null, source: 'none' }
  })
}
