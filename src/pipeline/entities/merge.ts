import type { ArticleResult, Entity, EntityType, Mention } from '../types'
import { hashString } from '../util/hash'
import { skeletonKey, variantKey } from './keys'

/**
 * Corpus step: mentions from every article become entities. Mentions whose canonical names have
 * the same type and variant key (keys.ts: transliteration, glued/split forms, the article) are
 * one entity. Then a person named by surname only joins the one person with that surname and a
 * full name, and a shorter full name joins a longer one with the same first name and surname
 * (قاسم توكاييف → قاسم جومارت توكاييف); two people who share a surname stay apart.
 *
 * Runs on the page's main thread: imports no gazetteer or model.
 */

export interface EntityIndex {
  entities: Entity[]
  /** Entity id for a canonical name used in one article, or undefined. */
  idOf(articleId: string, canonical: string): string | undefined
}

export function entityKey(type: EntityType, canonical: string): string {
  return `${type}:${variantKey(canonical, type === 'LOC')}`
}

interface Group {
  key: string
  type: EntityType
  /** Canonical names and how many mentions each has. */
  names: Map<string, number>
  mentions: Mention[]
  /** Other spellings: mention texts, designator forms. */
  spellings: Set<string>
}

export function mergeEntities(results: ArticleResult[]): EntityIndex {
  const groups = new Map<string, Group>()
  const byArticle = new Map<string, string>()
  for (const { article, mentions } of results) {
    for (const m of mentions) {
      const key = entityKey(m.type, m.canonical)
      let g = groups.get(key)
      if (!g) {
        g = { key, type: m.type, names: new Map(), mentions: [], spellings: new Set() }
        groups.set(key, g)
      }
      g.names.set(m.canonical, (g.names.get(m.canonical) ?? 0) + 1)
      const mention: Mention = {
        articleId: article.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
      }
      g.mentions.push(mention)
      g.spellings.add(clean(m.text))
      if (m.extent) g.spellings.add(clean(article.text.slice(m.extent.start, m.extent.end)))
      byArticle.set(`${article.id}\u0000${m.canonical}`, key)
    }
  }
  const into = joinPeople([...groups.values()])

  const merged = new Map<string, Group>()
  for (const g of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const target = groups.get(into.get(g.key) ?? g.key)!
    let m = merged.get(target.key)
    if (!m) {
      m = { ...target, names: new Map(), mentions: [], spellings: new Set() }
      merged.set(target.key, m)
    }
    for (const [n, c] of g.names) m.names.set(n, (m.names.get(n) ?? 0) + c)
    m.mentions.push(...g.mentions)
    g.spellings.forEach((s) => m.spellings.add(s))
  }

  const ids = new Map<string, string>()
  const entities: Entity[] = []
  for (const g of merged.values()) {
    const name = [...g.names].sort(
      (a, b) =>
        b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0]![0]
    const id = `e-${hashString(entityKey(g.type, name))}`
    ids.set(g.key, id)
    const aliases = new Set([...g.names.keys(), ...g.spellings])
    aliases.delete(name)
    aliases.delete('')
    g.mentions.sort((a, b) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
    )
    entities.push({ id, type: g.type, name, aliases: [...aliases].sort(), mentions: g.mentions })
  }
  for (const [key, target] of into) ids.set(key, ids.get(target)!)
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
  return {
    entities,
    idOf(articleId, canonical) {
      const key = byArticle.get(`${articleId}\u0000${canonical}`)
      return key === undefined ? undefined : ids.get(key)
    },
  }
}

/** Mention text as an alias: no diacritics or invisible characters, spaces collapsed. */
function clean(s: string): string {
  return s
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Person groups that are the same person under a shorter name: key → key of the full name.
 * A surname-only name joins when exactly one multi-word name ends in it; a two-word name joins
 * a longer one with the same first and last word when that one is unique.
 */
function joinPeople(groups: Group[]): Map<string, string> {
  const people = groups
    .filter((g) => g.type === 'PER')
    .map((g) => {
      const name = [...g.names.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length)[0]!
      const words = name.replace(/^ال/, '').split(/\s+/)
      return {
        g,
        words,
        first: skeletonKey(words[0]!),
        last: skeletonKey(words[words.length - 1]!),
      }
    })
  const into = new Map<string, string>()
  for (const p of people) {
    const longer = people.filter(
      (q) =>
        q !== p &&
        q.words.length > p.words.length &&
        q.words.length >= 2 &&
        q.last === p.last &&
        (p.words.length === 1 || q.first === p.first),
    )
    // The longest candidates, which must all be one person.
    const max = Math.max(0, ...longer.map((q) => q.words.length))
    const top = longer.filter((q) => q.words.length === max)
    const distinct = new Set(longer.map((q) => `${q.first}|${q.last}`))
    if (top.length === 1 && distinct.size === 1) into.set(p.g.key, top[0]!.g.key)
  }
  // Follow chains (a → b → c) to the end.
  for (const [k, v] of into) {
    let t = v
    while (into.has(t)) t = into.get(t)!
    into.set(k, t)
  }
  return into
}
