/**
 * Trains the named-entity tagger: `npm run train:ner [-- options]`.
 *
 * Reads ANERcorp's train split (../shared/data/anercorp-train.conll, CC BY-SA 4.0), holds out its
 * last sentences, trains an averaged perceptron on the rest, prints exact-span CoNLL P/R/F1 for
 * PER, LOC and ORG on the held-out part, then (unless --eval-only) retrains on every sentence
 * and writes src/pipeline/entities/model/weights.json. Seeded: the same data and options give
 * the same weights, byte for byte.
 *
 * Options: --epochs N (default 10)  --holdout F (fraction, default 0.1)  --seed N (default 1)
 *          --dropout P (word dropout for rare words, default 0.3)  --min-weight W (prune
 *          features whose weights are all below W, default 0.5)  --fold K (hold out the K-th
 *          block instead of the last, for cross-validation)  --eval-only (no final model)
 *          --aqmar (also train on ../shared/data/aqmar; Wikipedia text with other annotation
 *          conventions, it lowers held-out F1, so it is off by default)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { normalizeArabic } from '../src/pipeline/normalize/arabic'
import {
  freqClass,
  tokenFeatures,
  transitionFeatures,
  viewSentence,
  type TokenView,
  type Vocabulary,
} from '../src/pipeline/entities/features'
import {
  N_TAGS,
  TAGS,
  decode,
  hashFeature,
  loadScorer,
  toBase64,
  type ModelFile,
  type Scorer,
} from '../src/pipeline/entities/model/perceptron'
import { bare, fullStem, type Token } from '../src/pipeline/entities/tokens'
import { tagLine } from '../src/pipeline/entities/line'
import { useModel } from '../src/pipeline/entities/model'

const ROOT = join(import.meta.dirname, '..')
const DATA = join(ROOT, '..', 'shared', 'data')
const OUT = join(ROOT, 'src', 'pipeline', 'entities', 'model', 'weights.json')

interface Sentence {
  words: string[]
  tags: string[]
}

/** `token TAG` lines, blank lines between sentences. Tags normalised to B-/I- PER LOC ORG MISC. */
function readConll(text: string): Sentence[] {
  const out: Sentence[] = []
  let cur: Sentence = { words: [], tags: [] }
  const flush = () => {
    if (cur.words.length) out.push(cur)
    cur = { words: [], tags: [] }
  }
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed) {
      flush()
      continue
    }
    const cut = trimmed.lastIndexOf(' ')
    if (cut <= 0) continue
    cur.words.push(trimmed.slice(0, cut))
    cur.tags.push(normaliseTag(trimmed.slice(cut + 1)))
  }
  flush()
  return out
}

function normaliseTag(raw: string): string {
  const m = /^([BI])-+([A-Z]+)/.exec(raw.toUpperCase())
  if (!m) return 'O'
  const type = m[2]!.startsWith('PER')
    ? 'PER'
    : m[2] === 'LOC' || m[2] === 'ORG'
      ? m[2]
      : m[2]!.startsWith('MIS')
        ? 'MISC'
        : null
  return type ? `${m[1]}-${type}` : 'O'
}

/** mulberry32: a small seeded PRNG, so shuffles are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function toView(words: string[], vocab: Vocabulary): TokenView[] {
  let offset = 0
  const tokens: Token[] = words.map((w) => {
    const t = { start: offset, end: offset + w.length, text: w, norm: normalizeArabic(w) }
    offset += w.length + 1
    return t
  })
  return viewSentence(tokens, vocab)
}

/**
 * How often each bare stem is used as a common word (tagged O) in the training sentences: a
 * word the corpus often uses outside names is unlikely to be one.
 */
function countStems(sentences: Sentence[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      if (s.tags[i] !== 'O') return
      const b = bare(fullStem(normalizeArabic(w)).stem)
      counts.set(b, (counts.get(b) ?? 0) + 1)
    })
  }
  return counts
}

const vocabOf =
  (counts: Map<string, number>): Vocabulary =>
  (b) =>
    freqClass(counts.get(b) ?? 0)

/** Averaged perceptron weights during training (Honnibal's lazy averaging). */
class Trainer {
  weights = new Map<string, Float64Array>()
  totals = new Map<string, Float64Array>()
  stamps = new Map<string, Float64Array>()
  steps = 0

  score: Scorer = (features) => {
    const s = new Float64Array(N_TAGS)
    for (const f of features) {
      const w = this.weights.get(f)
      if (w) for (let t = 0; t < N_TAGS; t++) s[t]! += w[t]!
    }
    return s
  }

  tick() {
    this.steps++
  }

  /** Moves weights toward `truth` and away from `guess` (either may be -1: no change). */
  update(features: string[], truth: number, guess: number) {
    if (truth === guess) return
    for (const f of features) {
      let w = this.weights.get(f)
      if (!w) {
        w = new Float64Array(N_TAGS)
        this.weights.set(f, w)
        this.totals.set(f, new Float64Array(N_TAGS))
        this.stamps.set(f, new Float64Array(N_TAGS))
      }
      const tot = this.totals.get(f)!
      const st = this.stamps.get(f)!
      for (const [t, d] of [
        [truth, 1],
        [guess, -1],
      ] as const) {
        if (t < 0) continue
        tot[t]! += (this.steps - st[t]!) * w[t]!
        st[t] = this.steps
        w[t]! += d
      }
    }
  }

  average() {
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f)!
      const st = this.stamps.get(f)!
      for (let t = 0; t < N_TAGS; t++) {
        tot[t]! += (this.steps - st[t]!) * w[t]!
        w[t] = tot[t]! / this.steps
      }
    }
  }
}

/**
 * Word dropout: a rare word of a training sentence is, with probability `dropout`, shown to the
 * learner as an unknown word, so that it learns what context and affixes say about names it has
 * never seen (most names at run time are such).
 */
function train(
  data: { view: TokenView[]; tags: string[] }[],
  epochs: number,
  seed: number,
  dropout = 0,
) {
  const trainer = new Trainer()
  const random = rng(seed)
  const counts = new Map<string, number>()
  for (const { view } of data)
    for (const v of view) counts.set(v.norm, (counts.get(v.norm) ?? 0) + 1)
  const order = data.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    let correct = 0
    let total = 0
    for (const k of order) {
      const { tags } = data[k]!
      const view = dropout
        ? data[k]!.view.map((v) =>
            (counts.get(v.norm) ?? 0) <= 2 && random() < dropout
              ? { ...v, norm: '?', stem: '?' }
              : v,
          )
        : data[k]!.view
      const guess = decode(view, trainer.score)
      for (let i = 0; i < view.length; i++) {
        total++
        trainer.tick()
        const gPrev = tags[i - 1] ?? '<s>'
        const pPrev = guess[i - 1] ?? '<s>'
        if (guess[i] === tags[i] && gPrev === pPrev) {
          correct++
          continue
        }
        const truth = TAGS.indexOf(tags[i]!)
        const guessed = TAGS.indexOf(guess[i]!)
        trainer.update(tokenFeatures(view, i), truth, guessed)
        trainer.update(transitionFeatures(view, i, gPrev), truth, -1)
        trainer.update(transitionFeatures(view, i, pPrev), -1, guessed)
        if (guess[i] === tags[i]) correct++
      }
    }
    console.error(`epoch ${epoch + 1}/${epochs}: token accuracy ${(correct / total).toFixed(4)}`)
  }
  trainer.average()
  return trainer
}

/** Exact-span mentions (type, from, to) from BIO tags; MISC is not scored. */
function spans(tags: string[]): Set<string> {
  const out = new Set<string>()
  let start = -1
  let type = ''
  const close = (end: number) => {
    if (start >= 0 && type !== 'MISC') out.add(`${type}:${start}:${end}`)
    start = -1
  }
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && tag.slice(2) !== type)) {
      close(i)
      start = i
      type = tag.slice(2)
    } else if (tag === 'O') close(i)
  })
  close(tags.length)
  return out
}

type Scores = Record<string, { p: number; r: number; f1: number }>

/** Exact-span P/R/F1 per type from gold and predicted span sets ("TYPE:from:to"). */
function score(pairs: { gold: Set<string>; pred: Set<string> }[]): Scores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {}
  const bump = (type: string, k: 'tp' | 'fp' | 'fn') => {
    for (const t of [type, 'ALL']) (counts[t] ??= { tp: 0, fp: 0, fn: 0 })[k]++
  }
  for (const { gold, pred } of pairs) {
    for (const p of pred) bump(p.split(':')[0]!, gold.has(p) ? 'tp' : 'fp')
    for (const g of gold) if (!pred.has(g)) bump(g.split(':')[0]!, 'fn')
  }
  const report: Scores = {}
  for (const type of ['PER', 'LOC', 'ORG', 'ALL']) {
    const c = counts[type] ?? { tp: 0, fp: 0, fn: 0 }
    const p = c.tp / (c.tp + c.fp || 1)
    const r = c.tp / (c.tp + c.fn || 1)
    const round = (x: number) => Math.round(x * 10000) / 10000
    report[type] = { p: round(p), r: round(r), f1: round((2 * p * r) / (p + r || 1)) }
  }
  return report
}

/** The model alone: Viterbi tags of each held-out sentence. */
function evaluate(data: { view: TokenView[]; tags: string[] }[], scorer: Scorer): Scores {
  return score(
    data.map(({ view, tags }) => ({ gold: spans(tags), pred: spans(decode(view, scorer)) })),
  )
}

/**
 * The whole tagger as the `ner` CLI runs it (model, gazetteers, rules): each held-out sentence
 * is joined with spaces, tagged, and every name mapped back to the tokens it overlaps.
 */
function evaluateTagger(sentences: Sentence[]): Scores {
  return score(
    sentences.map(({ words, tags }) => {
      const starts: number[] = []
      let offset = 0
      for (const w of words) {
        starts.push(offset)
        offset += w.length + 1
      }
      const pred = new Set<string>()
      for (const e of tagLine(words.join(' '))) {
        const covered = words
          .map((w, k) => k)
          .filter((k) => starts[k]! < e.end && e.start < starts[k]! + words[k]!.length)
        if (covered.length) pred.add(`${e.type}:${covered[0]}:${covered[covered.length - 1]! + 1}`)
      }
      return { gold: spans(tags), pred }
    }),
  )
}

function printScores(title: string, scores: Scores) {
  console.log(title)
  for (const [type, r] of Object.entries(scores)) {
    console.log(`  ${type.padEnd(4)} P=${r.p.toFixed(4)} R=${r.r.toFixed(4)} F1=${r.f1.toFixed(4)}`)
  }
}

/** Quantised, pruned model file. */
function pack(
  trainer: Trainer,
  counts: Map<string, number>,
  minWeight: number,
  meta: Record<string, unknown>,
): ModelFile {
  const kept: [number, Float64Array][] = []
  let max = 0
  const byHash = new Map<number, Float64Array>()
  for (const [f, w] of trainer.weights) {
    if (!w.some((x) => Math.abs(x) >= minWeight)) continue
    const h = hashFeature(f)
    const acc = byHash.get(h) ?? new Float64Array(N_TAGS)
    for (let t = 0; t < N_TAGS; t++) acc[t]! += w[t]!
    byHash.set(h, acc)
  }
  for (const [h, w] of byHash) {
    kept.push([h, w])
    for (const x of w) max = Math.max(max, Math.abs(x))
  }
  kept.sort((a, b) => a[0] - b[0])
  const scale = Math.floor(32767 / (max || 1))
  const hashes = new Uint32Array(kept.length)
  const masks = new Uint16Array(kept.length)
  const values: number[] = []
  kept.forEach(([h, w], i) => {
    hashes[i] = h
    for (let t = 0; t < N_TAGS; t++) {
      const q = Math.round(w[t]! * scale)
      if (q === 0) continue
      masks[i]! |= 1 << t
      values.push(q)
    }
  })
  const weights = Int16Array.from(values)
  const vocab = [...counts]
    .map(([stem, n]) => [hashFeature(stem), freqClass(n)] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => a[0] - b[0])
  return {
    format: 'mirsad-ner-perceptron',
    version: 1,
    tags: TAGS,
    scale,
    hashes: toBase64(new Uint8Array(hashes.buffer)),
    masks: toBase64(new Uint8Array(masks.buffer)),
    weights: toBase64(new Uint8Array(weights.buffer)),
    vocab: toBase64(new Uint8Array(Uint32Array.from(vocab.map((v) => v[0])).buffer)),
    vocabClasses: toBase64(Uint8Array.from(vocab.map((v) => v[1]))),
    meta: { ...meta, features: kept.length, weights: values.length },
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '10' },
      holdout: { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
      'min-weight': { type: 'string', default: '0.5' },
      dropout: { type: 'string', default: '0.3' },
      fold: { type: 'string' },
      aqmar: { type: 'boolean', default: false },
      'eval-only': { type: 'boolean', default: false },
    },
  })
  const epochs = Number(values.epochs)
  const seed = Number(values.seed)
  const holdout = Number(values.holdout)
  const minWeight = Number(values['min-weight'])
  const dropout = Number(values.dropout)

  const aner = readConll(readFileSync(join(DATA, 'anercorp-train.conll'), 'utf8'))
  const extra = values.aqmar
    ? readdirSync(join(DATA, 'aqmar'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .flatMap((f) => readConll(readFileSync(join(DATA, 'aqmar', f), 'utf8')))
    : []
  const cut = Math.round(aner.length * (1 - holdout))
  // Cross-validation: hold out block `fold` (of 1/holdout blocks) instead of the last one.
  const fold = values.fold === undefined ? -1 : Number(values.fold)
  if (fold >= 0) {
    const size = aner.length - cut
    const moved = aner.splice(fold * size, size)
    aner.push(...moved)
  }
  const prep = (s: Sentence[], vocab: Vocabulary) =>
    s.map((x) => ({ view: toView(x.words, vocab), tags: x.tags }))
  const trainSentences = [...aner.slice(0, cut), ...extra]
  const trainCounts = countStems(trainSentences)
  const trainVocab = vocabOf(trainCounts)
  const trainPart = prep(trainSentences, trainVocab)
  const heldOut = prep(aner.slice(cut), trainVocab)
  console.error(
    `ANERcorp: ${aner.length} sentences; training on ${trainPart.length}, holding out the last ${heldOut.length}`,
  )

  const started = performance.now()
  const trainer = train(trainPart, epochs, seed, dropout)
  const report = evaluate(heldOut, trainer.score)
  const packed = pack(trainer, trainCounts, minWeight, {})
  const quantised = evaluate(heldOut, loadScorer(packed))
  printScores(
    `held-out (last ${heldOut.length} sentences), model alone, exact-span CoNLL P/R/F1:`,
    quantised,
  )
  useModel(packed)
  const tagger = evaluateTagger(aner.slice(cut))
  printScores('held-out, whole tagger (model + gazetteers + rules, as `npm run ner`):', tagger)
  console.error(
    `(unquantised model F1=${report.ALL!.f1}; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  if (values['eval-only']) return

  const allCounts = countStems([...aner, ...extra])
  const all = prep([...aner, ...extra], vocabOf(allCounts))
  const final = train(all, epochs, seed, dropout)
  const model = pack(final, allCounts, minWeight, {
    data: values.aqmar ? 'ANERcorp train split + AQMAR' : 'ANERcorp train split',
    license: 'CC BY-SA 4.0 (derived from ANERcorp); see ATTRIBUTION.md',
    epochs,
    seed,
    dropout,
    heldOut: { sentences: heldOut.length, model: quantised, tagger },
  })
  writeFileSync(OUT, JSON.stringify(model) + '\n')
  console.error(`wrote ${OUT} (${(JSON.stringify(model).length / 1e6).toFixed(2)} MB)`)
}

main()
