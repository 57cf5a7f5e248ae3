import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { PARSER_VERSION, SCHEMA_VERSION, type FileResult } from '../pipeline/types'
import { toPersistError } from './errors'

export { PersistError, toPersistError, type PersistErrorCode } from './errors'

/**
 * What survives a reload, in IndexedDB (through idb): the user's files as bytes (so re-parsing
 * gives the same article ids), each file's parse result tagged with the parser version that made
 * it, and small JSON state (user edits, publication-date overrides, view state).
 *
 * Results are keyed by the file they came from (one file can hold several articles, and the same
 * article can be dropped twice): a result from another parser version is not used, the caller
 * re-parses the kept bytes and the user's edits, kept apart, apply again.
 */
export interface StoredFile {
  /** Storage id, unique across sessions. */
  id: string
  /** Position: files come back in the order they were added. */
  order: number
  name: string
  bytes: Uint8Array
  sample: boolean
}

export interface RestoredFile extends StoredFile {
  /** The kept result, or null when there is none (closed mid-parse) or it is from another parser. */
  result: FileResult | null
}

export type StateKey = 'edits' | 'view' | 'overrides'

export interface Snapshot {
  files: RestoredFile[]
  edits: unknown
  view: unknown
  overrides: Record<string, string>
}

interface StoredResult {
  id: string
  parserVersion: number
  result: FileResult
}

interface MirsadDB extends DBSchema {
  files: { key: string; value: StoredFile }
  results: { key: string; value: StoredResult }
  state: { key: StateKey; value: unknown }
}

export type PersistMode = 'on' | 'private' | 'unavailable'

export interface Persistence {
  readonly mode: PersistMode
  /** Reads everything kept; empty when private or unavailable. */
  load(): Promise<Snapshot>
  saveFile(file: StoredFile): Promise<void>
  saveResult(id: string, result: FileResult): Promise<void>
  removeFile(id: string): Promise<void>
  saveState(key: StateKey, value: unknown): Promise<void>
  /** Forgets everything kept (files, results, edits, view). */
  clearAll(): Promise<void>
  /** Private mode keeps nothing: switching it on forgets what was kept. */
  setPrivate(on: boolean): Promise<void>
  close(): void
}

const EMPTY: Snapshot = { files: [], edits: null, view: null, overrides: {} }

/** Schema steps, applied in order from the stored version to SCHEMA_VERSION. */
function upgrade(db: IDBPDatabase<MirsadDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('files', { keyPath: 'id' })
    db.createObjectStore('results', { keyPath: 'id' })
    db.createObjectStore('state')
  }
}

function hasIndexedDB(): boolean {
  return typeof (globalThis as { indexedDB?: unknown }).indexedDB === 'object'
}

/** Plain JSON only: Vue proxies and functions cannot be stored, and the blob is opaque to us. */
function plainJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value))
}

export function createPersistence(
  options: { name?: string; privateMode?: boolean } = {},
): Persistence {
  const name = options.name ?? 'mirsad'
  let mode: PersistMode = !hasIndexedDB() ? 'unavailable' : options.privateMode ? 'private' : 'on'
  let opened: Promise<IDBPDatabase<MirsadDB>> | null = null

  function db(): Promise<IDBPDatabase<MirsadDB>> {
    opened ??= openDB<MirsadDB>(name, SCHEMA_VERSION, {
      upgrade: (database, oldVersion) => upgrade(database, oldVersion),
      // Another tab runs a newer version and wants to upgrade: let it.
      blocking: () => {
        void opened?.then((d) => d.close())
        opened = null
      },
    }).catch((err) => {
      opened = null
      throw toPersistError(err)
    })
    return opened
  }

  /** Runs a write unless nothing may be kept; every failure becomes a PersistError. */
  async function write(run: (d: IDBPDatabase<MirsadDB>) => Promise<unknown>): Promise<void> {
    if (mode !== 'on') return
    try {
      await run(await db())
    } catch (err) {
      throw toPersistError(err)
    }
  }

  async function clear(): Promise<void> {
    if (mode === 'unavailable') return
    try {
      const d = await db()
      const tx = d.transaction(['files', 'results', 'state'], 'readwrite')
      await Promise.all([
        tx.objectStore('files').clear(),
        tx.objectStore('results').clear(),
        tx.objectStore('state').clear(),
        tx.done,
      ])
    } catch (err) {
      throw toPersistError(err)
    }
  }

  return {
    get mode() {
      return mode
    },

    async load() {
      if (mode !== 'on') return { ...EMPTY, files: [] }
      try {
        const d = await db()
        const tx = d.transaction(['files', 'results', 'state'], 'readonly')
        const [files, results, edits, view, overrides] = await Promise.all([
          tx.objectStore('files').getAll(),
          tx.objectStore('results').getAll(),
          tx.objectStore('state').get('edits'),
          tx.objectStore('state').get('view'),
          tx.objectStore('state').get('overrides'),
        ])
        const current = new Map(
          results.filter((r) => r.parserVersion === PARSER_VERSION).map((r) => [r.id, r.result]),
        )
        return {
          files: files
            .sort((a, b) => a.order - b.order)
            .map((f) => ({ ...f, result: current.get(f.id) ?? null })),
          edits: edits ?? null,
          view: view ?? null,
          overrides: (overrides as Record<string, string> | undefined) ?? {},
        }
      } catch (err) {
        throw toPersistError(err)
      }
    },

    saveFile: (file) => write((d) => d.put('files', { ...file })),

    saveResult: (id, result) =>
      write((d) => d.put('results', { id, parserVersion: PARSER_VERSION, result })),

    removeFile: (id) =>
      write(async (d) => {
        const tx = d.transaction(['files', 'results'], 'readwrite')
        await Promise.all([
          tx.objectStore('files').delete(id),
          tx.objectStore('results').delete(id),
          tx.done,
        ])
      }),

    saveState: (key, value) => write((d) => d.put('state', plainJson(value), key)),

    clearAll: clear,

    async setPrivate(on) {
      if (mode === 'unavailable') return
      if (on) await clear()
      mode = on ? 'private' : 'on'
    },

    close() {
      void opened?.then((d) => d.close()).catch(() => {})
      opened = null
    },
  }
}
