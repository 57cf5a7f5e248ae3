import type { DateSource, MirsadEvent, Modality, Quantity } from '../types'

/**
 * Grouping reports of one event: the same type, a compatible date and overlapping actors or
 * places. Used within an article ("قال ... وأضاف ...", one event told twice) and across articles
 * (corpus merge). Pure and light: it also runs on the page's main thread.
 *
 * Dates are compatible when equal; when one is a span ("خلال اليومين الماضيين") that holds the
 * other; when one is only the publication date ("reported on") and the other a day up to three
 * days before it; and, within one article, when both are unknown. Arguments: when both events
 * have places they must share one, and the most specific: two protests in two cities of the
 * country every article names are two protests; else when both have actors they must share
 * one; an event with neither merges only within its own article. Statements need the same
 * speaker: a person when both name one. Known conflicts (two senders of a deployment, two troop
 * counts) keep events apart. Casualty and arrest figures are never averaged: every reported
 * number is kept with its source.
 */

export interface ClusterOptions {
  sameArticle: boolean
  /** Speakers of two statements known to be the same without entities (same article). */
  sameSpeaker?: (a: MirsadEvent, b: MirsadEvent) => boolean
  /** Two events known to differ (different senders of a deployment). */
  conflict?: (a: MirsadEvent, b: MirsadEvent) => boolean
  /** A place so broad (a country) that sharing it says little when both name a finer one. */
  broad?: (place: string) => boolean
  /** An actor that is a person. */
  person?: (actor: string) => boolean
  /**
   * A report that repeats another (a headline): undated or dated only by publication, it joins
   * a dated report of the body.
   */
  secondary?: (e: MirsadEvent) => boolean
}

const RANK: Record<DateSource, number> = { explicit: 3, narrative: 2, publication: 1, none: 0 }
const PUBLICATION_WINDOW_DAYS = 3

export function clusterEvents(events: MirsadEvent[], opts: ClusterOptions): MirsadEvent[][] {
  const sorted = [...events].sort(byPosition)
  const clusters: Cluster[] = []
  // Only events of one type can merge: look among those alone (hundreds of articles' events).
  const byType = new Map<string, Cluster[]>()
  for (const e of sorted) {
    const same = byType.get(e.type) ?? []
    byType.set(e.type, same)
    const c = same.find(
      (k) => compatible(k.rep, e, opts) && !k.members.some((m) => opts.conflict?.(m, e)),
    )
    if (c) absorb(c, e)
    else {
      const k = newCluster(e)
      clusters.push(k)
      same.push(k)
    }
  }
  return clusters.map((c) => c.members)
}

/**
 * A cluster and what its members have in common so far, updated as members join (combining all
 * members at every join would make a long article quadratic).
 */
interface Cluster {
  members: MirsadEvent[]
  rep: MirsadEvent
  actors: Set<string>
  locations: Set<string>
}

function newCluster(e: MirsadEvent): Cluster {
  return {
    members: [e],
    rep: { ...e, actors: [...e.actors], locations: [...e.locations] },
    actors: new Set(e.actors),
    locations: new Set(e.locations),
  }
}

function absorb(c: Cluster, e: MirsadEvent): void {
  c.members.push(e)
  const rep = c.rep
  if (betterDate(e, rep)) {
    rep.date = e.date
    rep.dateSource = e.dateSource
    if (e.dateEnd) rep.dateEnd = e.dateEnd
    else delete rep.dateEnd
  }
  rep.modality = mergedModality([rep.modality, e.modality])
  for (const a of e.actors) {
    if (!c.actors.has(a)) {
      c.actors.add(a)
      rep.actors.push(a)
    }
  }
  for (const l of e.locations) {
    if (!c.locations.has(l)) {
      c.locations.add(l)
      rep.locations.push(l)
    }
  }
}

function betterDate(a: MirsadEvent, b: MirsadEvent): boolean {
  const r = RANK[a.dateSource] - RANK[b.dateSource]
  return r > 0 || (r === 0 && (a.date ?? '9999') < (b.date ?? '9999'))
}

export function compatible(a: MirsadEvent, b: MirsadEvent, opts: ClusterOptions): boolean {
  if (a.type !== b.type) return false
  if (factual(a.modality) !== factual(b.modality)) return false
  if (!factual(a.modality) && a.modality !== b.modality) return false
  if (!datesCompatible(a, b, opts.sameArticle) && !repeats(a, b, opts)) return false
  // "other" gathers unlike things (a price rise, a decree, a flood): only one rule's are alike.
  if (a.type === 'other' && a.rule !== b.rule) return false
  if (a.type === 'statement' || a.type === 'request') {
    if (opts.sameSpeaker?.(a, b)) return true
    const people = (e: MirsadEvent) => (opts.person ? e.actors.filter(opts.person) : [])
    const [pa, pb] = [people(a), people(b)]
    if (pa.length && pb.length) return overlaps(pa, pb)
    return overlaps(a.actors, b.actors)
  }
  if (a.locations.length && b.locations.length) {
    const fine = (e: MirsadEvent) => e.locations.filter((l) => !opts.broad?.(l))
    const [fa, fb] = [fine(a), fine(b)]
    return fa.length && fb.length ? overlaps(fa, fb) : overlaps(a.locations, b.locations)
  }
  if (a.actors.length && b.actors.length) return overlaps(a.actors, b.actors)
  return opts.sameArticle
}

/**
 * One event from several reports of it: every source, every figure (one per value within an
 * article: a headline repeats the body's), the best-founded date. `secondary` members (a
 * headline) neither lead nor decide the modality.
 */
export function combine(
  members: MirsadEvent[],
  secondary: (e: MirsadEvent) => boolean = () => false,
): MirsadEvent {
  const sorted = [...members].sort(
    (a, b) => Number(secondary(a)) - Number(secondary(b)) || byPosition(a, b),
  )
  const primary = sorted[0]!
  if (sorted.length === 1) return primary
  const leading = sorted.filter((e) => !secondary(e))
  const dated = sorted.reduce((best, e) => (betterDate(e, best) ? e : best))
  const sources = uniqueBy(
    sorted.flatMap((e) => e.sources),
    (s) => `${s.articleId}|${s.start}`,
  ).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start)
  return {
    ...primary,
    date: dated.date,
    dateSource: dated.dateSource,
    ...spanOf(dated),
    modality: mergedModality((leading.length ? leading : sorted).map((e) => e.modality)),
    sources,
    actors: [...new Set(sorted.flatMap((e) => e.actors))],
    locations: [...new Set(sorted.flatMap((e) => e.locations))],
    quantities: uniqueBy(
      sorted.flatMap((e) => e.quantities),
      quantityKey,
    ),
  }
}

function spanOf(e: MirsadEvent): { dateEnd?: string } {
  return e.dateEnd ? { dateEnd: e.dateEnd } : {}
}

function quantityKey(q: Quantity): string {
  return `${q.articleId ?? ''}|${q.unit}|${q.value}`
}

function factual(m: Modality): boolean {
  return m === 'asserted' || m === 'reported'
}

function mergedModality(ms: Modality[]): Modality {
  if (ms.includes('asserted')) return 'asserted'
  if (ms.includes('reported')) return 'reported'
  return ms[0]!
}

/** True when one of two reports of an article is a headline with no date of its own. */
function repeats(a: MirsadEvent, b: MirsadEvent, opts: ClusterOptions): boolean {
  if (!opts.sameArticle || !opts.secondary) return false
  const [sa, sb] = [opts.secondary(a), opts.secondary(b)]
  if (sa === sb) return false
  const head = sa ? a : b
  return head.dateSource === 'none' || head.dateSource === 'publication'
}

function datesCompatible(a: MirsadEvent, b: MirsadEvent, sameArticle: boolean): boolean {
  // Undated events may be anything: never merged with a dated one, nor across articles.
  if (a.date === null || b.date === null) return sameArticle && a.date === b.date
  if (a.date === b.date) return true
  if (inSpan(a.date, b) || inSpan(b.date, a)) return true
  if (a.dateSource === 'publication' && shortlyBefore(b.date, a.date)) return true
  if (b.dateSource === 'publication' && shortlyBefore(a.date, b.date)) return true
  return false
}

/** True when a day lies in an event's span ("خلال اليومين الماضيين": `date` to `dateEnd`). */
function inSpan(day: string, e: MirsadEvent): boolean {
  return !!e.dateEnd && e.date !== null && e.date <= day && day <= e.dateEnd
}

/** True when `day` is on or up to three days before `published` (calendar days, no time zone). */
function shortlyBefore(day: string, published: string): boolean {
  const d = dayNumber(day)
  const p = dayNumber(published)
  return d !== null && p !== null && d <= p && p - d <= PUBLICATION_WINDOW_DAYS
}

function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null
}

function overlaps(a: string[], b: string[]): boolean {
  const s = new Set(a)
  return b.some((x) => s.has(x))
}

function byPosition(a: MirsadEvent, b: MirsadEvent): number {
  const sa = a.sources[0]
  const sb = b.sources[0]
  return (
    (sa?.articleId ?? '').localeCompare(sb?.articleId ?? '') ||
    (sa?.start ?? 0) - (sb?.start ?? 0) ||
    (sa?.trigger?.start ?? 0) - (sb?.trigger?.start ?? 0) ||
    a.type.localeCompare(b.type) ||
    a.id.localeCompare(b.id)
  )
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>()
  return xs.filter((x) => {
    const k = key(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
