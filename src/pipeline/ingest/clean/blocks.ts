import type { Block, ChromeMatch } from './chrome'
import { endsSentence, isSentenceLike, type Line } from './lines'

/**
 * Chrome that spans several lines: the teaser headlines listed under "اقرأ أيضا" or "الأكثر
 * قراءة", the tags under "الوسوم", and the page footer after the comment box or the copyright
 * line. Only short lines that do not read as sentences are taken, and a teaser or tag list ends at
 * the first blank line after it: a body paragraph or subheading that follows a widget is kept
 * (leaving chrome in is better than cutting the article).
 */

const LIMITS: Record<Block, { maxWords: number; maxLines: number }> = {
  teasers: { maxWords: 20, maxLines: 8 },
  tags: { maxWords: 4, maxLines: 30 },
  footer: { maxWords: 24, maxLines: Infinity },
  caption: { maxWords: 30, maxLines: 1 },
}

export function blockDrops(lines: Line[], chrome: Map<number, ChromeMatch>): Map<number, string> {
  const drops = new Map<number, string>()
  const total = lines.length ? lines[lines.length - 1]!.end : 0
  let open: { block: Block; rule: string; taken: number } | null = null
  for (const line of lines) {
    if (line.blank) {
      if (open && open.block !== 'footer' && open.taken > 0) open = null
      continue
    }
    const match = chrome.get(line.index)
    if (match) {
      // A comment box or copyright line high up is a share bar under the headline, not the footer.
      const opens = match.opens === 'footer' && line.start < total / 2 ? undefined : match.opens
      if (opens) open = { block: opens, rule: `${match.rule}-block`, taken: 0 }
      else if (open?.block !== 'footer') open = null
      continue
    }
    if (!open) continue
    const limit = LIMITS[open.block]
    const short = line.words <= limit.maxWords && !(line.words >= 6 && endsSentence(line.text))
    if (!short || isSentenceLike(line) || open.taken >= limit.maxLines) {
      if (open.block !== 'footer') open = null
      continue
    }
    drops.set(line.index, open.rule)
    open.taken++
  }
  return drops
}

/** Short non-sentence lines printed twice (a photo caption under the photo and in the gallery). */
export function repeatDrops(lines: Line[], dropped: (line: Line) => boolean): Map<number, string> {
  const seen = new Set<string>()
  const drops = new Map<number, string>()
  for (const line of lines) {
    if (line.blank || dropped(line)) continue
    if (line.words > 12 || isSentenceLike(line)) continue
    if (seen.has(line.key)) drops.set(line.index, 'repeat')
    else seen.add(line.key)
  }
  return drops
}
