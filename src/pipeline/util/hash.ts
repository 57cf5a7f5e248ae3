/**
 * Content hashes for stable ids. Pure and synchronous so that ids are the same in the CLI, the
 * worker and on pages served over plain http (where crypto.subtle is missing).
 * cyrb53 (public domain, by bryc): 53-bit, well mixed, fast on large inputs.
 */
function cyrb53(units: ArrayLike<number>, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < units.length; i++) {
    const ch = units[i]!
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** 14 hex digits hashing raw bytes. */
export function hashBytes(bytes: Uint8Array): string {
  return cyrb53(bytes).toString(16).padStart(14, '0')
}

/** 14 hex digits hashing a string (its UTF-16 code units). */
export function hashString(s: string): string {
  const units = new Uint16Array(s.length)
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i)
  return cyrb53(units).toString(16).padStart(14, '0')
}
