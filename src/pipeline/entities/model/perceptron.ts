import { contextFeatures, ownFeatures, transitionFeatures, type TokenView } from '../features'

/**
 * Sequence tagger: a structured averaged perceptron (Collins 2002) with first-order Viterbi
 * decoding over BIO tags. Hand-written: no maintained JavaScript CRF or perceptron library runs
 * in a worker without native code, and the decoder is forty lines. Feature strings are hashed
 * (FNV-1a, 32 bits) into a table of per-tag weights.
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']
export const N_TAGS = TAGS.length

/** FNV-1a over UTF-16 code units. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** An I- tag may only continue a mention of its own type. */
export function allowed(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2)
}

/** Scores of every tag for one token's features. */
export type Scorer = (features: string[]) => Float64Array

const START = '<s>'

/** Scores that only depend on a token's own facts, kept while the weights do not change. */
export interface DecodeCache {
  /** Own-feature scores by word and gazetteer label. */
  own: Map<string, Float64Array>
  /** Transition scores by the token facts they use; one slot per previous tag (last: start). */
  trans: Map<string, (Float64Array | undefined)[]>
}

export const newCache = (): DecodeCache => ({ own: new Map(), trans: new Map() })

/** allowed() for every (previous, current) tag pair; index N_TAGS is the sentence start. */
const ALLOWED = [...TAGS, START].map((prev) => TAGS.map((tag) => allowed(tag, prev)))

/**
 * Best tag sequence (first-order Viterbi): each tag scores its token's features plus the
 * features joining it to the previous tag; an I- tag may only continue its own type. Pass a
 * `cache` that lives as long as the weights do not change.
 */
export function decode(view: TokenView[], score: Scorer, cache = newCache()): string[] {
  const n = view.length
  if (n === 0) return []
  const best: Float64Array[] = []
  const back: Int8Array[] = []
  for (let i = 0; i < n; i++) {
    const v = view[i]!
    // Every field own features read (training hides some words behind "?").
    const ownKey = `${v.norm}|${v.stem}|${v.bare}|${v.prefix}|${v.shape}|${v.gaz}|${v.freq}|${+v.nisba}|${+v.given}|${v.trig}`
    let mine = cache.own.get(ownKey)
    if (!mine) cache.own.set(ownKey, (mine = score(ownFeatures(v))))
    const context = score(contextFeatures(view, i))
    const transKey = `${v.prefix}|${v.freq}|${v.gaz}`
    let row = cache.trans.get(transKey)
    if (!row) cache.trans.set(transKey, (row = []))
    const cur = new Float64Array(N_TAGS).fill(-Infinity)
    const from = new Int8Array(N_TAGS)
    const [first, last] = i === 0 ? [N_TAGS, N_TAGS] : [0, N_TAGS - 1]
    for (let p = first; p <= last; p++) {
      const base = i === 0 ? 0 : best[i - 1]![p]!
      if (base === -Infinity) continue
      const trans = (row[p] ??= score(transitionFeatures(view, i, p === N_TAGS ? START : TAGS[p]!)))
      const ok = ALLOWED[p]!
      for (let t = 0; t < N_TAGS; t++) {
        if (!ok[t]) continue
        const x = base + mine[t]! + context[t]! + trans[t]!
        if (x > cur[t]!) {
          cur[t] = x
          from[t] = p
        }
      }
    }
    best.push(cur)
    back.push(from)
  }
  let t = 0
  for (let k = 1; k < N_TAGS; k++) if (best[n - 1]![k]! > best[n - 1]![t]!) t = k
  const tags = new Array<string>(n)
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = TAGS[t]!
    t = back[i]![t]!
  }
  return tags
}

/**
 * The committed model: sorted feature hashes and their non-zero quantised weights, as base64
 * little-endian arrays (a perceptron only ever updates two tags per mistake, so most of a
 * feature's weights are zero).
 */
export interface ModelFile {
  format: 'mirsad-ner-perceptron'
  version: number
  tags: string[]
  /** Weight = stored int16 / scale. */
  scale: number
  /** uint32 feature hashes, sorted ascending. */
  hashes: string
  /** uint16 per feature: bit t is set when the feature has a weight for tag t. */
  masks: string
  /** int16 weights of the set bits, feature by feature, tag by tag. */
  weights: string
  /** Little-endian uint32 hashes of training stems seen more than once, sorted ascending. */
  vocab: string
  /** Frequency class (1-3) of each stem in `vocab`, one byte each. */
  vocabClasses: string
  /** What the model was trained on and how well it did on held-out data (for the record). */
  meta?: Record<string, unknown>
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export function toBase64(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(bin)
}

/** Run-time frequency classes of stems (0 for rare or unseen). */
export function loadVocabulary(model: ModelFile): (bare: string) => number {
  const bytes = fromBase64(model.vocab)
  const hashes = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
  const classes = fromBase64(model.vocabClasses)
  const index = new Map<number, number>()
  for (let i = 0; i < hashes.length; i++) index.set(hashes[i]!, classes[i]!)
  return (bare) => index.get(hashFeature(bare)) ?? 0
}

/** Run-time scorer over a committed model. */
export function loadScorer(model: ModelFile): Scorer {
  if (model.format !== 'mirsad-ner-perceptron' || model.tags.join() !== TAGS.join()) {
    throw new Error('Unknown NER model format')
  }
  const hashBytes = fromBase64(model.hashes)
  const maskBytes = fromBase64(model.masks)
  const weightBytes = fromBase64(model.weights)
  const hashes = new Uint32Array(hashBytes.buffer, hashBytes.byteOffset, hashBytes.length / 4)
  const masks = new Uint16Array(maskBytes.buffer, maskBytes.byteOffset, maskBytes.length / 2)
  const weights = new Int16Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length / 2)
  const index = new Map<number, number>()
  let offset = 0
  for (let i = 0; i < hashes.length; i++) {
    index.set(hashes[i]!, i)
  }
  const offsets = new Uint32Array(hashes.length)
  for (let i = 0; i < hashes.length; i++) {
    offsets[i] = offset
    for (let m = masks[i]!; m; m &= m - 1) offset++
  }
  if (offset !== weights.length) throw new Error('Corrupt NER model')
  const inv = 1 / model.scale
  return (features) => {
    const s = new Float64Array(N_TAGS)
    for (const f of features) {
      const i = index.get(hashFeature(f))
      if (i === undefined) continue
      let at = offsets[i]!
      const mask = masks[i]!
      for (let t = 0; t < N_TAGS; t++) if (mask & (1 << t)) s[t]! += weights[at++]! * inv
    }
    return s
  }
}
