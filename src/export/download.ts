/**
 * File names and blobs for exports (CSV, JSON, bundles, chart images), and the one DOM step
 * that hands a blob to the browser as a download.
 */
export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
} as const

/** "mirsad-events-2022-01-08.csv": ASCII only, so every system keeps the name as it is. */
export function exportFileName(kind: string, ext: string, day?: string): string {
  const slug = kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `mirsad-${slug || 'export'}${day ? `-${day}` : ''}.${ext.replace(/^\./, '')}`
}

export function textBlob(text: string, type: string): Blob {
  return new Blob([text], { type })
}

/** Saves a blob through a temporary blob: link (no network, allowed by the page's CSP). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
