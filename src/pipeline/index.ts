/**
 * The pipeline's one entry point: files in, a `Corpus` out.
 *
 *   parseFile      one file → FileResult (articles, or errors), independent of every other file
 *     1 ingest       bytes → clean Article (decoding, format, chrome removal, metadata)
 *     2 sentences    Article → paragraphs and sentences
 *     3 temporal     → Timex[]          (time expressions pinned to the calendar)
 *     4 entities     → EntityMention[]  (people, organisations, places)
 *     5 events       → events and deployments, dated from 3 and argued from 4
 *   assembleCorpus FileResult[] → Corpus (the only step that looks across files)
 *     merge entities, merge events, co-occurrence
 *
 * Pure TypeScript: no DOM, Vue or ECharts (lint enforces it), so it runs in the worker, in the
 * CLI and in tests alike.
 */
import type { Article, ArticleResult, Corpus, FileResult, InputFile, ParseOptions } from './types'
import { ingestFile, type IngestedArticle, type IngestStage } from './ingest'
import { splitParagraphs, splitSentences } from './sentences'
import { tagTemporal } from './temporal'
import { tagEntities } from './entities'
import { extractEvents } from './events'
import { assembleCorpus } from './corpus'
import { untimed, type StageTimer } from './util/timing'

export * from './types'
export { assembleCorpus, type StageTimer }

export type FileStage = IngestStage | 'sentences' | 'temporal' | 'entities' | 'events'

export async function parseFile(
  file: InputFile,
  options: ParseOptions = {},
  time: StageTimer<FileStage> = untimed,
): Promise<FileResult> {
  try {
    const ingested = await ingestFile(file, options, time)
    return {
      file: file.name,
      results: ingested.articles.map((a) => analyseArticle(a, options, time)),
      errors: ingested.errors,
    }
  } catch (err) {
    return {
      file: file.name,
      results: [],
      errors: [{ file: file.name, code: 'internal', message: `Could not parse: ${describe(err)}` }],
    }
  }
}

/** Stages 2-5 for one ingested article. */
export function analyseArticle(
  ingested: IngestedArticle,
  options: ParseOptions = {},
  time: StageTimer<FileStage> = untimed,
): ArticleResult {
  const { contentHash, ...fields } = ingested
  const article: Article = { id: `a-${contentHash}`, ...fields }
  const override = options.publishedOverrides?.[article.id]
  if (override) {
    article.published = override
    article.publishedSource = 'user'
    article.warnings = article.warnings.filter((w) => !/publication date/i.test(w))
  }
  const sentences = time('sentences', () => {
    article.paragraphs ??= splitParagraphs(article.text)
    return splitSentences(article.text, article.paragraphs)
  })
  const timexes = time('temporal', () => tagTemporal(article, sentences))
  const mentions = time('entities', () => tagEntities(article, sentences))
  const { events, deployments } = time('events', () =>
    extractEvents({ article, sentences, timexes, mentions }),
  )
  return { article, sentences, timexes, mentions, events, deployments }
}

export async function runPipeline(files: InputFile[], options: ParseOptions = {}): Promise<Corpus> {
  const results: FileResult[] = []
  for (const f of files) results.push(await parseFile(f, options))
  return assembleCorpus(results)
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
