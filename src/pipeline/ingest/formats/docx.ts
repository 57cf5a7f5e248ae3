import { IngestError } from '../limits'
import { htmlToText } from './html'
import type { Extracted } from './types'

/**
 * Word documents through mammoth (loaded lazily: only .docx files need it), converted to HTML so
 * paragraphs and headings survive, then read like a saved page. Images are not converted.
 */
export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  const mammoth = (await import('mammoth')).default
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  let html: string
  const warnings: string[] = []
  try {
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: give both.
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }
    const result = await mammoth.convertToHtml(input, {
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    })
    html = result.value
  } catch (err) {
    throw new IngestError('unsupported', `The Word document could not be read: ${describe(err)}`)
  }
  const heading = /<h1>(.*?)<\/h1>/s
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim()
  const extracted = htmlToText(`<html><body>${html}</body></html>`, {
    warnings,
    mainContent: false,
  })
  return { ...extracted, hints: { ...extracted.hints, title: heading || null } }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
