import { decodeText } from '../decode'
import type { Extracted } from './types'

/** Plain text: decoding is all there is to it. */
export async function readPlainText(bytes: Uint8Array): Promise<Extracted> {
  const { text, encoding, warnings } = await decodeText(bytes)
  return { text, encoding, warnings, hints: {} }
}

/**
 * Markdown as a reader sees it: heading marks, emphasis, quote and list markers, link targets and
 * images removed, line by line (no library: the few marks news exports use are regexes, and a full
 * Markdown parser would not keep lines where they were). The first level-one heading is the title.
 */
export async function readMarkdown(bytes: Uint8Array): Promise<Extracted> {
  const { text, encoding, warnings } = await decodeText(bytes)
  let title: string | null = null
  let fenced = false
  const lines = text.split(/\r\n|\r|\n/).map((line) => {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced
      return ''
    }
    if (fenced) return line
    const heading = /^ {0,3}(#{1,6}) (.*)$/.exec(line)
    let out = heading ? heading[2]!.replace(/[\s#]+$/, '').trim() : line
    if (heading?.[1] === '#' && title === null) title = inline(out)
    out = out
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '')
      .replace(/^\s*(?:[-*_]\s*){3,}$/, '')
    return inline(out)
  })
  return { text: lines.join('\n'), encoding, warnings, hints: { title } }
}

function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
}
