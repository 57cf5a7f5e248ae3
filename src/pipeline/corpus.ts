import {
  PARSER_VERSION,
  SCHEMA_VERSION,
  type ArticleResult,
  type Corpus,
  type FileResult,
} from './types'
import { mergeEntities } from './entities/merge'
import { computeCooccurrence } from './entities/cooccurrence'
import { mergeEvents } from './events/merge'

/**
 * The corpus-level steps, kept apart from the per-file stages so that the page can reassemble
 * the corpus on the main thread (when a file is added or removed) without loading the parsers.
 */

/** Corpus-level steps. The result does not depend on the order of `files`. */
export function assembleCorpus(files: FileResult[]): Corpus {
  const errors = files.flatMap((f) => f.errors).sort(byFile)
  const all = files.flatMap((f) => f.results)
  all.sort((a, b) => byFile(a.article, b.article) || a.article.id.localeCompare(b.article.id))
  const seen = new Map<string, string>()
  const results: ArticleResult[] = []
  const duplicates: { file: string; of: string }[] = []
  for (const r of all) {
    const first = seen.get(r.article.id)
    if (first !== undefined) {
      duplicates.push({ file: r.article.file, of: first })
      continue
    }
    seen.set(r.article.id, r.article.file)
    results.push(r)
  }
  const index = mergeEntities(results)
  const { events, deployments } = mergeEvents(results, index)
  return {
    schemaVersion: SCHEMA_VERSION,
    parserVersion: PARSER_VERSION,
    articles: results.map((r) => r.article),
    timexes: results.flatMap((r) => r.timexes),
    entities: index.entities,
    events,
    deployments,
    cooccurrence: computeCooccurrence(results, index.entities),
    errors,
    duplicates,
  }
}

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0
}
