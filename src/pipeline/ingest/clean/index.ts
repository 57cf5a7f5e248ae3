import type { Span } from '../../types'
import { readHead, type Head } from '../metadata/headline'
import { blockDrops, repeatDrops } from './blocks'
import { chromeRule, type ChromeMatch } from './chrome'
import { Line, splitLines } from './lines'
import { TextBuilder, type OffsetMap } from './offsets'
import { continues, wrapWidth } from './wrap'

/**
 * Cleaning: source text in, article text out. Stages, in order:
 *   1 lines       split, trimmed, keyed for matching
 *   2 chrome      line rules (chrome.ts: phrase lists and shapes)
 *   3 head        headline, dateline, byline; what sits above the headline; headline repeats
 *   4 blocks      teaser lists, tag lists, the footer after the comment box; repeated captions
 *   5 text        kept lines as paragraphs, hard-wrapped lines rejoined, with the offset map
 * Each dropped line records the rule that dropped it. The result depends on this file alone.
 */

export interface RemovedLine extends Span {
  text: string
  rule: string
}

export interface Cleaned {
  text: string
  map: OffsetMap
  paragraphs: Span[]
  removed: RemovedLine[]
  head: Head
  /** The kept lines (offsets in the source). */
  kept: Line[]
}

export interface CleanOptions {
  /** The article is in Arabic (a lone Latin word is then a widget label). */
  arabic: boolean
}

const PARAGRAPH_BREAK = '\n\n'

export function cleanText(source: string, options: CleanOptions): Cleaned {
  const lines = splitLines(source)
  const chrome = new Map<number, ChromeMatch>()
  for (const line of lines) {
    const match = chromeRule(line, options.arabic)
    if (match) chrome.set(line.index, match)
  }
  const head = readHead(lines, chrome)
  const drops = new Map<number, string>()
  for (const [i, m] of chrome) drops.set(i, m.rule)
  for (const [i, rule] of head.drops) drops.set(i, rule)
  for (const [i, rule] of blockDrops(lines, chrome)) if (!drops.has(i)) drops.set(i, rule)
  for (const [i, rule] of repeatDrops(lines, (l) => drops.has(l.index))) drops.set(i, rule)

  const removed: RemovedLine[] = []
  const kept: Line[] = []
  for (const line of lines) {
    if (line.blank) continue
    const rule = drops.get(line.index)
    if (rule) {
      removed.push({ start: line.start, end: line.end, text: line.text, rule })
      continue
    }
    const trim = head.trims.get(line.index)
    if (trim === undefined) {
      kept.push(line)
      continue
    }
    let start = trim
    while (start < line.end && /\s/u.test(source[start]!)) start++
    removed.push({
      start: line.start,
      end: start,
      text: source.slice(line.start, start),
      rule: 'headline-caption',
    })
    kept.push(new Line(line.index, start, line.end, source.slice(start, line.end)))
  }
  return { ...assemble(source, lines, kept), removed, head, kept }
}

/** Joins kept lines: a space inside a hard-wrapped paragraph, a blank line between paragraphs. */
function assemble(
  source: string,
  lines: Line[],
  kept: Line[],
): { text: string; map: OffsetMap; paragraphs: Span[] } {
  const width = wrapWidth(lines)
  const builder = new TextBuilder(source)
  const paragraphs: Span[] = []
  let paragraphStart = 0
  kept.forEach((line, i) => {
    const prev = kept[i - 1]
    if (prev) {
      const adjacent = line.index === prev.index + 1
      if (width !== null && adjacent && continues(prev, line, width)) {
        builder.separator(' ')
      } else {
        paragraphs.push({ start: paragraphStart, end: builder.size })
        builder.separator(PARAGRAPH_BREAK)
        paragraphStart = builder.size
      }
    }
    builder.slice(line.start, line.end)
  })
  if (kept.length) paragraphs.push({ start: paragraphStart, end: builder.size })
  return { ...builder.build(), paragraphs }
}
