/**
 * Trains the named-entity tagger: `npm run train:ner [-- options]`.
 *
 * Reads ANERcorp's train split (../shared/data/anercorp-train.conll, CC BY-SA 4.0), holds out its
 * last sentences, trains averaged perceptrons on the rest (the model is their mean), prints
 * exact-span CoNLL P/R/F1 for PER, LOC and ORG on the held-out part, then (unless --eval-only)
 * retrains on every sentence and writes src/pipeline/entities/model/weights.json. Seeded: the same data and options give
 * the same weights, byte for byte.
 *
 * Options: --epochs N (default 10)  --holdout F (fraction, default 0.1)  --seed N (default 1)
 *          --dropout P (word dropout for rare words, default 0.3)  --min-weight W (prune
 *          features whose weights are all below W, default 0.5)  --fold K (hold out the K-th
 *          block instead of the last, for cross-validation)  --eval-only (no final model)
 *          --dev (score an inner development split, the last tenth of the training part, and
 *          leave the held-out block out entirely: make choices there)  --watch (print the F1
 *          after every epoch)  --ensemble N (average N perceptrons with seeds seed..seed+N-1,
 *          default 3)  --out PATH (where to write the model)
 *          --model-out PATH (also write the model trained without the scored part, for experiments
 *          on the whole tagger)  --errors PATH (write the missed and spurious mentions of the
 *          model alone and of the whole tagger on the scored part, one per line)
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
import { printScores, readConll, score, spans, type Scores, type Sentence } from './ner/data'
import { rng } from './lib/rng'

const ROOT = join(import.meta.dirname, '..')
const DATA = join(ROOT, '..', 'shared', 'data')
const OUT = join(ROOT, 'src', 'pipeline', 'entities', 'model', 'weights.json')

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

  /** The averaged weights so far, leaving training state untouched. */
  snapshot(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>()
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f)!
      const st = this.stamps.get(f)!
      out.set(
        f,
        w.map((x, t) => (tot[t]! + (this.steps - st[t]!) * x) / this.steps),
      )
    }
    return out
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
  watch?: (epoch: number, weights: Map<string, Float64Array>) => void,
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
    watch?.(epoch + 1, trainer.snapshot())
  }
  trainer.average()
  return trainer
}

/** The model alone: Viterbi tags of each held-out sentence. */
function evaluate(
  data: { view: TokenView[]; tags: string[] }[],
  scorer: Scorer,
  errors?: string[],
  words?: string[][],
): Scores {
  return score(
    data.map(({ view, tags }, k) => {
      const pair = { gold: spans(tags), pred: spans(decode(view, scorer)) }
      if (errors && words) listErrors('model', pair.gold, pair.pred, words[k]!, errors)
      return pair
    }),
  )
}

/** Missed and spurious mentions of one sentence, as tab-separated lines. */
function listErrors(
  who: string,
  gold: Set<string>,
  pred: Set<string>,
  words: string[],
  out: string[],
) {
  const show = (s: string) => {
    const [type, from, to] = s.split(':')
    return `${type} ${words.slice(Number(from), Number(to)).join(' ')}`
  }
  for (const g of gold) if (!pred.has(g)) out.push(`${who}\tmiss\t${show(g)}\t${words.join(' ')}`)
  for (const p of pred) if (!gold.has(p)) out.push(`${who}\tspur\t${show(p)}\t${words.join(' ')}`)
}

/**
 * The whole tagger as the `ner` CLI runs it (model, gazetteers, rules): each held-out sentence
 * is joined with spaces, tagged, and every name mapped back to the tokens it overlaps.
 */
function evaluateTagger(sentences: Sentence[], errors?: string[]): Scores {
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
      const gold = spans(tags)
      if (errors) listErrors('tagger', gold, pred, words, errors)
      return { gold, pred }
    }),
  )
}

/** Quantised, pruned model file. */
function pack(
  weights: Map<string, Float64Array>,
  counts: Map<string, number>,
  minWeight: number,
  meta: Record<string, unknown>,
): ModelFile {
  const kept: [number, Float64Array][] = []
  let max = 0
  const byHash = new Map<number, Float64Array>()
  for (const [f, w] of weights) {
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
  const quantised = Int16Array.from(values)
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
    weights: toBase64(new Uint8Array(quantised.buffer)),
    vocab: toBase64(new Uint8Array(Uint32Array.from(vocab.map((v) => v[0])).buffer)),
    vocabClasses: toBase64(Uint8Array.from(vocab.map((v) => v[1]))),
    meta: { ...meta, features: kept.length, weights: values.length },
  }
}

/**
 * The mean of `n` perceptrons trained with seeds `seed`, `seed + 1` ...: one perceptron's F1
 * moves by about a point with the shuffle order, the mean of a few is steadier and better.
 */
function fitEnsemble(
  data: { view: TokenView[]; tags: string[] }[],
  epochs: number,
  seed: number,
  dropout: number,
  n: number,
  watch?: (epoch: number, weights: Map<string, Float64Array>) => void,
): Map<string, Float64Array> {
  const sum = new Map<string, Float64Array>()
  for (let k = 0; k < n; k++) {
    for (const [f, w] of train(data, epochs, seed + k, dropout, watch).weights) {
      const acc = sum.get(f) ?? new Float64Array(N_TAGS)
      for (let t = 0; t < N_TAGS; t++) acc[t]! += w[t]! / n
      sum.set(f, acc)
    }
  }
  return sum
}

const scorerOf =
  (weights: Map<string, Float64Array>): Scorer =>
  (features) => {
    const s = new Float64Array(N_TAGS)
    for (const f of features) {
      const w = weights.get(f)
      if (w) for (let t = 0; t < N_TAGS; t++) s[t]! += w[t]!
    }
    return s
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
      dev: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      ensemble: { type: 'string', default: '3' },
      out: { type: 'string', default: OUT },
      aqmar: { type: 'boolean', default: false },
      'model-out': { type: 'string' },
      errors: { type: 'string' },
      'eval-only': { type: 'boolean', default: false },
    },
  })
  const holdout = Number(values.holdout)
  const minWeight = Number(values['min-weight'])

  let aner = readConll(readFileSync(join(DATA, 'anercorp-train.conll'), 'utf8'))
  const extra = values.aqmar
    ? readdirSync(join(DATA, 'aqmar'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .flatMap((f) => readConll(readFileSync(join(DATA, 'aqmar', f), 'utf8')))
    : []
  let cut = Math.round(aner.length * (1 - holdout))
  // Cross-validation: hold out block `fold` (of 1/holdout blocks) instead of the last one.
  const fold = values.fold === undefined ? -1 : Number(values.fold)
  if (fold >= 0) {
    const size = aner.length - cut
    const moved = aner.splice(fold * size, size)
    aner.push(...moved)
  }
  // Choices are made on an inner development split: the held-out block is left out entirely and
  // the last tenth of the rest is scored instead.
  if (values.dev) {
    aner = aner.slice(0, cut)
    cut = Math.round(aner.length * 0.9)
  }
  const prep = (s: Sentence[], vocab: Vocabulary) =>
    s.map((x) => ({ view: toView(x.words, vocab), tags: x.tags }))
  const trainSentences = [...aner.slice(0, cut), ...extra]
  const trainCounts = countStems(trainSentences)
  const trainVocab = vocabOf(trainCounts)
  const trainPart = prep(trainSentences, trainVocab)
  const heldOut = prep(aner.slice(cut), trainVocab)
  const what = values.dev ? 'inner dev' : 'held-out'
  console.error(
    `ANERcorp: ${aner.length} sentences; training on ${trainPart.length}, ${what}: the last ${heldOut.length}`,
  )

  const started = performance.now()
  // --watch: the held-out (or dev) F1 after every perceptron epoch, to choose --epochs.
  const watch = values.watch
    ? (epoch: number, w: Map<string, Float64Array>) =>
        console.error(`  epoch ${epoch}: ${what} F1=${evaluate(heldOut, scorerOf(w)).ALL!.f1}`)
    : undefined
  const [epochs, seed, dropout] = [values.epochs, values.seed, values.dropout].map(Number) as [
    number,
    number,
    number,
  ]
  const ensemble = Number(values.ensemble)
  const weights = fitEnsemble(trainPart, epochs, seed, dropout, ensemble, watch)
  const report = evaluate(heldOut, scorerOf(weights))
  const packed = pack(weights, trainCounts, minWeight, {})
  const errors: string[] | undefined = values.errors ? [] : undefined
  const quantised = evaluate(
    heldOut,
    loadScorer(packed),
    errors,
    aner.slice(cut).map((x) => x.words),
  )
  printScores(
    `${what} (last ${heldOut.length} sentences), model alone, exact-span CoNLL P/R/F1:`,
    quantised,
  )
  if (values['model-out']) writeFileSync(values['model-out'], JSON.stringify(packed) + '\n')
  useModel(packed)
  const tagger = evaluateTagger(aner.slice(cut), errors)
  if (values.errors) writeFileSync(values.errors, errors!.join('\n') + '\n')
  printScores(`${what}, whole tagger (model + gazetteers + rules, as \`npm run ner\`):`, tagger)
  console.error(
    `(unquantised model F1=${report.ALL!.f1}; ${packed.meta!.features} features, ${packed.meta!.weights} weights, ${(JSON.stringify(packed).length / 1e6).toFixed(2)} MB; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  if (values['eval-only'] || values.dev) return

  const allCounts = countStems([...aner, ...extra])
  const all = prep([...aner, ...extra], vocabOf(allCounts))
  const final = fitEnsemble(all, epochs, seed, dropout, ensemble)
  const model = pack(final, allCounts, minWeight, {
    data: values.aqmar ? 'ANERcorp train split + AQMAR' : 'ANERcorp train split',
    license: 'CC BY-SA 4.0 (derived from ANERcorp); see ATTRIBUTION.md',
    epochs,
    seed,
    dropout,
    ensemble,
    heldOut: { sentences: heldOut.length, model: quantised, tagger },
  })
  writeFileSync(values.out, JSON.stringify(model) + '\n')
  console.error(`wrote ${values.out} (${(JSON.stringify(model).length / 1e6).toFixed(2)} MB)`)
}

main()
