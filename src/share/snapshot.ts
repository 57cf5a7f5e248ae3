import { PARSER_VERSION, SCHEMA_VERSION, type InputFile } from '../pipeline/types'
import { fromBase64Url, toBase64Url } from './base64url'
import { ShareError } from './errors'

/**
 * What a share link or bundle carries: the user's files (the receiver parses them again, so no
 * derived output travels and the ids come out the same), their edits, publication-date overrides
 * and view state. A file travels as its text when its bytes are UTF-8 (lossless: re-encoding
 * gives the same bytes, hence the same article ids), otherwise as base64 bytes.
 */
export interface SharedFile {
  name: string
  text?: string
  base64?: string
  sample?: boolean
}

export interface CorpusSnapshot {
  format: 'mirsad-corpus'
  schemaVersion: number
  /** The sender's parser version, for information: the receiver parses with its own. */
  parserVersion: number
  files: SharedFile[]
  edits: unknown
  view: unknown
  overrides: Record<string, string>
}

export const MAX_FILES = 5000
const MAX_NAME = 1000
const MAX_OVERRIDES = 100_000

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function makeSnapshot(input: {
  files: { name: string; bytes: Uint8Array; sample?: boolean }[]
  edits?: unknown
  view?: unknown
  overrides?: Record<string, string>
}): CorpusSnapshot {
  return {
    format: 'mirsad-corpus',
    schemaVersion: SCHEMA_VERSION,
    parserVersion: PARSER_VERSION,
    files: input.files.map((f) => {
      const shared: SharedFile = { name: f.name, ...encodeBytes(f.bytes) }
      if (f.sample) shared.sample = true
      return shared
    }),
    // JSON round trip: plain data only (no Vue proxies, no undefined).
    edits: JSON.parse(JSON.stringify(input.edits ?? null)),
    view: JSON.parse(JSON.stringify(input.view ?? null)),
    overrides: { ...(input.overrides ?? {}) },
  }
}

function encodeBytes(bytes: Uint8Array): { text: string } | { base64: string } {
  try {
    return { text: utf8.decode(bytes) }
  } catch {
    return { base64: toBase64Url(bytes) }
  }
}

/** The files as the pipeline takes them, byte for byte what the sender had. */
export function snapshotInputs(snapshot: CorpusSnapshot): (InputFile & { sample: boolean })[] {
  return snapshot.files.map((f) => ({
    name: f.name,
    bytes: f.text !== undefined ? new TextEncoder().encode(f.text) : fromBase64Url(f.base64 ?? ''),
    sample: f.sample === true,
  }))
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function fail(detail: string): never {
  throw new ShareError('invalid', detail)
}

function onlyKeys(obj: Record<string, unknown>, allowed: string[], where: string): void {
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) fail(`unexpected "${k}" in ${where}`)
}

const ARTICLE_ID = /^a-[0-9a-f]{1,32}$/
const DAY_OR_MINUTE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/

/**
 * Checks untrusted data (already parsed by parseUntrustedJson) against the snapshot schema and
 * returns a freshly built snapshot: nothing from the input object is passed on as it is.
 */
export function validateSnapshot(data: unknown): CorpusSnapshot {
  if (!isPlainObject(data)) fail('not an object')
  if (data.format !== 'mirsad-corpus') fail('not a Mirsad corpus')
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('no schema version')
  }
  if (version > SCHEMA_VERSION) throw new ShareError('newer-version')
  onlyKeys(
    data,
    ['format', 'schemaVersion', 'parserVersion', 'files', 'edits', 'view', 'overrides'],
    'the corpus',
  )
  const parserVersion = data.parserVersion
  if (typeof parserVersion !== 'number' || !Number.isInteger(parserVersion)) {
    fail('no parser version')
  }
  if (!Array.isArray(data.files)) fail('no file list')
  if (data.files.length > MAX_FILES) throw new ShareError('too-large', `${data.files.length} files`)
  const files = data.files.map((f: unknown, i): SharedFile => {
    if (!isPlainObject(f)) fail(`file ${i + 1} is not an object`)
    onlyKeys(f, ['name', 'text', 'base64', 'sample'], `file ${i + 1}`)
    const { name, text, base64, sample } = f
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME) {
      fail(`file ${i + 1} has no usable name`)
    }
    if ((text === undefined) === (base64 === undefined)) {
      fail(`file ${i + 1} needs exactly one of text and base64`)
    }
    if (text !== undefined && typeof text !== 'string') fail(`file ${i + 1}: text is not text`)
    if (base64 !== undefined && (typeof base64 !== 'string' || !/^[\w-]*$/.test(base64))) {
      fail(`file ${i + 1}: base64 is not base64url`)
    }
    if (sample !== undefined && typeof sample !== 'boolean') fail(`file ${i + 1}: bad sample flag`)
    const out: SharedFile = { name }
    if (text !== undefined) out.text = text as string
    if (base64 !== undefined) out.base64 = base64 as string
    if (sample) out.sample = true
    return out
  })
  const overrides: Record<string, string> = Object.create(null) as Record<string, string>
  if (data.overrides !== undefined) {
    if (!isPlainObject(data.overrides)) fail('overrides are not an object')
    const entries = Object.entries(data.overrides)
    if (entries.length > MAX_OVERRIDES) throw new ShareError('too-large', 'too many overrides')
    for (const [id, date] of entries) {
      if (!ARTICLE_ID.test(id) || typeof date !== 'string' || !DAY_OR_MINUTE.test(date)) {
        fail(`bad publication date override for "${id.slice(0, 40)}"`)
      }
      overrides[id] = date
    }
  }
  return {
    format: 'mirsad-corpus',
    schemaVersion: version,
    parserVersion,
    files,
    edits: data.edits ?? null,
    view: data.view ?? null,
    overrides: { ...overrides },
  }
}
