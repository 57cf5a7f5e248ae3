import type { Article, DateSource, Sentence, Span, Timex } from '../types'
import { ordinalValue } from '../lexicon/numbers'
import { EARLIER_CUES, END_POINT_WORDS, PERIOD_PREPS, SEQUENCE_DAY_CUES } from './lexicon/cues'
import { bySentence, inStamp, type Layout } from './layout'
import { compilePattern, findMatches } from './pattern'
import { tokenKey, type Token } from './tokens'

/**
 * The day an event happened, and how we know it:
 *   explicit     a day-precise time expression in the event's own clause, the nearest to the
 *                trigger ("حتى 19 يناير" is where something ends: never an event's date; a day
 *                after publication is a plan, never the date of something that happened)
 *   narrative    the last day named earlier in the same sentence; else the story's current date:
 *                the last day named in a main clause of an earlier sentence. A day named in a
 *                subordinate clause ("..., حيث اندلعت الاحتجاجات في 2 يناير") is background and
 *                does not move the story, nor does a day after publication (a plan), a day in
 *                the article's header (its publication stamp) or in a flashback ("وكانت ... قد").
 *                A statement is dated by the latest day the story has reached: a reaction does
 *                not go back in time with a flashback.
 *   publication  before the story names a day, only the publication date: "reported on". Also
 *                what a flashback with no date of its own gets ("وكانت الوزارة قد أعلنت مقتل ...",
 *                "بعد أسابيع من طلب الحكومة ..."): it happened by then, we cannot say when.
 *   none         unknown: null, never a guess. Also when the clause names a month, a year or a
 *                week that the fallback day is not in ("في عام 2013").
 * A span that ends by publication ("خلال اليومين الماضيين") gives its first day and `end`.
 */

export interface EventDate {
  date: string | null
  source: DateSource
  /** Last day of a span: the event happened on one of the days from `date` to `end`. */
  end?: string
}

export interface DateQuery {
  sentence: number
  clause: Span
  trigger: Span
  /** A statement or request: said on the story's latest day. */
  speech: boolean
  /** Told as before the story's day, by an unknown amount (see `earlierSpans`). */
  earlier: boolean
  /** The event may lie after publication (planned, conditional). */
  future: boolean
  /** Time expressions from this offset on date what a call asks for, not the call. */
  until?: number
  /** The clause says it is the n-th day of something ("لليوم الرابع على التوالي"). */
  sequence?: number
}

/** "لليوم الرابع على التوالي" in a sentence: where, and which day (4). */
export interface SequenceCue extends Span {
  n: number
}

interface DayTimex {
  start: number
  end: number
  day: string
  /** Last day of a span that ends by publication. */
  last?: string
  endPoint: boolean
}

interface CoarseTimex extends Span {
  /** "2013", "2024-01", "2024-W10" */
  value: string
}

const END_POINTS = new Set(END_POINT_WORDS.map(tokenKey))
const EARLIER = EARLIER_CUES.map(compilePattern)
const RE_DAY = /^(\d{4}-\d{2}-\d{2})(?:T[\d:A-Z]*)?(?:\/(\d{4}-\d{2}-\d{2}))?/
const COARSE_PREPS = new Set(PERIOD_PREPS.map(tokenKey))
const RE_COARSE = /^\d{4}(?:-\d{2}|-W\d{2})?$/
/** A span longer than this is a period (a state of emergency), not an uncertain day. */
const MAX_SPAN_DAYS = 7

export interface DateFinder {
  dateOf(q: DateQuery): EventDate
  /**
   * Moves the story on past sentence i, given its clauses and the spans told as earlier
   * (called for every sentence, in order).
   */
  endSentence(
    sentenceIndex: number,
    clauses: (Span & { sub: boolean })[],
    earlier: Span[],
    sequences: SequenceCue[],
  ): void
}

export function makeDateFinder(
  article: Article,
  sentences: Sentence[],
  timexes: Timex[],
  layout: Layout,
): DateFinder {
  const published = article.published?.slice(0, 10) ?? null
  const perSentence = bySentence(sentences, timexes)
  const inSentence = (i: number) => perSentence[i]!.filter((t) => !inStamp(layout, t))
  const days: DayTimex[][] = sentences.map((_, i) =>
    inSentence(i)
      .map((t) => dayOf(t, article.text, published))
      .filter((d) => d !== null)
      .sort((a, b) => a.start - b.start),
  )
  const coarse: CoarseTimex[][] = sentences.map((_, i) =>
    inSentence(i)
      .filter((t) => t.type === 'DATE' && RE_COARSE.test(t.value ?? '') && marked(t, article.text))
      .map((t) => ({ start: t.start, end: t.end, value: t.value! })),
  )
  let current: EventDate | null = null
  let latest: EventDate | null = null
  const fallback: EventDate = published
    ? { date: published, source: 'publication' }
    : { date: null, source: 'none' }

  /** The n-th day of what began on the earliest day the sentence names, if it names one. */
  const sequenceDay = (i: number, n: number): string | null => {
    const starts = (days[i] ?? []).filter((d) => !d.endPoint && (!published || d.day <= published))
    if (!starts.length || n < 2) return null
    const first = starts.map((d) => d.day).sort()[0]!
    const day = addDays(first, n - 1)
    return published && day > published ? null : day
  }

  const find = (q: DateQuery): EventDate => {
    const sentenceDays = days[q.sentence] ?? []
    const own = sentenceDays.filter(
      (d) =>
        d.start >= q.clause.start &&
        d.end <= q.clause.end &&
        !d.endPoint &&
        (q.until === undefined || d.start < q.until) &&
        (q.future || !published || d.day <= published),
    )
    if (own.length) {
      const best = own.reduce((a, b) =>
        Math.abs(b.start - q.trigger.start) < Math.abs(a.start - q.trigger.start) ? b : a,
      )
      return { date: best.day, source: 'explicit', ...(best.last ? { end: best.last } : {}) }
    }
    if (q.earlier) return fallback
    const nth = q.sequence === undefined ? null : sequenceDay(q.sentence, q.sequence)
    if (nth) return { date: nth, source: 'narrative' }
    const before = sentenceDays.filter((d) => d.end <= q.clause.start && !d.endPoint)
    if (before.length) return { date: before[before.length - 1]!.day, source: 'narrative' }
    return (q.speech ? latest : current) ?? fallback
  }

  return {
    dateOf(q) {
      const found = find(q)
      // "في عام 2013": a fallback day outside the month, year or week the clause names is wrong.
      // A period after publication ("بإضراب جديد الشهر المقبل") is a plan the clause mentions,
      // as is what a call asks for: neither says when the event itself happened.
      const named = (coarse[q.sentence] ?? []).filter(
        (c) =>
          c.start >= q.clause.start &&
          c.end <= q.clause.end &&
          (q.until === undefined || c.start < q.until) &&
          (q.future || !published || !after(c.value, published)),
      )
      // The period nearest the trigger is its own ("أعلنت في ديسمبر الماضي تجميد الأجور للعام
      // الحالي": December, not the year the freeze covers).
      if (found.source !== 'explicit' && named.length) {
        const near = named.reduce((a, b) =>
          Math.abs(b.start - q.trigger.start) < Math.abs(a.start - q.trigger.start) ? b : a,
        )
        if (!found.date || !within(found.date, near.value)) return { date: null, source: 'none' }
      }
      return found
    },
    endSentence(i, clauses, earlier, sequences) {
      const main = (days[i] ?? []).filter(
        (d) =>
          !d.endPoint &&
          (!published || d.day <= published) &&
          !clauses.some((c) => c.sub && c.start <= d.start && d.end <= c.end) &&
          !earlier.some((e) => e.start <= d.start && d.end <= e.end),
      )
      const nth = sequences.length ? sequenceDay(i, sequences[0]!.n) : null
      if (!main.length && !nth) return
      current = { date: nth ?? main[main.length - 1]!.day, source: 'narrative' }
      if (!latest || current.date! > latest.date!) latest = current
    },
  }
}

/**
 * The parts of a sentence told as before the story's day: from a pluperfect ("وكانت الوزارة قد
 * أعلنت") or "في وقت سابق" to the end of the sentence, and what follows "بعد أيام من" in its
 * clause.
 */
export function earlierSpans(
  tokens: Token[],
  clauses: (Span & { first: number; last: number })[],
): Span[] {
  if (!tokens.length) return []
  const out: Span[] = []
  const toEnd = (first: number) =>
    out.push({ start: tokens[first]!.start, end: tokens.at(-1)!.end })
  for (const p of EARLIER) {
    for (const m of findMatches(p, tokens)) {
      const vague = /^(?:بعد|عقب)$/.test(tokens[m.first]!.key.replace(/^و/, ''))
      const clause = clauses.find((c) => c.first <= m.first && m.first <= c.last)
      if (vague && clause) out.push({ start: tokens[m.first]!.start, end: clause.end })
      else toEnd(m.first)
    }
  }
  return out
}

const SEQUENCES = SEQUENCE_DAY_CUES.map(compilePattern)

/** Where a sentence says "لليوم الرابع على التوالي", and the day's number. */
export function sequenceCues(tokens: Token[]): SequenceCue[] {
  const out: SequenceCue[] = []
  for (const p of SEQUENCES) {
    for (const m of findMatches(p, tokens)) {
      const word = tokens[m.first + 1]!.text
      const n = ordinalValue(word) ?? (Number(word.replace(/\D/g, '')) || undefined)
      if (n !== undefined) out.push({ start: tokens[m.first]!.start, end: tokens[m.last]!.end, n })
    }
  }
  return out
}

function addDays(day: string, n: number): string {
  const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + n)
  return new Date(t).toISOString().slice(0, 10)
}

function dayOf(t: Timex, text: string, published: string | null): DayTimex | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null
  const m = RE_DAY.exec(t.value ?? '')
  if (!m) return null
  const last = m[2]
  const span =
    last && published && last <= published && daysBetween(m[1]!, last) <= MAX_SPAN_DAYS
      ? last
      : undefined
  return {
    start: t.start,
    end: t.end,
    day: m[1]!,
    ...(span && span !== m[1] ? { last: span } : {}),
    endPoint: END_POINTS.has(wordBefore(text, t.start)),
  }
}

/** True when a TIMEX3 year, month or week begins after a day. */
function after(value: string, day: string): boolean {
  if (/^\d{4}-W\d{2}$/.test(value)) return value > isoWeek(day)
  return value > day.slice(0, value.length)
}

/** True when a day lies in a TIMEX3 year, month or week. */
function within(day: string, value: string): boolean {
  const week = /^(\d{4})-W(\d{2})$/.exec(value)
  if (!week) return day.startsWith(value)
  return isoWeek(day) === `${week[1]}-W${week[2]}`
}

function isoWeek(day: string): string {
  const t = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)))
  // The ISO week is the week of its Thursday, numbered within the Thursday's year.
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7) + 3)
  const year = t.getUTCFullYear()
  const week = 1 + Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

function daysBetween(a: string, b: string): number {
  const n = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10))
  return (n(b) - n(a)) / 86_400_000
}

/**
 * A year, month or week that surely names a period: with a number or more than one word ("عام
 * 2013"، "الشهر المقبل"), or after a preposition ("في يناير"). A bare month name may be a word
 * ("باب" holds آب): too weak to overrule the story's date.
 */
function marked(t: Timex, text: string): boolean {
  const words = text.slice(t.start, t.end)
  if (/\d/.test(words) || /\s/.test(words.trim())) return true
  return COARSE_PREPS.has(wordBefore(text, t.start))
}

function wordBefore(text: string, at: number): string {
  const m = /(\p{L}+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, at - 24), at))
  return m ? tokenKey(m[1]!) : ''
}
