import { writeStdout } from './stdio'
import { readFileSync } from 'node:fs'
import { tagLine } from '../src/pipeline/entities/line'

const USAGE = `usage: npm run --silent ner -- [FILE]

Reads one sentence per line (from FILE, or stdin without it) and prints one JSON line per input
line: {"text": line, "entities": [{"start", "end", "type", "text"}]}. Offsets are UTF-16 code
units into the line; names are printed without their proclitics (وبوتين → بوتين). Each line is
tagged on its own. Country adjectives (الروسية) are not printed, nor a place inside a longer
name (the airport, not its city).`

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.error(USAGE)
    return 0
  }
  if (args.length > 1) {
    console.error(USAGE)
    return 2
  }
  let input: string
  try {
    input = readFileSync(args[0] ?? 0, 'utf8')
  } catch (err) {
    console.error(`cannot read ${args[0] ?? 'stdin'}: ${(err as Error).message}`)
    return 2
  }
  const lines = input.replace(/\r\n?/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const out = lines.map((text) => JSON.stringify({ text, entities: tagLine(text) }))
  await writeStdout(out.length ? out.join('\n') + '\n' : '')
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    console.error(err)
    process.exitCode = 1
  },
)
