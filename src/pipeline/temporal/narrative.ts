import type { Article, DateSource, Sentence, Timex } from '../types'
import { parseReference, formatDate } from './dates'

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

const DAY = /^\d{4}-\d{2}-\d{2}/

/**
 * For every sentence, the day its events most likely happened on. The event layer uses it when
 * an event's own clause has no date.
 *
 * A sentence that pins a day (its first DATE or TIME timex with a day-precise value: "في 2
 * يناير", "أمس", "بعد يومين", a range's first day) is dated by it. A sentence that does not
 * inherits the story's current date: the last day an earlier sentence pinned, as news tells a
 * story in order ("في 2 يناير خرجت حشود ... واستخدمت الشرطة القنابل"), or the publication date
 * before any. A day after the publication date (a plan: "ستعقد القمة في 20 يناير") dates its own
 * sentence but does not move the story.
 */
export function sentenceDates(
  article: Article,
  sentences: Sentence[],
  timexes: Timex[],
): SentenceDate[] {
  const reference = parseReference(article.published)
  const published = reference ? formatDate(reference.date) : null
  let story: SentenceDate = published
    ? { date: published, source: 'publication' }
    : { date: null, source: 'none' }
  const pinned = timexes
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && DAY.test(t.value ?? ''))
    .sort((a, b) => a.start - b.start)
  let next = 0
  return sentences.map((s) => {
    while (next < pinned.length && pinned[next]!.start < s.start) next++
    const timex = pinned[next]
    if (!timex || timex.start >= s.end) return story
    const date = timex.value!.slice(0, 10)
    if (!published || date <= published) story = { date, source: 'narrative', timex }
    return { date, source: 'explicit', timex }
  })
}
