import { endsSentence, type Line } from './lines'

/**
 * Hard-wrapped text (e-mails, terminal copies, some exports) breaks sentences at a fixed width.
 * A file is wrapped when most of its lines end near one width of at most ~120 characters; then a
 * line that ends near that width without a sentence end continues on the next line.
 */

export function wrapWidth(lines: Line[]): number | null {
  const lengths = lines
    .filter((l) => l.words >= 3)
    .map((l) => l.text.length)
    .sort((a, b) => a - b)
  if (lengths.length < 6) return null
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!
  if (width < 30 || width > 120) return null
  const near = lengths.filter((n) => n >= 0.7 * width && n <= width * 1.05).length
  return near / lengths.length >= 0.5 ? width : null
}

const RE_LIST_ITEM = /^(?:[-*•·▪–]|\d{1,2}[.)-])\s/u

export function continues(prev: Line, next: Line, width: number): boolean {
  if (prev.text.length < 0.6 * width) return false
  if (endsSentence(prev.text) || /[:：]$/u.test(prev.text)) return false
  return !RE_LIST_ITEM.test(next.text)
}
