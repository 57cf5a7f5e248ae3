import { readFileSync } from 'node:fs'

/**
 * Import this first in every CLI: stdout carries exactly one JSON document, so every log line,
 * including libraries' console.log, is sent to stderr.
 */
const toStderr = (...args: unknown[]) => console.error(...args)
console.log = toStderr
console.info = toStderr
console.debug = toStderr
console.warn = toStderr

/** Writes to the real stdout and resolves once it is flushed. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (err) => (err ? reject(err) : resolve())),
  )
}

/** The lines of FILE, or of stdin without it (CRLF folded, no trailing empty line); null on error. */
export function readLines(path: string | undefined): string[] | null {
  let input: string
  try {
    input = readFileSync(path ?? 0, 'utf8')
  } catch (err) {
    console.error(`cannot read ${path ?? 'stdin'}: ${(err as Error).message}`)
    return null
  }
  const lines = input.replace(/\r\n?/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Runs a CLI's main and sets the exit code it returns (1 on an uncaught error). */
export function run(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (err) => {
      console.error(err)
      process.exitCode = 1
    },
  )
}
