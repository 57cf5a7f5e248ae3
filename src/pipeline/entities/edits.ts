import type { Entity } from '../types'
import { hashString } from '../util/hash'
import { normalizeArabic } from '../normalize/arabic'

/**
 * The user's corrections to the entity table (merge, split, rename), applied to the corpus's
 * entities. Pure and free of the tagger, so the page applies them on its main thread after each
 * corpus assembly; the caller re-links events and co-occurrence through `idMap`.
 */
export interface AliasEdits {
  /** Entities that are one: the first id of each list absorbs the others. */
  merge?: string[][]
  /** Spellings that name something else: entity id → spellings to take out into their own entity. */
  split?: Record<string, string[]>
  /** New canonical names by entity id (the old name becomes an alias). */
  rename?: Record<string, string>
}

export interface EditedEntities {
  entities: Entity[]
  /** Old id → id after the edits, for every id that changed. */
  idMap: Map<string, string>
}

export function applyAliasEdits(entities: Entity[], edits: AliasEdits): EditedEntities {
  const byId = new Map(entities.map((e) => [e.id, clone(e)]))
  const idMap = new Map<string, string>()

  for (const [id, spellings] of Object.entries(edits.split ?? {})) {
    const e = byId.get(id)
    if (!e) continue
    for (const spelling of spellings) {
      // Exact spellings (normalised letters only): a split separates what the keys joined.
      const key = normalizeArabic(spelling)
      const moved = e.mentions.filter((m) => normalizeArabic(m.text) === key)
      if (moved.length === 0 || moved.length === e.mentions.length) continue
      e.mentions = e.mentions.filter((m) => !moved.includes(m))
      e.aliases = e.aliases.filter((a) => normalizeArabic(a) !== key)
      const newId = `e-${hashString(`split:${e.type}:${key}`)}`
      const target = byId.get(newId)
      if (target) target.mentions.push(...moved)
      else
        byId.set(newId, { id: newId, type: e.type, name: spelling, aliases: [], mentions: moved })
    }
  }

  for (const group of edits.merge ?? []) {
    const [first, ...rest] = group.map((id) => resolve(idMap, id))
    const keep = first === undefined ? undefined : byId.get(first)
    if (!keep) continue
    for (const id of rest) {
      const other = byId.get(id)
      if (!other || other === keep) continue
      keep.mentions.push(...other.mentions)
      keep.aliases = [...new Set([...keep.aliases, other.name, ...other.aliases])]
      byId.delete(id)
      idMap.set(id, keep.id)
    }
    keep.aliases = keep.aliases.filter((a) => a !== keep.name).sort()
  }

  for (const [id, name] of Object.entries(edits.rename ?? {})) {
    const e = byId.get(resolve(idMap, id))
    if (!e || !name.trim() || e.name === name) continue
    e.aliases = [...new Set([...e.aliases, e.name])].filter((a) => a !== name).sort()
    e.name = name.trim()
  }

  for (const [from, to] of idMap) idMap.set(from, resolve(idMap, to))
  const out = [...byId.values()]
  for (const e of out) {
    e.mentions.sort((a, b) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
    )
  }
  out.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
  return { entities: out, idMap }
}

function resolve(idMap: Map<string, string>, id: string): string {
  let cur = id
  for (let i = 0; i < 100 && idMap.has(cur); i++) cur = idMap.get(cur)!
  return cur
}

function clone(e: Entity): Entity {
  return { ...e, aliases: [...e.aliases], mentions: e.mentions.map((m) => ({ ...m })) }
}
