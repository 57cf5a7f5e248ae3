import { ShareError } from './errors'

const CHUNK = 0x8000

/** Bytes → base64url without padding (safe in a URL fragment as it is). */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * base64url → bytes. Any character outside the alphabet means the text was altered; a length
 * that cannot be base64 means it was cut (the caller also checks the declared length).
 */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[\w-]*$/.test(text)) throw new ShareError('corrupted', 'unexpected characters')
  if (text.length % 4 === 1) throw new ShareError('truncated')
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
