import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate'
import {
  IngestError,
  formatBytes,
  MAX_ARCHIVE_ENTRIES,
  RATIO_GRACE_BYTES,
  type Limits,
} from '../limits'

/**
 * Zip archives through fflate's streaming reader, fed in small chunks so that no single step can
 * expand much, and stopped as soon as the archive expands past the size cap or the expansion ratio
 * cap (a zip bomb), whatever sizes its headers claim.
 */

export interface ArchiveEntry {
  /** Path inside the archive ("folder/a.txt"). */
  name: string
  bytes: Uint8Array
}

export interface Expanded {
  entries: ArchiveEntry[]
  /** Entries that could not be expanded, with the reason. */
  failed: { name: string; code: 'too-large' | 'archive'; message: string }[]
}

const CHUNK = 16 * 1024

/** Folders, macOS resource forks and hidden files are not articles. */
function ignored(name: string): boolean {
  return (
    name.endsWith('/') ||
    name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')
  )
}

export function expandZip(bytes: Uint8Array, limits: Limits): Expanded {
  const entries: ArchiveEntry[] = []
  const failed: Expanded['failed'] = []
  let expanded = 0
  let count = 0
  let bomb: string | null = null
  const unzip = new Unzip((file) => {
    if (bomb || ignored(file.name)) return
    if (++count > MAX_ARCHIVE_ENTRIES) {
      bomb = `The archive holds more than ${MAX_ARCHIVE_ENTRIES} files`
      return
    }
    if (file.compression !== 0 && file.compression !== 8) {
      failed.push({
        name: file.name,
        code: 'archive',
        message: `Compression method ${file.compression} is not supported`,
      })
      return
    }
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (err, data, final) => {
      if (bomb) return
      if (err) {
        failed.push({
          name: file.name,
          code: 'archive',
          message: `Damaged archive entry: ${err.message}`,
        })
        return
      }
      size += data.length
      expanded += data.length
      if (expanded > limits.maxExpandedBytes) {
        bomb = `The archive expands to more than ${formatBytes(limits.maxExpandedBytes)}`
      } else if (
        expanded > RATIO_GRACE_BYTES &&
        expanded / bytes.length > limits.maxExpansionRatio
      ) {
        bomb = `The archive expands more than ${limits.maxExpansionRatio} times its size (a zip bomb?)`
      }
      if (bomb) {
        file.terminate()
        return
      }
      if (size > limits.maxFileBytes) {
        failed.push({
          name: file.name,
          code: 'too-large',
          message: `File is over the ${formatBytes(limits.maxFileBytes)} limit`,
        })
        chunks.length = 0
        file.terminate()
        return
      }
      chunks.push(data)
      if (final) entries.push({ name: file.name, bytes: concat(chunks, size) })
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  try {
    for (let i = 0; i < bytes.length && !bomb; i += CHUNK) {
      unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length)
    }
  } catch (err) {
    throw new IngestError('archive', `The zip archive is damaged: ${(err as Error).message}`)
  }
  if (bomb) throw new IngestError('archive', bomb)
  return { entries, failed }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** A .docx is a zip holding word/document.xml. */
export function isDocx(entries: ArchiveEntry[]): boolean {
  return entries.some((e) => e.name === 'word/document.xml')
}
