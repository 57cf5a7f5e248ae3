/**
 * Text that goes into chart labels and tooltips. Article text can carry bidi controls and
 * zero-width characters; in a label they would reorder the neighbouring text, so they are removed,
 * and a mixed Arabic/Latin label is built from first-strong isolates (U+2068 … U+2069), which the
 * canvas and SVG text engines honour like <bdi>.
 */
const RE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g

export function stripControls(s: string): string {
  return s.replace(RE_CONTROLS, '')
}

/** Wraps a run of text in a first-strong isolate so that it cannot reorder its neighbours. */
export function isolate(s: string): string {
  return `\u2068${stripControls(s)}\u2069`
}

/** Joins label parts, each isolated. */
export function joinIsolated(parts: string[], sep = ' · '): string {
  return parts.map(isolate).join(sep)
}

export function truncate(s: string, max: number): string {
  const clean = stripControls(s)
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

export function escapeHtml(s: string): string {
  return stripControls(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** An HTML fragment for a tooltip line whose text keeps its own direction (<bdi> equivalent). */
export function bdiHtml(s: string): string {
  return `<span style="unicode-bidi:isolate">${escapeHtml(s)}</span>`
}
