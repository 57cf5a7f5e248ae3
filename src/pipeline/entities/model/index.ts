import weights from './weights.json'
import { viewSentence } from '../features'
import type { Token } from '../tokens'
import {
  decode,
  loadScorer,
  loadVocabulary,
  newCache,
  type DecodeCache,
  type ModelFile,
  type Scorer,
} from './perceptron'

/**
 * The committed tagger (trained by `npm run train:ner`; ATTRIBUTION.md says from what). Only
 * the worker and the CLI import this module: the weights are bundled with the parser, never
 * with the page's main thread.
 */

export interface ModelSpan {
  /** Token indices: first, and one past the last. */
  from: number
  to: number
  type: 'PER' | 'LOC' | 'ORG'
}

let loaded: {
  score: Scorer
  vocab: (bare: string) => number
  cache: DecodeCache
} | null = null

/** Replaces the committed model (the training script evaluates a fresh one through the tagger). */
export function useModel(file: ModelFile): void {
  loaded = { score: loadScorer(file), vocab: loadVocabulary(file), cache: newCache() }
}

function model() {
  if (!loaded) useModel(weights as unknown as ModelFile)
  return loaded!
}

/** The model's PER / LOC / ORG spans in one sentence (MISC is recognised and dropped). */
export function modelSpans(tokens: Token[]): ModelSpan[] {
  const { score, vocab, cache } = model()
  if (cache.own.size > 200_000) Object.assign(cache, newCache())
  const tags = decode(viewSentence(tokens, vocab), score, cache)
  const out: ModelSpan[] = []
  let open: ModelSpan | null = null
  let misc = false
  tags.forEach((tag, i) => {
    const type = tag.slice(2)
    if (tag.startsWith('I-') && (open?.type === type || misc)) {
      if (open) open.to = i + 1
      return
    }
    open = null
    misc = false
    if (!tag.startsWith('B-')) return
    if (type === 'MISC') misc = true
    else out.push((open = { from: i, to: i + 1, type: type as ModelSpan['type'] }))
  })
  return out
}

/** Frequency class of a stem in the training text (0: rare or unseen, likely a name). */
export function stemFrequency(bare: string): number {
  return model().vocab(bare)
}
