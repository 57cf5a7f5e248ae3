/**
 * RFC 4180 CSV, written by hand because it is a few lines and no dependency does just this:
 * CRLF line ends, fields quoted when they hold a quote, comma or line break, quotes doubled.
 * A UTF-8 BOM leads the file so that Excel reads Arabic correctly.
 */
export type Cell = string | number | boolean | null | undefined

export const BOM = '\uFEFF'

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return before one) as a
 * formula: text cells starting so get a leading apostrophe (OWASP's advice). Numbers are written
 * as numbers and need no guard.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function field(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  const text = typeof cell === 'string' ? guardFormula(cell) : String(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: Cell[][], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','))
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n'
}
