import type { Article, EntityMention, Sentence, Span, Timex } from '../types'
import { normalizeArabic } from '../normalize/arabic'

/**
 * Where the article's parts are, for the event stage: the headline (its events repeat the
 * body's), the lines above the body (a date stamp, a byline, an outlet: "السبت، 08 يناير 2022
 * 07:00 ص"، "كتب محمد جمال") and the dateline that opens the body ("هراري (رويترز) -"). A date
 * there says when the article was published, not when anything happened, and the names there
 * (the agency, the place of the newsroom) take part in no event.
 */

export interface Layout {
  /** Index of the headline's paragraph, or -1. */
  titleParagraph: number
  /** Spans that are publication chrome: header lines and the body's dateline prefix. */
  stamps: Span[]
}

/** A line with a date and at most this many words besides is a stamp, not a sentence ... */
const MAX_STAMP_WORDS = 4
/** ... and at most this many without one. */
const MAX_UNDATED_STAMP_WORDS = 2
/** A dateline prefix is at most this many words before its dash. */
const MAX_DATELINE_WORDS = 6
const RE_WORD = /[\p{L}\p{N}]+/gu
const RE_DASH = /\s[-–—]\s/u

export function articleLayout(
  article: Article,
  sentences: Sentence[],
  timexes: Timex[],
  mentions: EntityMention[],
): Layout {
  const titleParagraph = findTitle(article, sentences)
  const stamps: Span[] = []
  let i = 0
  while (i < sentences.length && sentences[i]!.paragraph === titleParagraph) i++
  for (; i < sentences.length; i++) {
    const s = sentences[i]!
    // A stamp is a line of its own with no full stop, and few words besides its dates.
    const line = article.paragraphs?.[s.paragraph]
    const whole = !line || (line.start === s.start && line.end === s.end)
    if (!whole || /[.!?؟…]["»”)]*$/.test(s.text)) break
    // A short line with a date ("تونس - الخميس 25 جانفي 2024") or of two words at most ("الدوحة -
    // قنا"); a short subheading ("احتجاجات في ألماتي") keeps its names.
    const dated = timexes.some((t) => t.start >= s.start && t.end <= s.end)
    if (plainWords(s, timexes) > (dated ? MAX_STAMP_WORDS : MAX_UNDATED_STAMP_WORDS)) break
    stamps.push({ start: s.start, end: s.end })
  }
  const body = sentences[i]
  if (body) {
    const prefix = datelinePrefix(body.text)
    // "(رويترز)" or a place name first: "قال الرئيس - ..." is no dateline.
    const place = mentions.some((m) => m.type === 'LOC' && m.start === body.start)
    if (prefix > 0 && (place || body.text.slice(0, prefix).includes('(')))
      stamps.push({ start: body.start, end: body.start + prefix })
  }
  return { titleParagraph, stamps }
}

export function inStamp(layout: Layout, span: Span): boolean {
  return layout.stamps.some((s) => s.start <= span.start && span.end <= s.end)
}

function findTitle(article: Article, sentences: Sentence[]): number {
  const first = sentences[0]
  if (!article.title || !first) return -1
  const title = key(article.title)
  const para = key(
    sentences
      .filter((s) => s.paragraph === first.paragraph)
      .map((s) => s.text)
      .join(' '),
  )
  return title && (para === title || para.startsWith(title) || title.startsWith(para))
    ? first.paragraph
    : -1
}

/** Words of a sentence outside its time expressions (digits are part of dates and times). */
function plainWords(s: Sentence, timexes: Timex[]): number {
  let n = 0
  for (const m of s.text.matchAll(RE_WORD)) {
    const start = s.start + m.index
    const end = start + m[0].length
    if (/^\d+$/.test(m[0])) continue
    if (timexes.some((t) => t.start < end && start < t.end)) continue
    n++
  }
  return n
}

/** Length of "هراري (رويترز) - " at the start of the body, or 0. */
function datelinePrefix(text: string): number {
  const dash = RE_DASH.exec(text.slice(0, 80))
  if (!dash) return 0
  const before = text.slice(0, dash.index)
  if (/[،,:.؛]/.test(before)) return 0
  const words = before.match(RE_WORD)?.length ?? 0
  return words > 0 && words <= MAX_DATELINE_WORDS ? dash.index + dash[0].length : 0
}

function key(s: string): string {
  return normalizeArabic(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The items (time expressions) inside each sentence, in one pass over both sorted lists: a
 * filter per sentence is quadratic on a book-length file.
 */
export function bySentence<T extends Span>(sentences: Sentence[], items: T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start)
  const out: T[][] = sentences.map(() => [])
  let k = 0
  sentences.forEach((s, i) => {
    while (k < sorted.length && sorted[k]!.start < s.start) k++
    for (let j = k; j < sorted.length && sorted[j]!.start < s.end; j++) {
      if (sorted[j]!.end <= s.end) out[i]!.push(sorted[j]!)
    }
  })
  return out
}
