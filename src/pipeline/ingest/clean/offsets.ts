/**
 * The map from the cleaned text back to the source text it was cut from (the decoded file for
 * text formats, the extracted text for HTML, Word and PDF). The cleaned text is built from slices
 * of the source joined by separators; each slice is one segment, so a lookup is a binary search.
 */

export interface Segment {
  /** Start of the slice in the cleaned text. */
  start: number
  /** Start of the same slice in the source. */
  sourceStart: number
  length: number
}

export interface OffsetMap {
  segments: Segment[]
  /** Source offset for a cleaned-text offset; separators map to the end of the slice before. */
  toSource(offset: number): number
}

/** Builds the cleaned text and its map from slices and the separators placed between them. */
export class TextBuilder {
  private parts: string[] = []
  private segments: Segment[] = []
  private length = 0

  constructor(private readonly source: string) {}

  get size(): number {
    return this.length
  }

  /** Appends source.slice(start, end). */
  slice(start: number, end: number): void {
    if (end <= start) return
    this.segments.push({ start: this.length, sourceStart: start, length: end - start })
    this.parts.push(this.source.slice(start, end))
    this.length += end - start
  }

  /** Appends text that is not in the source (a space joining wrapped lines, a paragraph break). */
  separator(text: string): void {
    this.parts.push(text)
    this.length += text.length
  }

  build(): { text: string; map: OffsetMap } {
    const segments = this.segments
    return {
      text: this.parts.join(''),
      map: { segments, toSource: (offset) => toSource(segments, offset) },
    }
  }
}

function toSource(segments: Segment[], offset: number): number {
  let lo = 0
  let hi = segments.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (segments[mid]!.start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  if (found < 0) return segments[0]?.sourceStart ?? 0
  const s = segments[found]!
  return s.sourceStart + Math.min(offset - s.start, s.length)
}
