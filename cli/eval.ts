import { run } from './stdio'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectFiles } from './files'
import { runPipeline } from '../src/pipeline'

const USAGE = `usage: npm run eval -- [CORPUS_DIR] [GOLD_DIR] [-- score-gold options, e.g. --min timex=0.9]

Parses CORPUS_DIR (default ../shared/corpus) and scores the output against GOLD_DIR
(default ../shared/gold) with ../shared/tools/score-gold.py. Needs python3.`

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.error(USAGE)
    return 0
  }
  const split = args.indexOf('--')
  const positional = split < 0 ? args : args.slice(0, split)
  const extra = split < 0 ? [] : args.slice(split + 1)
  const corpusDir = positional[0] ?? '../shared/corpus'
  const goldDir = positional[1] ?? '../shared/gold'
  const scorer = process.env.MIRSAD_SCORER ?? '../shared/tools/score-gold.py'
  for (const p of [corpusDir, goldDir, scorer]) {
    if (!existsSync(p)) {
      console.error(`not found: ${p}\n\n${USAGE}`)
      return 2
    }
  }
  const { files, errors } = await collectFiles([corpusDir])
  const started = performance.now()
  const corpus = await runPipeline(files)
  const ms = performance.now() - started
  corpus.errors.push(...errors)
  const out = join(mkdtempSync(join(tmpdir(), 'mirsad-eval-')), 'corpus.json')
  writeFileSync(out, JSON.stringify(corpus))
  console.error(
    `parsed ${files.length} files in ${ms.toFixed(0)} ms: ${corpus.articles.length} articles, ` +
      `${corpus.timexes.length} timexes, ${corpus.entities.length} entities, ` +
      `${corpus.events.length} events, ${corpus.errors.length} errors → ${out}`,
  )
  const r = spawnSync('python3', [scorer, out, goldDir, ...extra], { stdio: 'inherit' })
  return r.status ?? 1
}

run(main)
