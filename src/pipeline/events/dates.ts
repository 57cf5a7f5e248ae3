import type { Article, DateSource, Sentence, Span, Timex } from '../types'
import { sentenceDates, type SentenceDate } from '../temporal/narrative'
import { END_POINT_WORDS } from './lexicon/cues'
import { tokenKey } from './tokens'

/**
 * The day an event happened, and how we know it:
 *   explicit     a day-precise time expression in the event's own clause, the nearest to the
 *                trigger ("حتى 19 يناير" is where something ends: never an event's date)
 *   narrative    the last day named earlier in the same sentence, else the story's date for the
 *                sentence from the time layer (`sentenceDates`)
 *   publication  only the publication date: "reported on"
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
}

export function makeDateFinder(
  article: Article,
  sentences: Sentence[],
  timexes: Timex[],
): DateFinder {
  const story: SentenceDate[] = sentenceDates(article, sentences, timexes)
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

  /** The date the story has reached when sentence i begins. */
  const entering = (i: number): EventDate => {
    if (i === 0) return published ? { date: published, source: 'publication' } : none()
    const prev = days[i - 1]!.filter((d) => !d.endPoint)
    if (prev.length) return { date: prev[prev.length - 1]!.day, source: 'narrative' }
    return fromStory(story[i - 1]!)
  }

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
      const s = story[i]
      if (!s) return none()
      // The sentence's own date comes later in the sentence: this clause still belongs to the
      // date the story had before it.
      if (s.timex && sentenceDays.some((d) => d.start === s.timex!.start)) return entering(i)
      return fromStory(s)
    },
  }
}

function fromStory(s: SentenceDate): EventDate {
  if (!s.date) return none()
  return { date: s.date, source: s.source === 'explicit' ? 'narrative' : s.source }
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
