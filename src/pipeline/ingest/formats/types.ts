import type { Hints } from '../metadata'

/** What a format reader gives: plain text (one paragraph or line per line) and what it knows. */
export interface Extracted {
  text: string
  /** The encoding the bytes were read with, for text formats. */
  encoding?: string
  warnings: string[]
  hints: Hints
}
