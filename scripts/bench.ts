/**
 * Speed and memory benchmark: prints numbers, asserts nothing.
 *   npm run bench [-- --files N] [--seed S] [--quick]
 *
 * One table row per workload, one column per pipeline stage (ms, mean per run), then the
 * total (median wall time per run), ms per KB, CPU ms per run (all threads; steadier than wall
 * time when other processes load the machine) and the peak JS heap seen while that row ran:
 *   sample        the bundled sample article
 *   5/20/100 KB   synthetic articles of that size (scripts/lib/synthetic-articles.ts: invented
 *                 sentences with varied names, numbers and dates, mixed with the sample's)
 *   N files       N different synthetic articles parsed one after the other, then assembled
 *                 into one corpus (the page does this for a dropped folder)
 *   pathological  100 KB with no punctuation, a 20k-character sentence, 100 KB of one word
 * Stage times come from the pipeline's optional stage timer (util/timing.ts), so they time the
 * real code path; the `assemble` column is `assembleCorpus` over that row's results.
 * The machine's load skews every number: compare runs made on the same machine state.
 */
import '../cli/stdio'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getHeapStatistics } from 'node:v8'
import { assembleCorpus, parseFile, type FileStage } from '../src/pipeline'
import type { CorpusStage } from '../src/pipeline/corpus'
import { splitSentences } from '../src/pipeline/sentences'
import type { FileResult } from '../src/pipeline/types'
import { generateArticle, generateLongArticle } from './lib/synthetic-articles'
import { rng } from './lib/rng'

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
  },
})
const nFiles = Number(values.files)
const seed = Number(values.seed)
const quick = values.quick
const sample = readFileSync(
  join(import.meta.dirname, '..', 'public', 'samples', 'youm7-blinken-kazakhstan-2022-01-08.txt'),
  'utf8',
)
// Body sentences of the sample (long enough to be prose), to mix into the invented ones.
const pool = splitSentences(sample)
  .map((s) => s.text)
  .filter((s) => s.length > 60)
const enc = new TextEncoder()

const STAGES: (FileStage | 'assemble')[] = [
  'decode',
  'clean',
  'metadata',
  'sentences',
  'temporal',
  'entities',
  'events',
  'assemble',
]

/** Adds up the time spent in each stage (async stages included) and the heap high-water mark. */
function stopwatch() {
  const totals = new Map<string, number>()
  let peakHeap = getHeapStatistics().used_heap_size
  const add = (stage: string, t0: number) => {
    totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - t0)
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size)
  }
  const time = <T>(stage: string, run: () => T): T => {
    const t0 = performance.now()
    const r = run()
    if (r instanceof Promise) return r.finally(() => add(stage, t0)) as T
    add(stage, t0)
    return r
  }
  return { time, totals, peak: () => peakHeap }
}

interface Row {
  label: string
  results: FileResult[]
  kb: number
  runs: number
  stages: Map<string, number>
  /** Median wall time of one run (parse + assemble). */
  total: number
  /** Median CPU time of one run (all threads): steadier than wall time on a busy machine. */
  cpu: number
  peakHeap: number
  note: string
}

const rows: Row[] = []
const corpusSteps = new Map<CorpusStage, number>()

/** Parses `texts` as one batch (then assembles them), `runs` times. */
async function measure(label: string, texts: string[], runs: number): Promise<Row> {
  const files = texts.map((t, i) => ({ name: `${label}-${i}.txt`, bytes: enc.encode(t) }))
  const kb = files.reduce((s, f) => s + f.bytes.length, 0) / 1024
  const watch = stopwatch()
  const times: number[] = []
  const cpus: number[] = []
  let results: FileResult[] = []
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    results = []
    for (const f of files) results.push(await parseFile(f, {}, watch.time))
    const corpus = watch.time('assemble', () => assembleCorpus(results, watch.time))
    times.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpus.push((c.user + c.system) / 1000)
    if (r === runs - 1) {
      const errors = corpus.errors.map((e) => e.message)
      const note = errors.length
        ? `error: ${errors[0]}`
        : `${corpus.articles.length} art, ${corpus.events.length} ev, ${corpus.entities.length} ent`
      times.sort((a, b) => a - b)
      cpus.sort((a, b) => a - b)
      const cpu = cpus[runs >> 1]!
      const stages = new Map([...watch.totals].map(([s, t]) => [s, t / runs]))
      const total = times[runs >> 1]!
      const row = { label, results, kb, runs, stages, total, cpu, peakHeap: watch.peak(), note }
      rows.push(row)
      process.stderr.write(`${label}: ${row.total.toFixed(0)} ms\n`)
      return row
    }
  }
  throw new Error('runs must be ≥ 1')
}

function words(count: number, r: () => number): string {
  const vocab = pool.flatMap((s) => s.split(/\s+/)).map((w) => w.replace(/[.,،:"؟!]/g, ''))
  return Array.from({ length: count }, () => vocab[Math.floor(r() * vocab.length)]).join(' ')
}

function fmt(x: number | undefined): string {
  if (x === undefined) return '-'
  return x < 10 ? x.toFixed(1) : x.toFixed(0)
}

function table(): string {
  const head = ['workload', 'KB', 'runs', ...STAGES, 'total', 'ms/KB', 'cpu', 'heap MB', '']
  const body = rows.map((r) => [
    r.label,
    r.kb.toFixed(0),
    String(r.runs),
    ...STAGES.map((s) => fmt(r.stages.get(s))),
    fmt(r.total),
    (r.total / r.kb).toFixed(2),
    fmt(r.cpu),
    (r.peakHeap / 1024 / 1024).toFixed(0),
    r.note,
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!),
      )
      .join('  ')
      .trimEnd()
  return [line(head), ...body.map(line)].join('\n')
}

async function main() {
  // Warm up (lazy tables, JIT) on articles outside the measured set.
  for (let i = 0; i < 5; i++) {
    await parseFile({ name: 'w.txt', bytes: enc.encode(generateArticle(-1 - i, { pool })) })
  }
  const reps = (n: number) => (quick ? 1 : n)
  await measure('sample', [sample], reps(10))
  for (const kb of [5, 20, 100]) {
    await measure(
      `${kb} KB`,
      [generateLongArticle(seed + kb, kb * 1024, pool)],
      reps(kb < 50 ? 5 : 3),
    )
  }
  const batch = Array.from({ length: nFiles }, (_, i) =>
    generateArticle(seed * 100_003 + i, { pool }),
  )
  const many = await measure(`${nFiles} files`, batch, 1)
  many.note += `, ${(nFiles / (many.total / 1000)).toFixed(1)} files/s`
  // The page reassembles on every edit: the corpus steps over the N files, by step.
  const steps = stopwatch()
  for (let i = 0; i < 3; i++) assembleCorpus(many.results, steps.time)
  for (const [s, t] of steps.totals) corpusSteps.set(s as CorpusStage, t / 3)
  if (!quick) {
    // 100 KB each: the event stage grows faster than linearly on text without sentence breaks.
    const r = rng(seed)
    await measure('100 KB, no punctuation', [words(19_000, r)], 1)
    await measure('20k-char sentence', [`${words(3_600, r).slice(0, 20_000)}.`], 1)
    await measure('100 KB of one word', ['احتجاجات '.repeat(11_000)], 1)
  }
  const peakRss = process.resourceUsage().maxRSS * 1024
  process.stdout.write(
    [
      table(),
      '',
      `assemble ${nFiles} files, by step (ms): ${[...corpusSteps].map(([s, t]) => `${s} ${fmt(t)}`).join(', ')}`,
      `peak rss ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
      '',
    ].join('\n'),
  )
}

void main()
