import { RE_DIACRITICS, RE_INVISIBLE } from '../normalize/arabic'
import { PRIORITY, type Candidate } from './rules/candidates'
import { readings, writtenSkip, type Token } from './tokens'

/**
 * Picking mentions among overlapping candidates, and their exact boundaries: which proclitics
 * of the first word to leave out (وبوتين → بوتين) and what the name reads as alone
 * (للكرملين → الكرملين).
 */

/**
 * Non-overlapping candidates, best first (priority, then length). A place may sit inside a
 * longer rule-made name: "وزارة خارجية روسيا", "مطار ألما آتا".
 */
export function resolve(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.to - b.from - (a.to - a.from) || a.from - b.from,
  )
  const inside = (x: Candidate, y: Candidate) =>
    x.type === 'LOC' &&
    y.priority === PRIORITY.rule &&
    x.from >= y.from &&
    x.to <= y.to &&
    x.to - x.from < y.to - y.from
  // Which kept candidates cover each token, so that a check looks at its own tokens only.
  const cover = new Map<number, Candidate[]>()
  const kept: Candidate[] = []
  for (const c of sorted) {
    const others = new Set<Candidate>()
    for (let k = c.from; k < c.to; k++) for (const o of cover.get(k) ?? []) others.add(o)
    if ([...others].some((k) => !inside(c, k) && !inside(k, c))) continue
    kept.push(c)
    for (let k = c.from; k < c.to; k++) cover.set(k, [...(cover.get(k) ?? []), c])
  }
  return kept.sort((a, b) => a.from - b.from || b.to - a.to)
}

/** What evidence the boundary decision may use. */
export interface Evidence {
  /** The word is a listed name or given name. */
  listed(stem: string): boolean
  /** The word occurs on its own somewhere in the article. */
  inArticle(stem: string): boolean
}

export interface Boundary {
  /** Written characters of proclitics to leave out of the first token. */
  skip: number
  /** The article was elided after لل and must be restored in the name (للكرملين → الكرملين). */
  elidedArticle: boolean
}

/**
 * Which proclitics to leave out of a name's first word. The word itself wins when it is a listed
 * name (واشنطن، وليد); otherwise the least-stripped reading that occurs alone in the article or
 * is listed (وبوتين → بوتين); otherwise only an unmistakable conjunction or a preposition glued
 * to the article (والصين، بالكرملين) comes off.
 */
export function boundary(token: Token, ev: Evidence, prev?: Token): Boundary {
  const rs = readings(token.norm)
  const pick = (i: number): Boundary => ({
    skip: writtenSkip(token.text, rs[i]!.skip),
    elidedArticle: rs[i]!.prefix.endsWith('ال'),
  })
  if (rs.length === 1 || ev.listed(rs[0]!.stem)) return pick(0)
  for (let i = 1; i < rs.length; i++) {
    if (ev.listed(rs[i]!.stem) || ev.inArticle(rs[i]!.stem)) return pick(i)
  }
  for (let i = rs.length - 1; i >= 1; i--) {
    const r = rs[i]!
    if (r.definite && r.stem.length > 4) return pick(i)
  }
  // Right after an opening quote or bracket a conjunction is unlikely: “واتساب”.
  if (prev && /^[(«“"'‘[]$/.test(prev.norm)) return pick(0)
  const conj = rs.findIndex((r) => (r.prefix === 'و' || r.prefix === 'ف') && r.stem.length >= 3)
  return conj > 0 ? pick(conj) : pick(0)
}

/** A name as it reads on its own: no diacritics, tatweel or invisible characters. */
export function displayName(s: string): string {
  return s.replace(RE_DIACRITICS, '').replace(RE_INVISIBLE, '').replace(/\s+/g, ' ').trim()
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u0640]/

/** The span without invisible format characters or tatweel at its edges. */
export function trimInvisible(text: string, start: number, end: number): [number, number] {
  while (start < end && INVISIBLE.test(text[start]!)) start++
  while (end > start && INVISIBLE.test(text[end - 1]!)) end--
  return [start, end]
}
