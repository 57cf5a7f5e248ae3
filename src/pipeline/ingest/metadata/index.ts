import type { Cleaned } from '../clean'
import { matchKey, startsBody, type Line } from '../clean/lines'
import { isAgency } from './agencies'
import { readByline } from './byline'
import { findDates } from './datetime'
import { isLabel } from './headline'

/**
 * Article metadata from the cleaned text's head (headline, dateline, byline), filled in from what
 * a format knows for sure (HTML meta tags and JSON-LD, a Word heading) where the text is silent.
 */

export interface Hints {
  title?: string | null
  author?: string | null
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" from structured metadata. */
  published?: string | null
  outlet?: string | null
  url?: string | null
}

export interface Metadata {
  title: string | null
  published: string | null
  publishedSource: 'text' | 'metadata' | 'none'
  author: string | null
  dateline: string | null
  outlet: string | null
  url: string | null
  warnings: string[]
}

export function readMetadata(cleaned: Cleaned, hints: Hints = {}): Metadata {
  const { head } = cleaned
  const warnings: string[] = []
  // Body paragraphs, not the head's short lines: where inline datelines and place prefixes are.
  const body = cleaned.kept.filter(startsBody)

  let published: string | null = null
  let publishedSource: Metadata['publishedSource'] = 'none'
  const inline = head.dateline ? null : inlineDateline(body.slice(0, 2))
  const printed = head.dateline?.info
  // Page metadata is exact, but often gives only the day: the dateline may add the time.
  if (hints.published && !(printed?.time && printed.date === hints.published)) {
    published = hints.published
    publishedSource = 'metadata'
  } else if (head.dateline) {
    published = head.dateline.info.published
    publishedSource = 'text'
    if (head.dateline.info.mismatch) warnings.push(head.dateline.info.mismatch)
  } else if (inline) {
    published = inline.date
    publishedSource = 'text'
  }
  if (!published) warnings.push('No publication date found: set it by hand')

  const place =
    head.dateline?.info.place ?? labelPlace(head.labels) ?? inline?.place ?? bodyPlace(body[0])
  const tailByline = cleaned.kept
    .slice(-3)
    .map((l) => readByline(l.text))
    .find(Boolean)
  return {
    title: cleanTitle(hints.title) ?? head.headline?.text ?? null,
    published,
    publishedSource,
    author: cleanAuthor(hints.author) ?? head.byline?.info.author ?? tailByline?.author ?? null,
    dateline: place,
    outlet: hints.outlet?.trim() || outletFrom(cleaned.removed.map((r) => r.text)),
    url: hints.url ?? null,
    warnings,
  }
}

function cleanTitle(title: string | null | undefined): string | null {
  const t = title?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}

/** A byline from metadata may carry its marker ("بقلم: ...") or be a URL. */
function cleanAuthor(author: string | null | undefined): string | null {
  const a = author?.replace(/\s+/g, ' ').trim()
  if (!a || /^https?:|^www\./i.test(a)) return null
  return readByline(a)?.author ?? a
}

/**
 * The place in a dateline label, its first segment that is not an agency: "موسكو/سما/" → موسكو,
 * "واس - ألما آتا" → ألما آتا, "إسطنبول - متابعات" → إسطنبول, "بيروت: «الصحيفة»" → بيروت.
 */
function labelPlace(labels: Line[]): string | null {
  for (const label of labels) {
    const parts = label.text
      .split(/[-–—|/:«»"“”]/u)
      .map((p) => p.trim())
      .filter(Boolean)
    // A domain-like name ("العربية.نت") is the outlet, not the place.
    const place = parts.find((p) => !isAgency(p) && !/\.\p{L}/u.test(p))
    if (place) return place
  }
  return null
}

// A dash, not a colon: "وأضاف: ..." opens a quote, not a dateline.
const RE_PLACE_PREFIX =
  /^(?<place>[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s*(?:\((?<agency>[^)]{1,30})\)\s*)?[-–—]\s/u

/** "بيروت - قال ..." or "بيروت (رويترز) - ..." at the start of the first body paragraph. */
function bodyPlace(first: Line | undefined): string | null {
  const m = first ? RE_PLACE_PREFIX.exec(first.text) : null
  if (!m?.groups) return null
  const place = m.groups.place!
  if (isAgency(place)) return null
  return m.groups.agency && !isAgency(m.groups.agency) ? null : place
}

/**
 * A dateline at the start of the first paragraph: "القاهرة في 5 يناير 2022 - أعلنت ...",
 * "بيروت، 12 مارس 2023 (أ ف ب) -". The date must come within the first few words.
 */
function inlineDateline(lines: Line[]): { date: string; place: string | null } | null {
  for (const line of lines) {
    const first = findDates(line.text)[0]
    if (!first) continue
    const before = line.text.slice(0, first.start)
    const words = matchKey(before).split(' ').filter(Boolean)
    if (words.length > 4) continue
    const after = line.text.slice(first.end, first.end + 40)
    if (!/^\s*(?:\([^)]{1,30}\)\s*)?[-–—:]/u.test(after)) continue
    const place = before.replace(/(?:[،,\s]|(?<!\p{L})(?:في|فى)(?!\p{L}))+$/u, '').trim()
    return { date: first.date, place: place && !isLabel(place) ? place : null }
  }
  return null
}

const RE_COPYRIGHT =
  /(?:©|\(c\)|copyright|(?:جميع|كافة)\s+الحقوق\s+محفوظة|حقوق\s+(?:النشر|الطبع)(?: محفوظة)?) *(?:(?:ل|لـ|لموقع|لصحيفة|لجريدة|لقناة|to) *)?(?:[\d\u0660-\u0669]{4}(?: *[-–] *[\d\u0660-\u0669]{4})? *)?(?<name>[\p{L}\p{M}][\p{L}\p{M} .'’-]{1,40})/iu

/** The outlet named by a copyright line ("© 2023 صحيفة الوادي. جميع الحقوق محفوظة"). */
function outletFrom(lines: string[]): string | null {
  for (const line of lines) {
    const name = RE_COPYRIGHT.exec(line)
      ?.groups?.name?.split(/[.|،,;:]|\s(?:جميع|كافة|all rights)/iu)[0]
      ?.replace(/[\s-]+$/u, '')
      .trim()
    if (name && !/^(?:all rights|جميع|كافة|محفوظة)/iu.test(name)) return name
  }
  return null
}
