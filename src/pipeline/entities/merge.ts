import type { ArticleResult, Entity, EntityType, Mention } from '../types'
import { normalizeArabic } from '../normalize/arabic'
import { hashString } from '../util/hash'

/**
 * Corpus step: mentions from every article become entities. Mentions whose canonical names
 * normalise to the same key (and have the same type) are one entity.
 */

export interface EntityIndex {
  entities: Entity[]
  /** Entity id for a canonical name used in one article, or undefined. */
  idOf(articleId: string, canonical: string): string | undefined
}

export function entityKey(type: EntityType, canonical: string): string {
  return `${type}:${normalizeArabic(canonical).replace(/^ال(?=\S{3})/u, '')}`
}

export function mergeEntities(results: ArticleResult[]): EntityIndex {
  const groups = new Map<
    string,
    { type: EntityType; names: Map<string, number>; mentions: Mention[] }
  >()
  const byArticle = new Map<string, string>()
  for (const { article, mentions } of results) {
    for (const m of mentions) {
      const key = entityKey(m.type, m.canonical)
      let g = groups.get(key)
      if (!g) groups.set(key, (g = { type: m.type, names: new Map(), mentions: [] }))
      g.names.set(m.canonical, (g.names.get(m.canonical) ?? 0) + 1)
      g.mentions.push({
        articleId: article.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
      })
      byArticle.set(`${article.id}\u0000${m.canonical}`, key)
    }
  }
  const ids = new Map<string, string>()
  const entities: Entity[] = []
  for (const [key, g] of groups) {
    const id = `e-${hashString(key)}`
    ids.set(key, id)
    const name = [...g.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
    const aliases = new Set<string>()
    for (const n of g.names.keys()) aliases.add(n)
    for (const m of g.mentions) if (m.kind !== 'nisba') aliases.add(m.text)
    aliases.delete(name)
    entities.push({ id, type: g.type, name, aliases: [...aliases].sort(), mentions: g.mentions })
  }
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
  return {
    entities,
    idOf(articleId, canonical) {
      const key = byArticle.get(`${articleId}\u0000${canonical}`)
      return key === undefined ? undefined : ids.get(key)
    },
  }
}
