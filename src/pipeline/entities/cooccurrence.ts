import type { ArticleResult, Cooccurrence, Entity } from '../types'

/**
 * Corpus step: which entities are mentioned in the same sentence, paragraph and article.
 * `score` is normalised PMI over sentences (-1..1; 0 = independent, 1 = always together), so an
 * entity every sentence names (the country of the story) does not dominate the graph.
 */
export function computeCooccurrence(results: ArticleResult[], entities: Entity[]): Cooccurrence[] {
  const entityAt = new Map<string, { id: string; start: number; end: number }[]>()
  for (const e of entities) {
    for (const m of e.mentions) {
      let list = entityAt.get(m.articleId)
      if (!list) entityAt.set(m.articleId, (list = []))
      list.push({ id: e.id, start: m.start, end: m.end })
    }
  }
  const pairs = new Map<string, { s: number; p: number; a: number }>()
  const single = new Map<string, number>()
  let units = 0
  const bump = (ids: Set<string>, field: 's' | 'p' | 'a') => {
    const sorted = [...ids].sort()
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const k = `${sorted[i]}|${sorted[j]}`
        let c = pairs.get(k)
        if (!c) pairs.set(k, (c = { s: 0, p: 0, a: 0 }))
        c[field]++
      }
    }
  }
  for (const { article, sentences } of results) {
    // Mentions and sentences are both in text order: one pointer walks the mentions.
    const mentions = [...(entityAt.get(article.id) ?? [])].sort((a, b) => a.start - b.start)
    let next = 0
    const paragraphs = new Map<number, Set<string>>()
    for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
      while (next < mentions.length && mentions[next]!.start < s.start) next++
      const ids = new Set<string>()
      for (let k = next; k < mentions.length && mentions[k]!.start < s.end; k++) {
        if (mentions[k]!.end <= s.end) ids.add(mentions[k]!.id)
      }
      units++
      for (const id of ids) single.set(id, (single.get(id) ?? 0) + 1)
      bump(ids, 's')
      const p = paragraphs.get(s.paragraph) ?? new Set()
      ids.forEach((id) => p.add(id))
      paragraphs.set(s.paragraph, p)
    }
    for (const ids of paragraphs.values()) bump(ids, 'p')
    bump(new Set(mentions.map((m) => m.id)), 'a')
  }
  const out: Cooccurrence[] = []
  for (const [k, c] of pairs) {
    if (c.s === 0 && c.p === 0) continue
    const [a, b] = k.split('|') as [string, string]
    out.push({
      a,
      b,
      count: c.s,
      score: npmi(c.s, single.get(a) ?? 0, single.get(b) ?? 0, units),
      paragraphCount: c.p,
      articleCount: c.a,
    })
  }
  return out.sort((x, y) => y.count - x.count || y.score - x.score || x.a.localeCompare(y.a))
}

function npmi(ab: number, a: number, b: number, n: number): number {
  if (ab === 0 || n === 0) return -1
  const pab = ab / n
  if (pab >= 1) return 1
  const pmi = Math.log2(pab / ((a / n) * (b / n)))
  return Math.round((pmi / -Math.log2(pab)) * 1000) / 1000
}
