import type { ArticleResult, Deployment, MirsadEvent, Quantity } from '../types'
import type { EntityIndex } from '../entities/merge'
import { clusterEvents, combine } from './cluster'

/**
 * Corpus step: events from every article, with entity names resolved to corpus entity ids, and
 * the same event reported by several articles merged into one event with several sources (same
 * type, compatible date, shared actors or places: see cluster.ts). Casualty and arrest figures
 * keep every reported number with its article and offsets, so the dashboard can show the latest
 * and the range. Light enough for the page's main thread; the result does not depend on the
 * order of the articles.
 */
export function mergeEvents(
  results: ArticleResult[],
  index: EntityIndex,
): { events: MirsadEvent[]; deployments: Deployment[] } {
  const events: MirsadEvent[] = []
  const deployments: Deployment[] = []
  for (const r of results) {
    const resolve = (name: string) => index.idOf(r.article.id, name) ?? name
    const orNull = (name: string | null) => (name === null ? null : resolve(name))
    for (const e of r.events) {
      events.push({ ...e, actors: e.actors.map(resolve), locations: e.locations.map(resolve) })
    }
    for (const d of r.deployments) {
      deployments.push({
        ...d,
        sender: orNull(d.sender),
        origin: orNull(d.origin),
        destination: orNull(d.destination),
        mission: orNull(d.mission),
      })
    }
  }
  // Two articles' deployments by different senders (Russia's troops, Belarus's) are two.
  const senders = new Map<string, Set<string>>()
  for (const d of deployments) {
    if (d.sender === null || d.kind === 'withdrawal') continue
    const set = senders.get(d.eventId) ?? new Set<string>()
    set.add(d.sender)
    senders.set(d.eventId, set)
  }
  const conflict = (a: MirsadEvent, b: MirsadEvent) => {
    const [x, y] = [senders.get(a.id), senders.get(b.id)]
    return !!x && !!y && ![...x].some((s) => y.has(s))
  }
  const survivor = new Map<string, string>()
  const merged = clusterEvents(events, { sameArticle: false, conflict }).map((group) => {
    const e = combine(group)
    for (const m of group) survivor.set(m.id, e.id)
    return e
  })
  const records = mergeDeployments(
    deployments.map((d) => ({ ...d, eventId: survivor.get(d.eventId) ?? d.eventId })),
    new Map(merged.map((e) => [e.id, e])),
  )
  matchWithdrawals(records)
  return { events: merged.sort(byDate), deployments: records.sort(byDate) }
}

/**
 * A withdrawal ends the latest earlier deployment of the same sender or mission, or, with
 * neither known, the one whose destination it leaves ("انسحاب القوات الروسية من كازاخستان").
 * Undated records may match either way: the text told us nothing against it.
 */
function matchWithdrawals(records: Deployment[]): void {
  const deployments = records.filter((d) => d.kind !== 'withdrawal')
  for (const w of records) {
    if (w.kind !== 'withdrawal') continue
    const ends = deployments
      .filter((d) => !(w.date && d.date && d.date > w.date) && endsOne(w, d))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
    if (ends[0]) w.withdraws = ends[0].id
  }
}

function endsOne(w: Deployment, d: Deployment): boolean {
  if (w.sender && d.sender) return w.sender === d.sender
  if (w.mission && d.mission) return w.mission === d.mission
  if (w.sender && d.mission) return w.sender === d.mission
  if (w.mission && d.sender) return w.mission === d.sender
  return !!w.origin && w.origin === d.destination
}

/** Records of one event and one sender become one: first known field wins, contingents add up. */
function mergeDeployments(list: Deployment[], events: Map<string, MirsadEvent>): Deployment[] {
  const byKey = new Map<string, Deployment>()
  for (const d of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${d.eventId}|${d.sender ?? ''}`
    const prev = byKey.get(key)
    if (!prev) {
      byKey.set(key, { ...d, date: events.get(d.eventId)?.date ?? d.date })
      continue
    }
    prev.origin ??= d.origin
    prev.destination ??= d.destination
    prev.mission ??= d.mission
    const seen = new Set(prev.contingent.map(quantityKey))
    prev.contingent = [...prev.contingent, ...d.contingent.filter((q) => !seen.has(quantityKey(q)))]
  }
  return [...byKey.values()]
}

function quantityKey(q: Quantity): string {
  return `${q.articleId ?? ''}|${q.start ?? ''}|${q.unit}|${q.value}`
}

function byDate(a: { date: string | null; id: string }, b: { date: string | null; id: string }) {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id)
}
