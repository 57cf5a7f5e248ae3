import type { Article, FileError, InputFile, ParseOptions } from '../types'
import { hashBytes } from '../util/hash'
import { splitParagraphs } from '../sentences'

/**
 * Ingestion: bytes in, clean articles out. This is the only stage that sees bytes; everything
 * after it works on `Article.text`.
 *
 * FOUNDATION STUB: plain-text UTF-8/UTF-16 files only, with the size, empty and binary checks.
 * Issue 3 fills in encodings, formats, cleaning and metadata.
 */

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024

/** An article as ingestion leaves it: everything but the id, plus the hash the id comes from. */
export type IngestedArticle = Omit<Article, 'id'> & { contentHash: string }

export interface IngestResult {
  articles: IngestedArticle[]
  errors: FileError[]
}

export async function ingestFile(
  file: InputFile,
  options: ParseOptions = {},
): Promise<IngestResult> {
  const fail = (code: string, message: string): IngestResult => ({
    articles: [],
    errors: [{ file: file.name, code, message }],
  })
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  if (file.bytes.length > max) {
    return fail(
      'too-large',
      `File is ${formatMB(file.bytes.length)}, over the ${formatMB(max)} limit`,
    )
  }
  const ext = extensionOf(file.name)
  if (!['txt', 'text', 'md', 'markdown', ''].includes(ext)) {
    return fail('unsupported', `Files of type .${ext} are not supported`)
  }
  if (file.bytes.length === 0) return fail('empty', 'File is empty')
  if (looksBinary(file.bytes)) return fail('binary', 'File is binary, not text')
  const decoded = decode(file.bytes)
  if (!decoded) return fail('undecodable', 'File is not valid UTF-8 or UTF-16 text')
  const text = decoded.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  if (!text) return fail('empty', 'File holds only whitespace')
  const title = text.split('\n', 1)[0] ?? null
  return {
    articles: [
      {
        contentHash: hashBytes(file.bytes),
        file: file.name,
        title,
        published: null,
        publishedSource: 'none',
        author: null,
        language: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'other',
        text,
        warnings: ['No publication date found'],
        encoding: decoded.encoding,
        format: ext || 'txt',
        paragraphs: splitParagraphs(text),
      },
    ],
    errors: [],
  }
}

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function formatMB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096)
  if (head[0] === 0xff && head[1] === 0xfe) return false // UTF-16 LE BOM
  if (head[0] === 0xfe && head[1] === 0xff) return false // UTF-16 BE BOM
  return head.includes(0)
}

function decode(bytes: Uint8Array): { text: string; encoding: string } | null {
  const tries: [string, number][] = [['utf-8', 0]]
  if (bytes[0] === 0xff && bytes[1] === 0xfe) tries.unshift(['utf-16le', 2])
  if (bytes[0] === 0xfe && bytes[1] === 0xff) tries.unshift(['utf-16be', 2])
  for (const [encoding] of tries) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding }
    } catch {
      // try the next one
    }
  }
  return null
}
