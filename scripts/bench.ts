/**
 * Speed and memory benchmark: prints numbers, asserts nothing.
 *   npm run bench [-- --files N] [--big-mb M]
 * Parses the bundled sample N times (each copy made unique so no id repeats), then one large file
 * of M MB built from it, and reports time per file, throughput, corpus assembly time and memory.
 */
import '../cli/stdio'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { assembleCorpus, parseFile } from '../src/pipeline'
import type { FileResult } from '../src/pipeline/types'

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '200' },
    'big-mb': { type: 'string', default: '2' },
  },
})
const n = Number(values.files)
const bigMb = Number(values['big-mb'])
const sample = readFileSync(
  join(import.meta.dirname, '..', 'public', 'samples', 'youm7-blinken-kazakhstan-2022-01-08.txt'),
  'utf8',
)
const enc = new TextEncoder()
const mb = (x: number) => (x / 1024 / 1024).toFixed(1)

async function main() {
  // Warm up the parsers (lazy tables, JIT).
  await parseFile({ name: 'warmup.txt', bytes: enc.encode(sample) })

  const results: FileResult[] = []
  let bytes = 0
  const times: number[] = []
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    const b = enc.encode(`${sample}\n\nنسخة ${i}.`)
    bytes += b.length
    const s = performance.now()
    results.push(await parseFile({ name: `copy-${i}.txt`, bytes: b }))
    times.push(performance.now() - s)
  }
  const total = performance.now() - t0
  times.sort((a, b) => a - b)
  const a0 = performance.now()
  const corpus = assembleCorpus(results)
  const assemble = performance.now() - a0

  const big = enc.encode(
    Array.from({ length: Math.ceil((bigMb * 1024 * 1024) / sample.length) }, () => sample).join(
      '\n\n',
    ),
  )
  const b0 = performance.now()
  const bigResult = await parseFile({ name: 'big.txt', bytes: big })
  const bigMs = performance.now() - b0

  const mem = process.memoryUsage()
  console.error('')
  process.stdout.write(
    [
      `files parsed          ${n} (${mb(bytes)} MB)`,
      `per file              median ${times[Math.floor(n / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(n * 0.95)]!.toFixed(1)} ms`,
      `throughput            ${(bytes / 1024 / (total / 1000)).toFixed(0)} KB/s`,
      `assemble corpus       ${assemble.toFixed(0)} ms (${corpus.articles.length} articles, ${corpus.events.length} events, ${corpus.entities.length} entities)`,
      `one ${mb(big.length)} MB file       ${bigMs.toFixed(0)} ms (${bigResult.errors.length ? bigResult.errors[0]!.message : 'ok'})`,
      `memory                rss ${mb(mem.rss)} MB, heap used ${mb(mem.heapUsed)} MB`,
      '',
    ].join('\n'),
  )
}

void main()
