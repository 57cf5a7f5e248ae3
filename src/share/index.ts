import { SCHEMA_VERSION } from '../pipeline/types'
import { fromBase64Url, toBase64Url } from './base64url'
import { isEncrypted, seal, unseal, type SealOptions } from './envelope'
import { ShareError } from './errors'
import { parseUntrustedJson } from './json'
import { validateSnapshot, type CorpusSnapshot } from './snapshot'

export { ShareError, type ShareErrorCode } from './errors'
export { hasWebCrypto } from './envelope'
export {
  makeSnapshot,
  snapshotInputs,
  validateSnapshot,
  type CorpusSnapshot,
  type SharedFile,
} from './snapshot'

/** Past this a link is unwieldy (chat apps and mail cut it): offer a bundle file instead. */
export const LINK_MAX_CHARS = 64 * 1024
/** Decompressed size caps: a link or bundle that inflates past these is refused. */
export const LINK_MAX_BYTES = 16 * 1024 * 1024
export const BUNDLE_MAX_BYTES = 200 * 1024 * 1024
export const BUNDLE_EXTENSION = '.mirsad.json'

const FRAGMENT = /^#?share=(.*)$/s
const enc = new TextEncoder()
const dec = new TextDecoder('utf-8', { fatal: true })

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return dec.decode(bytes)
  } catch {
    throw new ShareError('corrupted', 'not UTF-8')
  }
}

// ---------------------------------------------------------------------------------------------
// Links: the corpus travels in the URL fragment, which browsers never send to a server.

export async function encodeShareToken(
  snapshot: CorpusSnapshot,
  options: SealOptions = {},
): Promise<string> {
  return toBase64Url(await seal(enc.encode(JSON.stringify(snapshot)), options))
}

export function tokenIsEncrypted(token: string): boolean {
  try {
    return isEncrypted(fromBase64Url(token.slice(0, 12)))
  } catch {
    return false
  }
}

export async function decodeShareToken(
  token: string,
  options: { passphrase?: string } = {},
): Promise<CorpusSnapshot> {
  if (token.length > LINK_MAX_BYTES) throw new ShareError('too-large')
  const bytes = await unseal(fromBase64Url(token), { ...options, maxBytes: LINK_MAX_BYTES })
  return validateSnapshot(parseUntrustedJson(decodeUtf8(bytes)))
}

/** The token in a location hash ("#share=..."), or null when the hash is something else. */
export function readShareToken(hash: string): string | null {
  return FRAGMENT.exec(hash)?.[1] ?? null
}

/** The page's address (without any previous fragment) with the token as its fragment. */
export function shareUrl(pageUrl: string, token: string): string {
  const url = new URL(pageUrl)
  url.hash = `share=${token}`
  return url.href
}

export async function makeShareLink(
  pageUrl: string,
  snapshot: CorpusSnapshot,
  options: SealOptions = {},
): Promise<{ url: string; tooLong: boolean }> {
  const url = shareUrl(pageUrl, await encodeShareToken(snapshot, options))
  return { url, tooLong: url.length > LINK_MAX_CHARS }
}

// ---------------------------------------------------------------------------------------------
// Bundles: the same snapshot as a .mirsad.json file, plain JSON or sealed with a passphrase.

interface SealedBundle {
  format: 'mirsad-sealed'
  schemaVersion: number
  data: string
}

export async function encodeBundle(
  snapshot: CorpusSnapshot,
  options: SealOptions = {},
): Promise<string> {
  if (!options.passphrase) return JSON.stringify(snapshot)
  const sealed: SealedBundle = {
    format: 'mirsad-sealed',
    schemaVersion: snapshot.schemaVersion,
    data: await encodeShareToken(snapshot, options),
  }
  return JSON.stringify(sealed)
}

/** Whether a dropped file is a Mirsad bundle rather than an article. */
export function looksLikeBundle(name: string, bytes: Uint8Array): boolean {
  if (name.toLowerCase().endsWith(BUNDLE_EXTENSION)) return true
  const head = new TextDecoder().decode(bytes.subarray(0, 200))
  return /^\s*\{\s*"format"\s*:\s*"mirsad-(?:corpus|sealed)"/.test(head)
}

export function bundleIsEncrypted(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 200))
  return /^\s*\{\s*"format"\s*:\s*"mirsad-sealed"/.test(head)
}

export async function decodeBundle(
  bytes: Uint8Array,
  options: { passphrase?: string; maxBytes?: number } = {},
): Promise<CorpusSnapshot> {
  const maxBytes = options.maxBytes ?? BUNDLE_MAX_BYTES
  if (bytes.length > maxBytes) throw new ShareError('too-large')
  const data = parseUntrustedJson(decodeUtf8(bytes))
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ShareError('invalid', 'not an object')
  }
  const obj = data as Record<string, unknown>
  if (obj.format !== 'mirsad-sealed') return validateSnapshot(obj)
  if (typeof obj.schemaVersion === 'number' && obj.schemaVersion > SCHEMA_VERSION) {
    throw new ShareError('newer-version')
  }
  const keys = Object.keys(obj)
  if (
    typeof obj.data !== 'string' ||
    keys.some((k) => !['format', 'schemaVersion', 'data'].includes(k))
  ) {
    throw new ShareError('invalid', 'not a sealed bundle')
  }
  const inner = await unseal(fromBase64Url(obj.data), { passphrase: options.passphrase, maxBytes })
  return validateSnapshot(parseUntrustedJson(decodeUtf8(inner)))
}
