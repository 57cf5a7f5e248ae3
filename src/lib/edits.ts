import { EVENT_TYPES } from '../pipeline/types'
import type {
  Cooccurrence,
  Corpus,
  Deployment,
  Entity,
  EntityType,
  EventType,
  MirsadEvent,
} from '../pipeline/types'
import { hashString } from '../pipeline/util/hash'
import { normalizeArabic } from '../pipeline/normalize/arabic'
import { recount, type SentenceSource } from './cooccurrence'

/**
 * The user's corrections, kept apart from parser output and keyed by the parser's stable ids, so
 * that re-parsing (a new parser version, a publication date set by hand) never loses them.
 */
export interface EventEdit {
  type?: EventType
  /** "YYYY-MM-DD", or null for "undated". */
  date?: string | null
  deleted?: boolean
}

export interface EntitySplit {
  /** Id of the new entity. */
  id: string
  /** Entity the mentions are taken from. */
  from: string
  name: string
  /** Mention spellings that move to the new entity (compared after Arabic normalisation). */
  texts: string[]
}

export interface Edits {
  events: Record<string, EventEdit>
  renames: Record<string, string>
  retypes: Record<string, EntityType>
  /** Merged entity id → the entity it was merged into. */
  merges: Record<string, string>
  splits: EntitySplit[]
}

export function emptyEdits(): Edits {
  return { events: {}, renames: {}, retypes: {}, merges: {}, splits: [] }
}

export function countEdits(e: Edits): number {
  return (
    Object.keys(e.events).length +
    Object.keys(e.renames).length +
    Object.keys(e.retypes).length +
    Object.keys(e.merges).length +
    e.splits.length
  )
}

const DEPLOYMENT_KINDS: EventType[] = ['deployment', 'withdrawal']

export function splitId(from: string, name: string): string {
  return `e-${hashString(`split:${from}:${normalizeArabic(name)}`)}`
}

/**
 * The corpus as the user corrected it. Pure: the parser's corpus is never changed. With the parsed
 * sentences at hand, co-occurrence is recounted after entity merges and splits; without them the
 * pairs are remapped (counts added, the higher score kept).
 */
export function applyEdits(corpus: Corpus, edits: Edits, sources?: SentenceSource[]): Corpus {
  const entityEdited =
    edits.splits.length > 0 ||
    Object.keys(edits.merges).length > 0 ||
    Object.keys(edits.renames).length > 0 ||
    Object.keys(edits.retypes).length > 0
  const eventEdited = Object.keys(edits.events).length > 0
  if (!entityEdited && !eventEdited) return corpus

  let entities = corpus.entities
  let events = corpus.events
  let deployments = corpus.deployments
  let cooccurrence = corpus.cooccurrence

  if (entityEdited) {
    const split = applySplits(entities, events, edits.splits)
    const target = resolveMerges(edits.merges, new Set(split.entities.map((e) => e.id)))
    entities = mergeEntities(split.entities, target, edits)
    const map = (id: string) => target.get(id) ?? id
    const mapNullable = (id: string | null) => (id === null ? null : map(id))
    events = split.events.map((e) => ({
      ...e,
      actors: unique(e.actors.map(map)),
      locations: unique(e.locations.map(map)),
    }))
    deployments = deployments.map((d) => ({
      ...d,
      sender: mapNullable(d.sender),
      origin: mapNullable(d.origin),
      destination: mapNullable(d.destination),
      mission: mapNullable(d.mission),
    }))
    const structural = edits.splits.length > 0 || Object.keys(edits.merges).length > 0
    if (structural) {
      cooccurrence = sources ? recount(sources, entities) : remapPairs(cooccurrence, map)
    }
  }

  if (eventEdited) {
    const kept: MirsadEvent[] = []
    for (const e of events) {
      const edit = edits.events[e.id]
      if (edit?.deleted) continue
      kept.push(
        edit
          ? { ...e, type: edit.type ?? e.type, date: edit.date !== undefined ? edit.date : e.date }
          : e,
      )
    }
    const byId = new Map(kept.map((e) => [e.id, e]))
    deployments = deployments.flatMap((d): Deployment[] => {
      if (!edits.events[d.eventId]) return [d]
      const e = byId.get(d.eventId)
      if (!e || !DEPLOYMENT_KINDS.includes(e.type)) return []
      return [{ ...d, date: e.date, kind: e.type as 'deployment' | 'withdrawal' }]
    })
    events = kept.sort(byDate)
    deployments = deployments.sort(byDate)
  }

  return { ...corpus, entities, events, deployments, cooccurrence }
}

function applySplits(
  entities: Entity[],
  events: MirsadEvent[],
  splits: EntitySplit[],
): { entities: Entity[]; events: MirsadEvent[] } {
  let list = entities
  let evs = events
  for (const s of splits) {
    const from = list.find((e) => e.id === s.from)
    if (!from || list.some((e) => e.id === s.id)) continue
    const texts = new Set(s.texts.map(normalizeArabic))
    const moved = from.mentions.filter((m) => texts.has(normalizeArabic(m.text)))
    if (!moved.length || moved.length === from.mentions.length) continue
    const stay = from.mentions.filter((m) => !moved.includes(m))
    const aliasesOf = (ms: typeof moved, name: string) =>
      [...new Set(ms.map((m) => m.text))].filter((t) => t !== name).sort()
    const remaining: Entity = { ...from, mentions: stay, aliases: aliasesOf(stay, from.name) }
    const created: Entity = {
      id: s.id,
      type: from.type,
      name: s.name,
      aliases: aliasesOf(moved, s.name),
      mentions: moved,
    }
    list = [...list.filter((e) => e.id !== from.id), remaining, created]
    // An event whose sentences mention only the split-off spellings now points at the new entity.
    const inside = (ms: typeof moved, e: MirsadEvent) =>
      ms.some((m) =>
        e.sources.some(
          (src) => src.articleId === m.articleId && m.start >= src.start && m.end <= src.end,
        ),
      )
    evs = evs.map((e) => {
      const swap = (ids: string[]) =>
        ids.includes(from.id) && inside(moved, e) && !inside(stay, e)
          ? ids.map((id) => (id === from.id ? created.id : id))
          : ids
      return { ...e, actors: swap(e.actors), locations: swap(e.locations) }
    })
  }
  return { entities: list, events: evs }
}

/** Merged id → final id, following chains (a→b, b→c) and ignoring cycles and unknown targets. */
export function resolveMerges(
  merges: Record<string, string>,
  known: Set<string>,
): Map<string, string> {
  const out = new Map<string, string>()
  for (const start of Object.keys(merges)) {
    if (!known.has(start)) continue
    const seen = new Set([start])
    let cur = start
    while (merges[cur] !== undefined && !seen.has(merges[cur]!)) {
      cur = merges[cur]!
      seen.add(cur)
    }
    if (cur !== start && known.has(cur) && merges[cur] === undefined) out.set(start, cur)
  }
  return out
}

function mergeEntities(entities: Entity[], target: Map<string, string>, edits: Edits): Entity[] {
  const byId = new Map<string, Entity>()
  for (const e of entities) if (!target.has(e.id)) byId.set(e.id, { ...e, aliases: [...e.aliases] })
  for (const e of entities) {
    const into = target.get(e.id)
    if (!into) continue
    const t = byId.get(into)!
    t.mentions = [...t.mentions, ...e.mentions]
    t.aliases = [...t.aliases, e.name, ...e.aliases]
  }
  for (const e of byId.values()) {
    const name = edits.renames[e.id]?.trim()
    if (name && name !== e.name) {
      e.aliases.push(e.name)
      e.name = name
    }
    e.type = edits.retypes[e.id] ?? e.type
    e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort()
  }
  return [...byId.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
  )
}

function remapPairs(pairs: Cooccurrence[], map: (id: string) => string): Cooccurrence[] {
  const out = new Map<string, Cooccurrence>()
  for (const p of pairs) {
    const [a, b] = [map(p.a), map(p.b)].sort() as [string, string]
    if (a === b) continue
    const k = `${a}|${b}`
    const prev = out.get(k)
    out.set(
      k,
      prev
        ? {
            ...prev,
            count: prev.count + p.count,
            score: Math.max(prev.score, p.score),
            paragraphCount: (prev.paragraphCount ?? 0) + (p.paragraphCount ?? 0),
            articleCount: Math.max(prev.articleCount ?? 0, p.articleCount ?? 0),
          }
        : { ...p, a, b },
    )
  }
  return [...out.values()].sort((x, y) => y.count - x.count || y.score - x.score)
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}

function byDate(a: { date: string | null; id: string }, b: { date: string | null; id: string }) {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id)
}

/** Keys that would reach an object's prototype if assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Edits from storage, a share link or a bundle: anything that is not a well-formed edit is
 * dropped, so a hostile or stale file can never break the page.
 */
export function sanitizeEdits(raw: unknown): Edits {
  const out = emptyEdits()
  if (!raw || typeof raw !== 'object') return out
  const r = raw as Record<string, unknown>
  const isId = (s: unknown): s is string =>
    typeof s === 'string' && /^[\w-]{1,80}$/.test(s) && !FORBIDDEN_KEYS.has(s)
  const isDate = (s: unknown) =>
    s === null || (typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s))
  const entries = (o: unknown) =>
    o && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o as object) : []
  for (const [id, v] of entries(r.events)) {
    if (!isId(id) || !v || typeof v !== 'object') continue
    const e = v as Record<string, unknown>
    const edit: EventEdit = {}
    if (EVENT_TYPES.includes(e.type as EventType)) edit.type = e.type as EventType
    if ('date' in e && isDate(e.date)) edit.date = e.date as string | null
    if (e.deleted === true) edit.deleted = true
    if (Object.keys(edit).length) out.events[id] = edit
  }
  for (const [id, v] of entries(r.renames)) {
    if (isId(id) && typeof v === 'string' && v.trim()) out.renames[id] = v.trim().slice(0, 200)
  }
  for (const [id, v] of entries(r.retypes)) {
    if (isId(id) && (v === 'PER' || v === 'ORG' || v === 'LOC')) out.retypes[id] = v
  }
  for (const [id, v] of entries(r.merges)) if (isId(id) && isId(v) && id !== v) out.merges[id] = v
  if (Array.isArray(r.splits)) {
    for (const s of r.splits as Record<string, unknown>[]) {
      if (
        !s ||
        !isId(s.id) ||
        !isId(s.from) ||
        typeof s.name !== 'string' ||
        !Array.isArray(s.texts)
      )
        continue
      const texts = s.texts.filter((t): t is string => typeof t === 'string')
      if (texts.length)
        out.splits.push({ id: s.id, from: s.from, name: s.name.slice(0, 200), texts })
    }
  }
  return out
}
