import { readLines, run, writeStdout } from './stdio'
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
  const lines = readLines(args[0])
  if (!lines) return 2
  const out = lines.map((text) => JSON.stringify({ text, entities: tagLine(text) }))
  await writeStdout(out.length ? out.join('\n') + '\n' : '')
  return 0
}

run(main)
