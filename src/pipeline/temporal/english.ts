/**
 * English articles go through chrono-node, the maintained English date parser; this file only
 * maps its results to TIMEX3 values. The reference is the publication date taken as a UTC
 * instant, and every component is read back in that same frame, so the machine's time zone
 * never shifts a day.
 */
import * as chrono from 'chrono-node'
import { parseReference } from './dates'
import { durationValue } from './constants'
import type { TagResult, TaggedExpression } from './index'
import type { Unit } from './types'

const LEADING_PREPOSITION = /^(?:on|in|at|from|since|by|during|until|till)\s+/i
const DURATION =
  /^(?:for|within|over)\s+(?:the\s+(?:past|last|next)\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+(day|week|month|year|hour|minute)s?$/i
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}

type Components = chrono.ParsedResult['start']

export function tagEnglish(text: string, published: string | null): TagResult {
  const ref = parseReference(published)
  const instant = ref
    ? new Date(
        Date.UTC(ref.date.y, ref.date.m - 1, ref.date.d, ref.time?.h ?? 12, ref.time?.mi ?? 0),
      )
    : new Date(Date.UTC(2000, 0, 1, 12))
  const timexes: TaggedExpression[] = []
  for (const r of chrono.parse(text, { instant, timezone: 0 })) {
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0
    const start = r.index + lead
    const end = r.index + r.text.length
    const expression = text.slice(start, end)
    const duration = DURATION.exec(r.text)
    if (duration) {
      const n = NUMBER_WORDS[duration[1]!.toLowerCase()] ?? Number(duration[1])
      const value = durationValue(Number.isFinite(n) ? n : 'X', duration[2]!.toLowerCase() as Unit)
      timexes.push({
        text: r.text,
        start: r.index,
        end,
        type: 'DURATION',
        value,
        anchor: 'explicit',
        rule: 'chrono',
      })
      continue
    }
    const from = valueOf(r.start, !!ref)
    const to = r.end ? valueOf(r.end, !!ref) : null
    const certain =
      !isRelative(r.start) && ['year', 'month', 'day'].every((k) => r.start.isCertain(k as 'year'))
    timexes.push({
      text: expression,
      start,
      end,
      type: r.start.isCertain('hour') ? 'TIME' : 'DATE',
      value: to ? `${from}/${to}` : from,
      anchor: certain ? 'explicit' : ref ? 'publication' : 'none',
      rule: 'chrono',
    })
  }
  return { timexes, warnings: [] }
}

/** "yesterday", "two days ago": chrono marks the day certain, but it comes from the reference. */
function isRelative(c: Components): boolean {
  return [...c.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference'))
}

/** A chrono component set as TIMEX3, with X digits for what only a reference would give. */
function valueOf(c: Components, anchored: boolean): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  const known = (k: 'year' | 'month' | 'day' | 'hour' | 'weekday') => anchored || c.isCertain(k)
  const relative = isRelative(c)
  const year = known('year') ? pad(c.get('year') ?? 0, 4) : 'XXXX'
  const month = known('month') ? pad(c.get('month') ?? 1) : 'XX'
  const day = known('day') ? pad(c.get('day') ?? 1) : 'XX'
  const hasDay = c.isCertain('day') || c.isCertain('weekday') || relative
  if (!hasDay) return c.isCertain('month') ? `${year}-${month}` : year
  if (!anchored && !c.isCertain('day') && c.isCertain('weekday')) {
    return `XXXX-WXX-${c.get('weekday') === 0 ? 7 : c.get('weekday')}`
  }
  const date = `${year}-${month}-${day}`
  if (!c.isCertain('hour')) return date
  return `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`
}
