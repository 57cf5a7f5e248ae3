import type { ArticleResult, Deployment, MirsadEvent } from '../types'
import type { EntityIndex } from '../entities/merge'

/**
 * Corpus step: events from every article, with entity names resolved to corpus entity ids.
 *
 * FOUNDATION STUB: no cross-article merging yet (issue 6): one event per extracted event.
 */
export function mergeEvents(
  results: ArticleResult[],
  index: EntityIndex,
): { events: MirsadEvent[]; deployments: Deployment[] } {
  const events: MirsadEvent[] = []
  const deployments: Deployment[] = []
  for (const r of results) {
    const resolve = (name: string | null) =>
      name === null ? null : (index.idOf(r.article.id, name) ?? name)
    for (const e of r.events) {
      events.push({
        ...e,
        actors: e.actors.map((n) => resolve(n)!),
        locations: e.locations.map((n) => resolve(n)!),
      })
    }
    for (const d of r.deployments) {
      deployments.push({
        ...d,
        sender: resolve(d.sender),
        origin: resolve(d.origin),
        destination: resolve(d.destination),
      })
    }
  }
  const byDate = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
    (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id)
  return { events: events.sort(byDate), deployments: deployments.sort(byDate) }
}
