import type { Article, DateSource, Sentence, Span, Timex } from '../types'
import { END_POINT_WORDS } from './lexicon/cues'
import { tokenKey } from './tokens'

/**
 * The day an event happened, and how we know it:
 *   explicit     a day-precise time expression in the event's own clause, the nearest to the
 *                trigger ("حتى 19 يناير" is where something ends: never an event's date)
 *   narrative    the last day named earlier in the same sentence; else the story's current date:
 *                the last day named in a main clause of an earlier sentence. A day named in a
 *                subordinate clause ("..., حيث اندلعت الاحتجاجات في 2 يناير") is background and
 *                does not move the story, nor does a day after publication (a plan).
 *   publication  before the story names a day, only the publication date: "reported on"
 *   none         unknown: null, never a guess
 */

export interface EventDate {
  date: string | null
  source: DateSource
}

interface DayTimex {
  start: number
  end: number
  day: string
  endPoint: boolean
}

const END_POINTS = new Set(END_POINT_WORDS.map(tokenKey))
const RE_DAY = /^\d{4}-\d{2}-\d{2}/

export interface DateFinder {
  dateOf(sentenceIndex: number, clause: Span, trigger: Span): EventDate
  /** Moves the story on past sentence i, given its clauses (called for every sentence, in order). */
  endSentence(sentenceIndex: number, clauses: (Span & { sub: boolean })[]): void
}

export function makeDateFinder(
  article: Article,
  sentences: Sentence[],
  timexes: Timex[],
): DateFinder {
  const days: DayTimex[][] = sentences.map((s) =>
    timexes
      .filter((t) => t.start >= s.start && t.end <= s.end && isDay(t))
      .map((t) => ({
        start: t.start,
        end: t.end,
        day: t.value!.slice(0, 10),
        endPoint: END_POINTS.has(wordBefore(article.text, t.start)),
      }))
      .sort((a, b) => a.start - b.start),
  )
  const published = article.published?.slice(0, 10) ?? null
  let current: EventDate | null = null

  return {
    dateOf(i, clause, trigger) {
      const sentenceDays = days[i] ?? []
      const own = sentenceDays.filter(
        (d) => d.start >= clause.start && d.end <= clause.end && !d.endPoint,
      )
      if (own.length) {
        const best = own.reduce((a, b) =>
          Math.abs(b.start - trigger.start) < Math.abs(a.start - trigger.start) ? b : a,
        )
        return { date: best.day, source: 'explicit' }
      }
      const earlier = sentenceDays.filter((d) => d.end <= clause.start && !d.endPoint)
      if (earlier.length) return { date: earlier[earlier.length - 1]!.day, source: 'narrative' }
      if (current) return current
      return published ? { date: published, source: 'publication' } : none()
    },
    endSentence(i, clauses) {
      const main = (days[i] ?? []).filter(
        (d) =>
          !d.endPoint &&
          (!published || d.day <= published) &&
          !clauses.some((c) => c.sub && c.start <= d.start && d.end <= c.end),
      )
      if (main.length) current = { date: main[main.length - 1]!.day, source: 'narrative' }
    },
  }
}

function none(): EventDate {
  return { date: null, source: 'none' }
}

function isDay(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && RE_DAY.test(t.value ?? '')
}

function wordBefore(text: string, at: number): string {
  const m = /(\p{L}+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, at - 24), at))
  return m ? tokenKey(m[1]!) : ''
}
