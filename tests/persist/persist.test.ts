import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createPersistence,
  PersistError,
  toPersistError,
  type Persistence,
  type StoredFile,
} from '../../src/persist'
import { PARSER_VERSION, SCHEMA_VERSION, type FileResult } from '../../src/pipeline/types'

let dbCount = 0
const opened: Persistence[] = []
function fresh(options: { privateMode?: boolean; name?: string } = {}) {
  const p = createPersistence({ name: options.name ?? `test-${++dbCount}`, ...options })
  opened.push(p)
  return p
}
afterEach(() => {
  for (const p of opened.splice(0)) p.close()
  vi.restoreAllMocks()
})

const enc = new TextEncoder()
function file(id: string, order: number, text = `نص ${id}`): StoredFile {
  return { id, order, name: `${id}.txt`, bytes: enc.encode(text), sample: false }
}
function result(name: string): FileResult {
  return { file: name, results: [], errors: [{ file: name, message: 'x', code: 'empty' }] }
}

describe('persistence', () => {
  it('keeps files (bytes exactly), results and state, files in the order added', async () => {
    const name = `rt-${++dbCount}`
    const p = fresh({ name })
    await p.saveFile(file('b', 2))
    await p.saveFile(file('a', 1))
    await p.saveResult('a', result('a.txt'))
    await p.saveState('edits', { merges: [['e-1', 'e-2']] })
    await p.saveState('overrides', { 'a-1': '2022-01-05' })
    await p.saveState('view', { tab: 'timeline' })
    p.close()

    const snap = await fresh({ name }).load()
    expect(snap.files.map((f) => [f.id, f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a', 'a.txt', 'نص a'],
      ['b', 'b.txt', 'نص b'],
    ])
    expect(snap.files[0]!.bytes).toBeInstanceOf(Uint8Array)
    expect(snap.files[0]!.result).toEqual(result('a.txt'))
    // b was still parsing when the tab closed: kept, without a result, so it is parsed again.
    expect(snap.files[1]!.result).toBeNull()
    expect(snap.edits).toEqual({ merges: [['e-1', 'e-2']] })
    expect(snap.overrides).toEqual({ 'a-1': '2022-01-05' })
    expect(snap.view).toEqual({ tab: 'timeline' })
  })

  it('an empty store loads as empty', async () => {
    expect(await fresh().load()).toEqual({ files: [], edits: null, view: null, overrides: {} })
  })

  it('drops results from another parser version but keeps the bytes and the edits', async () => {
    const name = `pv-${++dbCount}`
    const p = fresh({ name })
    await p.saveFile(file('a', 1))
    await p.saveFile(file('b', 2))
    await p.saveResult('a', result('a.txt'))
    await p.saveState('edits', { note: 'kept' })
    p.close()
    // An older release wrote b's result.
    const raw = await openDB(name, SCHEMA_VERSION)
    await raw.put('results', { id: 'b', parserVersion: PARSER_VERSION - 1, result: result('b') })
    raw.close()

    const snap = await fresh({ name }).load()
    expect(snap.files.map((f) => [f.id, f.result === null])).toEqual([
      ['a', false],
      ['b', true],
    ])
    expect(snap.edits).toEqual({ note: 'kept' })
  })

  it('removing a file removes its result; clear all forgets everything', async () => {
    const p = fresh()
    await p.saveFile(file('a', 1))
    await p.saveFile(file('b', 2))
    await p.saveResult('a', result('a.txt'))
    await p.removeFile('a')
    expect((await p.load()).files.map((f) => f.id)).toEqual(['b'])
    await p.saveState('edits', { x: 1 })
    await p.clearAll()
    expect(await p.load()).toEqual({ files: [], edits: null, view: null, overrides: {} })
  })

  it('stores state as plain JSON (no functions, no proxies, undefined as null)', async () => {
    const p = fresh()
    await p.saveState('view', new Proxy({ a: 1, f: () => 1 }, {}))
    await p.saveState('edits', undefined)
    const snap = await p.load()
    expect(snap.view).toEqual({ a: 1 })
    expect(snap.edits).toBeNull()
  })

  it('private mode keeps nothing and switching it on forgets what was kept', async () => {
    const name = `priv-${++dbCount}`
    const p = fresh({ name })
    await p.saveFile(file('a', 1))
    await p.setPrivate(true)
    expect(p.mode).toBe('private')
    await p.saveFile(file('b', 2))
    await p.saveState('edits', { secret: true })
    p.close()
    const other = fresh({ name })
    expect(await other.load()).toEqual({ files: [], edits: null, view: null, overrides: {} })
    // Starting in private mode reads nothing either, even when something is kept.
    await other.saveFile(file('c', 3))
    expect((await fresh({ name, privateMode: true }).load()).files).toEqual([])
    // Switching it off keeps again.
    await p.setPrivate(false)
    await p.saveFile(file('d', 4))
    expect((await p.load()).files.map((f) => f.id)).toEqual(['c', 'd'])
  })

  it('a full disk surfaces as a typed quota error with a clear message', async () => {
    const p = fresh()
    await p.saveFile(file('a', 1)) // opens the database
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const err = await p.saveFile(file('b', 2)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PersistError)
    expect((err as PersistError).code).toBe('quota')
    expect((err as PersistError).message).toMatch(/storage is full/i)
  })

  it('data from a newer schema is refused with a typed error, not misread', async () => {
    const name = `newer-${++dbCount}`
    const future = await openDB(name, SCHEMA_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('files'),
    })
    future.close()
    const err = await fresh({ name })
      .load()
      .catch((e: unknown) => e)
    expect((err as PersistError).code).toBe('newer-version')
  })

  it('without IndexedDB nothing is kept and nothing throws', async () => {
    const saved = globalThis.indexedDB
    vi.stubGlobal('indexedDB', undefined)
    try {
      const p = createPersistence({ name: 'none' })
      expect(p.mode).toBe('unavailable')
      await p.saveFile(file('a', 1))
      await p.setPrivate(true)
      expect(p.mode).toBe('unavailable')
      expect((await p.load()).files).toEqual([])
    } finally {
      vi.unstubAllGlobals()
    }
    expect(globalThis.indexedDB).toBe(saved)
  })
})

describe('toPersistError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }, 'quota'],
    [new DOMException('x', 'VersionError'), 'newer-version'],
    [new DOMException('x', 'InvalidStateError'), 'unavailable'],
    [new DOMException('x', 'SecurityError'), 'unavailable'],
    [new Error('disk on fire'), 'failed'],
    ['a string', 'failed'],
    [null, 'failed'],
  ])('%s → %s', (err, code) => {
    expect(toPersistError(err).code).toBe(code)
  })

  it('passes a PersistError through unchanged', () => {
    const e = new PersistError('quota')
    expect(toPersistError(e)).toBe(e)
  })
})
