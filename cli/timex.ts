import { readLines, run, writeStdout } from './stdio'
import { parseArgs } from 'node:util'
import { tagText } from '../src/pipeline/temporal'
import { parseReference } from '../src/pipeline/temporal/dates'

const USAGE = `usage: npm run --silent timex -- [--ref YYYY-MM-DD[THH:MM[:SS]]] [FILE]

Tags time expressions in Arabic text, one expression or sentence per line (from FILE, or stdin),
and prints one JSON line per input line:
  {"text": line, "timexes": [{"text", "start", "end", "type", "value", "anchor"}]}
Relative expressions are pinned to --ref; without it they keep TIMEX3 X digits.`

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { ref: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (positionals.length > 1 || (values.ref !== undefined && !parseReference(values.ref))) {
    console.error(USAGE)
    return 2
  }
  const lines = readLines(positionals[0])
  if (!lines) return 2
  const out: string[] = []
  for (const line of lines) {
    const { timexes } = tagText(line, { published: values.ref ?? null })
    out.push(
      JSON.stringify({
        text: line,
        timexes: timexes.map(({ text, start, end, type, value, anchor }) => ({
          text,
          start,
          end,
          type,
          value,
          anchor,
        })),
      }),
    )
  }
  await writeStdout(out.length ? out.join('\n') + '\n' : '')
  return 0
}

run(main)
