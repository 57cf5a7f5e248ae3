import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPersistence, type Persistence } from '../../persist'
import { parseFile } from '../../pipeline'
import { PARSER_VERSION, SCHEMA_VERSION, type InputFile } from '../../pipeline/types'
import { setPersistence, setPipelineClient, useCorpusStore } from '../useCorpusStore'
import { useEditsStore } from '../useEditsStore'

let n = 0
let dbName = ''
let persistence: Persistence
let parsed: string[] = []
let release: (() => void) | null = null
let hold = false

/** A fresh page load: new Pinia, new store, same database. */
function pageLoad() {
  persistence?.close()
  persistence = createPersistence({ name: dbName })
  setPersistence(persistence)
  setActivePinia(createPinia())
  return useCorpusStore()
}

const enc = new TextEncoder()
const input = (name: string, text: string): InputFile => ({ name, bytes: enc.encode(text) })

async function settle(store: ReturnType<typeof useCorpusStore>) {
  await vi.waitFor(() => expect(store.busy).toBe(false))
  await nextTick()
  // Let IndexedDB writes land.
  await new Promise((r) => setTimeout(r, 20))
}

beforeEach(() => {
  dbName = `corpus-${++n}`
  parsed = []
  hold = false
  setPipelineClient({
    async parseFile(file, options) {
      parsed.push(file.name)
      if (hold) await new Promise<void>((r) => (release = r))
      return parseFile(file, options)
    },
    dispose() {},
  })
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('عينة: اجتمع الوزراء في العاصمة أمس.')),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
  persistence.close()
  setPersistence(null)
  setPipelineClient(null)
})

describe('corpus store with persistence', () => {
  it('first visit loads the sample; a later visit restores the kept rows without parsing', async () => {
    let store = pageLoad()
    await store.start()
    expect(store.files.map((f) => f.name)).toEqual(['youm7-blinken-kazakhstan-2022-01-08.txt'])
    await store.addInputs([input('a.txt', 'تظاهر مئات المحتجين في المدينة أمس.')])
    await settle(store)
    store.removeFile(store.files[0]!.key) // the sample
    await settle(store)

    parsed = []
    store = pageLoad()
    await store.start()
    expect(store.files.map((f) => [f.name, f.status, f.sample])).toEqual([
      ['a.txt', expect.stringMatching(/^(ok|warning)$/), false],
    ])
    expect(store.corpus.articles.map((a) => a.file)).toEqual(['a.txt'])
    expect(parsed).toEqual([]) // the kept result was used
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(1) // the sample was not fetched again
  })

  it('a tab closed mid-parse keeps the finished files and parses the rest on restore', async () => {
    let store = pageLoad()
    await store.start()
    await settle(store)
    hold = true
    void store.addInputs([input('slow.txt', 'نص طويل عن الاحتجاجات.')])
    await vi.waitFor(() => expect(release).not.toBeNull())
    await new Promise((r) => setTimeout(r, 20))
    // "Close the tab": a new page load while slow.txt is still parsing.
    parsed = []
    hold = false
    store = pageLoad()
    await store.start()
    await settle(store)
    expect(store.files.map((f) => [f.name, f.status])).toEqual([
      ['youm7-blinken-kazakhstan-2022-01-08.txt', expect.stringMatching(/^(ok|warning)$/)],
      ['slow.txt', expect.stringMatching(/^(ok|warning)$/)],
    ])
    expect(parsed).toEqual(['slow.txt'])
  })

  it('re-parses results from another parser version and keeps the user edits', async () => {
    let store = pageLoad()
    await store.start()
    await settle(store)
    useEditsStore().renameEntity('e-1', 'اسم جديد')
    store.overrides = { 'a-x': '2022-01-05' }
    await settle(store)
    persistence.close()
    const raw = await openDB(dbName, SCHEMA_VERSION)
    for (const r of await raw.getAll('results')) {
      await raw.put('results', { ...r, parserVersion: PARSER_VERSION + 1 })
    }
    raw.close()

    parsed = []
    store = pageLoad()
    await store.start()
    await settle(store)
    expect(parsed).toEqual(['youm7-blinken-kazakhstan-2022-01-08.txt'])
    expect(useEditsStore().edits.renames).toEqual({ 'e-1': 'اسم جديد' })
    expect(store.overrides).toEqual({ 'a-x': '2022-01-05' })
  })

  it('private mode keeps nothing; clear all empties the page and the storage', async () => {
    let store = pageLoad()
    await store.start()
    await settle(store)
    await store.setPrivateMode(true)
    expect(store.storageMode).toBe('private')
    await store.addInputs([input('secret.txt', 'نص سري عن اجتماع.')])
    await settle(store)
    store = pageLoad()
    // Nothing kept: the sample again (the flag lives in localStorage, tested in the e2e).
    await store.start()
    expect(store.files.map((f) => f.name)).toEqual(['youm7-blinken-kazakhstan-2022-01-08.txt'])
    await settle(store)

    await store.clearAll()
    expect(store.files).toEqual([])
    await settle(store)
    store = pageLoad()
    await store.start()
    expect(store.files.map((f) => f.sample)).toEqual([true])
  })

  it('a full disk shows as a storage error and the dashboard keeps working', async () => {
    const store = pageLoad()
    await store.start()
    await settle(store)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    await store.addInputs([input('big.txt', 'نص كبير.')])
    await settle(store)
    expect(store.storageError?.code).toBe('quota')
    expect(store.files.map((f) => f.status)).toEqual([
      expect.stringMatching(/^(ok|warning)$/),
      expect.stringMatching(/^(ok|warning)$/),
    ])
    vi.restoreAllMocks()
  })
})
