import type { Article, FileError, InputFile, ParseOptions } from '../types'
import { hashBytes } from '../util/hash'
import { splitParagraphs } from '../sentences'
import { cleanText, type RemovedLine } from './clean'
import type { OffsetMap } from './clean/offsets'
import type { Extracted } from './formats/types'
import { readMarkdown, readPlainText } from './formats/text'
import { detectLanguage } from './language'
import { checkSize, IngestError, limitsOf, type Limits } from './limits'
import { readMetadata } from './metadata'
import { detectFormat, extensionOf, type Format } from './sniff'
import { untimed, type StageTimer } from '../util/timing'

/**
 * Ingestion: bytes in, clean articles out. This is the only stage that sees bytes; everything
 * after it works on `Article.text`.
 *
 *   1 limits     size cap, empty file
 *   2 sniff      format from the bytes and the name (sniff.ts)
 *   3 read       decode (decode.ts) and extract text per format (formats/); archives expand
 *                into their entries, each ingested like a dropped file
 *   4 clean      site chrome out, paragraphs kept, offset map (clean/)
 *   5 metadata   headline, publication date and time, byline, dateline place, outlet (metadata/)
 *   6 language   (language.ts)
 * PDF, Word and archive readers and the HTML stack are imported on first use, so a plain .txt
 * never loads them.
 */

export { DEFAULT_MAX_FILE_BYTES } from './limits'
export { extensionOf }

/** Ingest's timed stages: read bytes into text, cut chrome, read headline/date/byline. */
export type IngestStage = 'decode' | 'clean' | 'metadata'

/** An article as ingestion leaves it: everything but the id, plus the hash the id comes from. */
export type IngestedArticle = Omit<Article, 'id'> & { contentHash: string }

export interface IngestResult {
  articles: IngestedArticle[]
  errors: FileError[]
}

/** What ingestion knows beyond the article: the text it was cut from and what was cut. */
export interface ArticleOrigin {
  /** The decoded or extracted text that `text` was cleaned from. */
  source: string
  /** Cleaned-text offsets → `source` offsets. */
  map: OffsetMap
  /** Lines dropped as site chrome, with the rule that dropped each. */
  removed: RemovedLine[]
}

export interface DetailedResult {
  articles: { article: IngestedArticle; origin: ArticleOrigin }[]
  errors: FileError[]
}

export async function ingestFile(
  file: InputFile,
  options: ParseOptions = {},
  time: StageTimer<IngestStage> = untimed,
): Promise<IngestResult> {
  const { articles, errors } = await ingestDetailed(file, options, time)
  return { articles: articles.map((a) => a.article), errors }
}

/** `ingestFile` with each article's origin (source text, offset map, removed lines). */
export async function ingestDetailed(
  file: InputFile,
  options: ParseOptions = {},
  time: StageTimer<IngestStage> = untimed,
): Promise<DetailedResult> {
  return ingest(file, limitsOf(options), 0, time)
}

/** Archives inside archives are opened this many levels deep. */
const MAX_DEPTH = 2

async function ingest(
  file: InputFile,
  limits: Limits,
  depth: number,
  time: StageTimer<IngestStage>,
): Promise<DetailedResult> {
  try {
    checkSize(file.bytes.length, limits)
    if (file.bytes.length === 0) throw new IngestError('empty', 'File is empty')
    const format = detectFormat(file.name, file.bytes)
    if (format === 'zip') return await ingestArchive(file, limits, depth, time)
    const extracted = await time('decode', () => read(format, file.bytes))
    return { articles: [buildArticle(file, format, extracted, time)], errors: [] }
  } catch (err) {
    if (!(err instanceof IngestError)) throw err
    return { articles: [], errors: [{ file: file.name, code: err.code, message: err.message }] }
  }
}

async function read(format: Exclude<Format, 'zip'>, bytes: Uint8Array): Promise<Extracted> {
  switch (format) {
    case 'txt':
      return readPlainText(bytes)
    case 'md':
      return readMarkdown(bytes)
    case 'html':
      return (await import('./formats/html')).readHtml(bytes)
    case 'docx':
      return (await import('./formats/docx')).readDocx(bytes)
    case 'pdf':
      return (await import('./formats/pdf')).readPdf(bytes)
  }
}

const ARTICLE_EXTENSIONS = new Set([
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'docx',
  'pdf',
  'zip',
  '',
])

async function ingestArchive(
  file: InputFile,
  limits: Limits,
  depth: number,
  time: StageTimer<IngestStage>,
): Promise<DetailedResult> {
  if (depth >= MAX_DEPTH) {
    throw new IngestError('archive', 'Archives nested this deep are not opened')
  }
  const { expandZip, isDocx } = await import('./formats/zip')
  const { entries, failed } = time('decode', () => expandZip(file.bytes, limits))
  if (isDocx(entries)) {
    const { readDocx } = await import('./formats/docx')
    const extracted = await time('decode', () => readDocx(file.bytes))
    return { articles: [buildArticle(file, 'docx', extracted, time)], errors: [] }
  }
  const result: DetailedResult = {
    articles: [],
    errors: failed.map((f) => ({
      file: `${file.name}/${f.name}`,
      code: f.code,
      message: f.message,
    })),
  }
  // Pictures and other attachments in an archive of articles are skipped, not reported.
  const articles = entries.filter((e) => ARTICLE_EXTENSIONS.has(extensionOf(e.name)))
  if (articles.length === 0 && failed.length === 0) {
    throw new IngestError(
      'archive',
      'The archive holds no article files (.txt, .md, .html, .docx, .pdf)',
    )
  }
  for (const entry of articles) {
    const inner: InputFile = { name: `${file.name}/${entry.name}`, bytes: entry.bytes }
    try {
      const r = await ingest(inner, limits, depth + 1, time)
      result.articles.push(...r.articles)
      result.errors.push(...r.errors)
    } catch (err) {
      result.errors.push({
        file: inner.name,
        code: 'internal',
        message: `Could not parse: ${String(err)}`,
      })
    }
  }
  return result
}

function buildArticle(
  file: InputFile,
  format: Format,
  extracted: Extracted,
  time: StageTimer<IngestStage>,
): { article: IngestedArticle; origin: ArticleOrigin } {
  const source = extracted.text
  if (!/\S/u.test(source)) throw new IngestError('empty', 'File holds only whitespace')
  if (!/[\p{L}\p{N}]/u.test(source)) throw new IngestError('empty', 'File holds no words')
  const cleaned = time('clean', () =>
    cleanText(source, { arabic: detectLanguage(source) === 'ar' }),
  )
  if (!cleaned.text) {
    throw new IngestError('empty', 'No article text found: the file holds only page furniture')
  }
  const meta = time('metadata', () => readMetadata(cleaned, extracted.hints))
  const article: IngestedArticle = {
    contentHash: hashBytes(file.bytes),
    file: file.name,
    title: meta.title,
    published: meta.published,
    publishedSource: meta.publishedSource,
    author: meta.author,
    language: detectLanguage(cleaned.text),
    text: cleaned.text,
    warnings: [...extracted.warnings, ...meta.warnings],
    outlet: meta.outlet,
    dateline: meta.dateline,
    url: meta.url,
    format,
    paragraphs: splitParagraphs(cleaned.text),
  }
  if (extracted.encoding) article.encoding = extracted.encoding
  return { article, origin: { source, map: cleaned.map, removed: cleaned.removed } }
}
