/** The pipeline's machine-readable file error codes (see FileError.code in docs/contract.md). */
export const FILE_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'undecodable',
  'unsupported',
  'archive',
  'not-found',
  'internal',
] as const

/** The message key for a file error code; unknown or missing codes read as "internal". */
export function fileErrorKey(code: string | undefined): string {
  const known = (FILE_ERROR_CODES as readonly string[]).includes(code ?? '') ? code! : 'internal'
  // Message keys are camelCase: "too-large" → "tooLarge".
  return `errors.${known.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`
}
