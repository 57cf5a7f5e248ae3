import { deflateSync, Inflate } from 'fflate'
import { hashBytes } from '../pipeline/util/hash'
import { ShareError } from './errors'

/**
 * The binary envelope shared by links and sealed bundles:
 *
 *   0      'M' (0x4d)
 *   1      envelope version (1)
 *   2      flags: bit 0 = encrypted
 *   3..6   body length, u32 big-endian (a shorter body means the link was cut)
 *   body   plain:     7-byte checksum of the compressed data, then raw deflate data
 *          encrypted: PBKDF2 iterations (u32), salt (16), IV (12), then AES-GCM ciphertext of
 *                     the raw deflate data, with bytes 0..6 as additional authenticated data
 *
 * Compression is fflate's; the size cap while inflating is ours (see inflateCapped). fflate does
 * not check zlib/gzip checksums, hence our own checksum on plain bodies; AES-GCM's tag covers the
 * encrypted ones.
 */
const MAGIC = 0x4d
export const ENVELOPE_VERSION = 1
const HEADER = 7
const FLAG_ENCRYPTED = 1
const CHECKSUM = 7
const SALT = 16
const IV = 12
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000
/** A hostile link must not make the page spin for minutes deriving a key. */
const MAX_ITERATIONS = 5_000_000
const MIN_ITERATIONS = 100_000

export interface SealOptions {
  passphrase?: string
  /** Only tests lower this (the decoder accepts 100 000 and up). */
  iterations?: number
}

export function hasWebCrypto(): boolean {
  return typeof globalThis.crypto?.subtle?.importKey === 'function'
}

function checksum(data: Uint8Array): Uint8Array {
  const hex = hashBytes(data)
  const out = new Uint8Array(CHECKSUM)
  for (let i = 0; i < CHECKSUM; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  if (!hasWebCrypto()) throw new ShareError('no-crypto')
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

function header(flags: number, bodyLength: number): Uint8Array {
  const h = new Uint8Array(HEADER)
  h[0] = MAGIC
  h[1] = ENVELOPE_VERSION
  h[2] = flags
  new DataView(h.buffer).setUint32(3, bodyLength)
  return h
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Compresses and (with a passphrase) encrypts `data` into an envelope. */
export async function seal(data: Uint8Array, options: SealOptions = {}): Promise<Uint8Array> {
  const packed = deflateSync(data, { level: 9 })
  if (!options.passphrase) {
    return concat(header(0, CHECKSUM + packed.length), checksum(packed), packed)
  }
  const iterations = options.iterations ?? PBKDF2_ITERATIONS
  if (!hasWebCrypto()) throw new ShareError('no-crypto')
  const salt = crypto.getRandomValues(new Uint8Array(SALT))
  const iv = crypto.getRandomValues(new Uint8Array(IV))
  const key = await deriveKey(options.passphrase, salt, iterations)
  const cipherLength = packed.length + 16 // GCM tag
  const head = header(FLAG_ENCRYPTED, 4 + SALT + IV + cipherLength)
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: head as BufferSource },
      key,
      packed as BufferSource,
    ),
  )
  const iter = new Uint8Array(4)
  new DataView(iter.buffer).setUint32(0, iterations)
  return concat(head, iter, salt, iv, cipher)
}

export function isEncrypted(envelope: Uint8Array): boolean {
  return envelope.length >= HEADER && envelope[0] === MAGIC && (envelope[2]! & FLAG_ENCRYPTED) !== 0
}

/** Opens an envelope: checks, decrypts, inflates (never past `maxBytes`). */
export async function unseal(
  envelope: Uint8Array,
  options: { passphrase?: string; maxBytes: number },
): Promise<Uint8Array> {
  if (envelope.length === 0) throw new ShareError('truncated')
  if (envelope[0] !== MAGIC) throw new ShareError('invalid')
  if (envelope.length < HEADER) throw new ShareError('truncated')
  if (envelope[1]! > ENVELOPE_VERSION) throw new ShareError('newer-version')
  if (envelope[1] !== ENVELOPE_VERSION) throw new ShareError('invalid')
  const flags = envelope[2]!
  if (flags & ~FLAG_ENCRYPTED) throw new ShareError('corrupted', 'unknown flags')
  const declared = new DataView(envelope.buffer, envelope.byteOffset).getUint32(3)
  const body = envelope.subarray(HEADER)
  if (body.length < declared) throw new ShareError('truncated')
  if (body.length > declared) throw new ShareError('corrupted', 'trailing data')

  if (!(flags & FLAG_ENCRYPTED)) {
    if (body.length < CHECKSUM) throw new ShareError('truncated')
    const packed = body.subarray(CHECKSUM)
    if (!sameBytes(body.subarray(0, CHECKSUM), checksum(packed))) {
      throw new ShareError('corrupted', 'checksum mismatch')
    }
    return inflateCapped(packed, options.maxBytes)
  }

  if (!options.passphrase) throw new ShareError('needs-passphrase')
  if (body.length < 4 + SALT + IV + 16) throw new ShareError('truncated')
  const iterations = new DataView(body.buffer, body.byteOffset).getUint32(0)
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new ShareError('corrupted', 'implausible key derivation')
  }
  const salt = body.subarray(4, 4 + SALT)
  const iv = body.subarray(4 + SALT, 4 + SALT + IV)
  const key = await deriveKey(options.passphrase, salt, iterations)
  let packed: Uint8Array
  try {
    packed = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: iv as BufferSource,
          additionalData: envelope.subarray(0, HEADER) as BufferSource,
        },
        key,
        body.subarray(4 + SALT + IV) as BufferSource,
      ),
    )
  } catch {
    throw new ShareError('wrong-passphrase')
  }
  return inflateCapped(packed, options.maxBytes)
}

/**
 * Inflates at most `maxBytes`: input goes in 1 KB steps (deflate expands at most ~1032:1, so one
 * step yields at most ~1 MB) and inflating stops as soon as the output passes the cap, so a
 * zip bomb costs the page about the cap in memory, never more.
 */
export function inflateCapped(packed: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  let ended = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > maxBytes) throw new ShareError('too-large')
    chunks.push(chunk)
    if (final) ended = true
  })
  try {
    const STEP = 1024
    for (let at = 0; at < packed.length; at += STEP) {
      inflater.push(packed.subarray(at, at + STEP), at + STEP >= packed.length)
    }
  } catch (err) {
    if (err instanceof ShareError) throw err
    throw new ShareError('corrupted', 'cannot decompress')
  }
  if (!ended) throw new ShareError('corrupted', 'incomplete data')
  return concat(...chunks)
}
