/** The sample article that ships with the app, so a first visit shows a full dashboard. */
export const SAMPLE_NAME = 'youm7-blinken-kazakhstan-2022-01-08.txt'
/** Relative to the page (base './'), so it loads from any sub-path. */
export const SAMPLE_URL = `${import.meta.env.BASE_URL}samples/${SAMPLE_NAME}`

/**
 * The sample's bytes. The hosted build fetches it from its own origin; the single-file build
 * (opened from file://, where fetch is not allowed) carries it inline as a data: URL. The mode
 * test is replaced at build time, so only one of the two branches is ever bundled.
 */
export async function loadSampleBytes(): Promise<Uint8Array> {
  if (import.meta.env.MODE === 'single') {
    const { default: dataUrl } =
      await import('../../public/samples/youm7-blinken-kazakhstan-2022-01-08.txt?inline')
    return decodeDataUrl(dataUrl)
  }
  const res = await fetch(SAMPLE_URL)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

/** Decodes a base64 data: URL without fetch (which a strict CSP or file:// would block). */
export function decodeDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',')
  const head = url.slice(0, comma)
  const body = url.slice(comma + 1)
  if (!/;base64$/.test(head)) return new TextEncoder().encode(decodeURIComponent(body))
  const bin = atob(body)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
