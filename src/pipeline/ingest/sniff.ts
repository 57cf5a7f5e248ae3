import { IngestError } from './limits'

/**
 * Which reader a file needs, from its name and its first bytes. The bytes win over the name where
 * they are certain (a PDF renamed .txt is still a PDF; a PNG renamed .txt is an image, not text).
 */

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'zip'

const BY_EXTENSION: Record<string, Format> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  zip: 'zip',
}

/** Signatures of binary files people mistake for articles, with a name for the message. */
const BINARY_MAGIC: [number[], string, number?][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF media file (WebP image, WAV or AVI)'],
  [[0x66, 0x74, 0x79, 0x70], 'a video or HEIC image', 4],
  [[0x49, 0x44, 0x33], 'an MP3 audio file'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x4d, 0x5a], 'a Windows program'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc/.xls): save it as .docx'],
]

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b)
}

/** "a PNG image" when the bytes carry a known binary signature, else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [sig, kind, at] of BINARY_MAGIC) if (startsWith(bytes, sig, at)) return kind
  return null
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/** Looks for an HTML start in the first kilobyte (after a BOM or whitespace). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/\0/g, '')
  return /^(?:\s|ï»¿|þÿ|ÿþ)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s)/i.test(head)
}

export function detectFormat(name: string, bytes: Uint8Array): Format {
  const ext = extensionOf(name)
  const byExt = BY_EXTENSION[ext]
  if (startsWith(bytes, PDF)) return 'pdf'
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return ext === 'docx' ? 'docx' : 'zip'
  if (!byExt && ext !== '') {
    throw new IngestError(
      'unsupported',
      `Files of type .${ext} are not supported (use .txt, .md, .html, .docx, .pdf or .zip)`,
    )
  }
  const kind = binaryKind(bytes)
  if (kind) throw new IngestError('binary', `This is ${kind}, not text`)
  if (byExt === 'docx' || byExt === 'pdf' || byExt === 'zip') {
    throw new IngestError(
      'unsupported',
      `The file is named .${ext} but its content is not ${ext.toUpperCase()}`,
    )
  }
  if (byExt === 'html' || looksLikeHtml(bytes)) return 'html'
  return byExt ?? 'txt'
}
