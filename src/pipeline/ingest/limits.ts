import type { ParseOptions } from '../types'

/**
 * Size limits and the one error type ingestion raises. Every bad file ends as one `FileError`
 * whose message names the problem in plain English (the page shows the file name beside it).
 */

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
export const DEFAULT_MAX_EXPANDED_BYTES = 200 * 1024 * 1024
/** Expanded ÷ compressed size above which an archive is treated as a zip bomb. */
export const DEFAULT_MAX_EXPANSION_RATIO = 100
/** Below this many expanded bytes the ratio is not checked (tiny repetitive files compress well). */
export const RATIO_GRACE_BYTES = 1024 * 1024
export const MAX_ARCHIVE_ENTRIES = 5000

export interface Limits {
  maxFileBytes: number
  maxExpandedBytes: number
  maxExpansionRatio: number
}

export function limitsOf(options: ParseOptions): Limits {
  return {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxExpandedBytes: options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED_BYTES,
    maxExpansionRatio: options.maxExpansionRatio ?? DEFAULT_MAX_EXPANSION_RATIO,
  }
}

export type IngestErrorCode =
  'empty' | 'binary' | 'too-large' | 'undecodable' | 'unsupported' | 'archive'

/** Thrown by readers; `ingestFile` turns it into a `FileError` for the file. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'IngestError'
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

export function checkSize(size: number, limits: Limits): void {
  if (size > limits.maxFileBytes) {
    throw new IngestError(
      'too-large',
      `File is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit`,
    )
  }
}
