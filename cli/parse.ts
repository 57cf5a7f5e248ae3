import { run, writeStdout } from './stdio'
import { parseArgs } from 'node:util'
import { collectFiles } from './files'
import { runPipeline } from '../src/pipeline'

const USAGE = `usage: npm run --silent parse -- [--max-file-mb N] [--published ID=DATE ...] PATH...

Parses article files (or folders of them, recursively) and prints one JSON document, a Corpus,
to stdout (see docs/contract.md). Files that fail are listed in "errors"; the rest still parse.`

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'max-file-mb': { type: 'string' },
        published: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.error(USAGE)
    return 0
  }
  if (positionals.length === 0) {
    console.error(USAGE)
    return 2
  }
  const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb'])
  if (maxMb !== undefined && !(maxMb > 0)) {
    console.error(`--max-file-mb must be a positive number\n\n${USAGE}`)
    return 2
  }
  const publishedOverrides: Record<string, string> = {}
  for (const kv of values.published ?? []) {
    const m = /^(a-[0-9a-f]+)=(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)$/.exec(kv)
    if (!m) {
      console.error(`--published expects ARTICLE_ID=YYYY-MM-DD[THH:MM], got "${kv}"\n\n${USAGE}`)
      return 2
    }
    publishedOverrides[m[1]!] = m[2]!
  }
  const { files, errors } = await collectFiles(positionals)
  const corpus = await runPipeline(files, {
    maxFileBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024,
    publishedOverrides,
  })
  corpus.errors = [...errors, ...corpus.errors]
  await writeStdout(JSON.stringify(corpus, null, 2) + '\n')
  return 0
}

run(main)
