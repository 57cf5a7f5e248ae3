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
