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
