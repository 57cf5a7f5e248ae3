import {
  PARSER_VERSION,
  SCHEMA_VERSION,
  type Article,
  type ArticleResult,
  type Corpus,
  type FileResult,
} from './types'
import { mergeEntities } from './entities/merge'
import { computeCooccurrence } from './entities/cooccurrence'
import { mergeEvents } from './events/merge'
import { normalizeArabic } from './normalize/arabic'
import { untimed, type StageTimer } from './util/timing'

export type CorpusStage = 'duplicates' | 'entity merge' | 'event merge' | 'co-occurrence'

/**
 * The corpus-level steps, kept apart from the per-file stages so that the page can reassemble
 * the corpus on the main thread (when a file is added or removed) without loading the parsers.
 */

/** Corpus-level steps. The result does not depend on the order of `files`. */
export function assembleCorpus(
  files: FileResult[],
  time: StageTimer<CorpusStage> = untimed,
): Corpus {
  const errors = files.flatMap((f) => f.errors).sort(byFile)
  const all = files.flatMap((f) => f.results)
  all.sort((a, b) => byFile(a.article, b.article) || a.article.id.localeCompare(b.article.id))
  const { results, duplicates } = time('duplicates', () => dropDuplicates(all))
  const index = time('entity merge', () => mergeEntities(results))
  const { events, deployments } = time('event merge', () => mergeEvents(results, index))
  const cooccurrence = time('co-occurrence', () => computeCooccurrence(results, index.entities))
  return {
    schemaVersion: SCHEMA_VERSION,
    parserVersion: PARSER_VERSION,
    articles: results.map((r) => r.article),
    timexes: results.flatMap((r) => r.timexes),
    entities: index.entities,
    events,
    deployments,
    cooccurrence,
    errors,
    duplicates,
  }
}

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0
}

// ---------------------------------------------------------------------------------------------
// Duplicates

/**
 * Duplicate articles: the same file dropped twice (same bytes, same id) and near-identical copies
 * of one article (saved once as text and once as a page, or copied twice with different site
 * chrome). Near-identical means the two texts share most of their five-word sequences (Jaccard
 * ≥ 0.8), or one holds nearly all of the other's and is at most twice as long (a copy without
 * its dateline and byline, or cut short); candidates are found through a bottom-k sketch of each text's hashed sequences, so a
 * corpus of hundreds of articles is not compared pair by pair. Files are visited in `file` order:
 * the first copy is kept, whatever order the files came in. Hand-written: a few lines of
 * shingling and MinHash-style sketching, no library needed.
 */

const NEAR_DUPLICATE = 0.8
const CONTAINED = 0.9
const SHINGLE_WORDS = 5
const SKETCH_SIZE = 32
/** Texts with fewer five-word sequences are too short to call near-identical. */
const MIN_SHINGLES = 12

interface Duplicate {
  file: string
  of: string
  similarity?: number
}

interface Fingerprint {
  shingles: Set<number>
  sketch: number[]
}

/** Articles keep their fingerprint between corpus assemblies (the page reassembles often). */
const fingerprints = new WeakMap<Article, Fingerprint>()

function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function fingerprint(article: Article): Fingerprint {
  let fp = fingerprints.get(article)
  if (fp) return fp
  const words = normalizeArabic(article.text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const hashes = words.map(fnv1a)
  const shingles = new Set<number>()
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0x811c9dc5
    for (let k = i; k < i + SHINGLE_WORDS; k++) h = Math.imul(h ^ hashes[k]!, 0x01000193)
    shingles.add(h >>> 0)
  }
  const sketch = [...shingles].sort((a, b) => a - b).slice(0, SKETCH_SIZE)
  fp = { shingles, sketch }
  fingerprints.set(article, fp)
  return fp
}

/**
 * Jaccard similarity, or containment when one set holds nearly all of a set at least half its
 * size; 0 as soon as the shingles left to compare can no longer reach `atLeast` (most candidate
 * pairs share a few sentences and fail early, which keeps reassembling hundreds of articles fast).
 */
function similarity(a: Set<number>, b: Set<number>, atLeast: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  const canContain = small.size * 2 >= large.size
  // Fewest shared shingles for Jaccard ≥ atLeast (shared / (a + b − shared)), or for containment.
  // (The epsilon keeps float error from asking for one more at an exact boundary.)
  const forJaccard = Math.ceil((atLeast * (a.size + b.size)) / (1 + atLeast) - 1e-9)
  const forContainment = canContain ? Math.ceil(CONTAINED * small.size - 1e-9) : Infinity
  const needed = Math.min(forJaccard, forContainment)
  let shared = 0
  let possible = small.size
  for (const x of small) {
    if (large.has(x)) shared++
    else if (--possible < needed) return 0
  }
  const union = a.size + b.size - shared
  const jaccard = union === 0 ? 0 : shared / union
  const contained = canContain && shared / small.size >= CONTAINED
  return contained ? Math.max(jaccard, shared / small.size) : jaccard
}

/** Keeps the first of each set of duplicates; `all` must already be in a stable order. */
function dropDuplicates(all: ArticleResult[]): {
  results: ArticleResult[]
  duplicates: Duplicate[]
} {
  const byId = new Map<string, string>()
  const bySketch = new Map<number, number[]>() // sketch hash → indexes into `results`
  const results: ArticleResult[] = []
  const duplicates: Duplicate[] = []
  for (const r of all) {
    const same = byId.get(r.article.id)
    if (same !== undefined) {
      duplicates.push({ file: r.article.file, of: same })
      continue
    }
    const fp = fingerprint(r.article)
    const near = fp.shingles.size >= MIN_SHINGLES ? nearest(fp, bySketch, results) : null
    if (near) {
      duplicates.push({ file: r.article.file, of: near.file, similarity: near.similarity })
      continue
    }
    byId.set(r.article.id, r.article.file)
    for (const h of fp.sketch) {
      const list = bySketch.get(h)
      if (list) list.push(results.length)
      else bySketch.set(h, [results.length])
    }
    results.push(r)
  }
  return { results, duplicates }
}

function nearest(
  fp: Fingerprint,
  bySketch: Map<number, number[]>,
  results: ArticleResult[],
): { file: string; similarity: number } | null {
  const candidates = new Set<number>()
  for (const h of fp.sketch) for (const i of bySketch.get(h) ?? []) candidates.add(i)
  let best: { file: string; similarity: number } | null = null
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const other = results[i]!.article
    const s = similarity(fp.shingles, fingerprint(other).shingles, NEAR_DUPLICATE)
    if (s >= NEAR_DUPLICATE && (!best || s > best.similarity)) {
      best = { file: other.file, similarity: Math.round(s * 100) / 100 }
    }
  }
  return best
}
