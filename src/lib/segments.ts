import type { Corpus, MirsadEvent } from '../pipeline/types'

/**
 * Splits a text into runs for highlighting without HTML: every run carries the kinds of marks
 * covering it, so the reader renders plain text nodes inside <mark>-like spans (never v-html).
 */
export interface Mark {
  start: number
  end: number
  kind: string
  /** Optional id (event id, entity id) the run links to. */
  ref?: string
}

export interface Segment {
  start: number
  end: number
  text: string
  marks: Mark[]
}

export function segmentText(text: string, marks: Mark[], from = 0, to = text.length): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start)
  const cuts = new Set<number>([from, to])
  for (const m of inside) {
    cuts.add(Math.max(from, m.start))
    cuts.add(Math.min(to, m.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    out.push({
      start,
      end,
      text: text.slice(start, end),
      marks: inside.filter((m) => m.start <= start && m.end >= end),
    })
  }
  return out
}

/**
 * Invisible characters that can reorder or hide text (bidi embeddings, overrides, isolates, marks,
 * zero-width space, BOM). The reader shows each as a small visible badge instead of obeying it, so
 * an article cannot make its text read differently from what it holds. ZWJ and ZWNJ only affect
 * letter joining, so they stay.
 */
export const CONTROL_NAMES: Record<string, string> = {
  '\u200B': 'ZWSP',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u061C': 'ALM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\uFEFF': 'BOM',
}
const RE_CONTROL = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g

export interface Piece {
  text: string
  /** Set when the piece is one invisible control character: its short name. */
  control?: string
}

/** Splits text into plain runs and revealed control characters. */
export function revealControls(text: string): Piece[] {
  const out: Piece[] = []
  let last = 0
  for (const m of text.matchAll(RE_CONTROL)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) })
    out.push({ text: m[0], control: CONTROL_NAMES[m[0]] })
    last = m.index + 1
  }
  if (last < text.length || !out.length) out.push({ text: text.slice(last) })
  return out
}

/**
 * The highlight marks of one article: time expressions, entity mentions (by type), event sentences
 * and their trigger words, each layer only when switched on. Events come from the filtered view.
 */
export function articleMarks(
  articleId: string,
  corpus: Pick<Corpus, 'timexes' | 'entities'>,
  events: MirsadEvent[],
  layers: { timex: boolean; PER: boolean; ORG: boolean; LOC: boolean; event: boolean },
): Mark[] {
  const out: Mark[] = []
  if (layers.timex) {
    for (const x of corpus.timexes) {
      if (x.articleId === articleId) out.push({ start: x.start, end: x.end, kind: 'timex' })
    }
  }
  for (const e of corpus.entities) {
    if (!layers[e.type]) continue
    for (const m of e.mentions) {
      if (m.articleId === articleId) {
        out.push({ start: m.start, end: m.end, kind: `entity-${e.type}`, ref: e.id })
      }
    }
  }
  if (layers.event) {
    for (const e of events) {
      for (const s of e.sources) {
        if (s.articleId !== articleId) continue
        out.push({ start: s.start, end: s.end, kind: 'event', ref: e.id })
        if (s.trigger)
          out.push({ start: s.trigger.start, end: s.trigger.end, kind: 'trigger', ref: e.id })
      }
    }
  }
  return out
}
