import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { assembleCorpus } from '../pipeline/corpus'
import type { Corpus, FileResult, InputFile, ParseOptions } from '../pipeline/types'
import { createPipelineClient, type PipelineClient } from '../worker/client'
import { loadSampleBytes, SAMPLE_NAME } from '../lib/sample'
import { createPersistence, type Persistence } from '../persist'
import { readPrivateFlag } from '../persist/private-flag'
import { bindCorpusStorage, type RestoredRow } from '../persist/sync'
import { looksLikeBundle, readShareToken } from '../share'

export type FileStatus = 'parsing' | 'ok' | 'warning' | 'error'

export interface FileEntry {
  /** Unique per row (two drops of the same name are two rows). */
  key: string
  name: string
  size: number
  status: FileStatus
  /** Error or warning text for the row. */
  message: string
  sample: boolean
  /** Kept so that "retry" can parse again. */
  input: InputFile
  result: FileResult | null
}

export { SAMPLE_NAME, SAMPLE_URL } from '../lib/sample'

/** A share link or a dropped bundle, to be opened by the share panel. */
export type Incoming =
  { kind: 'link'; token: string } | { kind: 'bundle'; name: string; bytes: Uint8Array }

let client: PipelineClient | null = null
/** Tests inject a fake client; the page creates the worker on first use. */
export function setPipelineClient(c: PipelineClient | null): void {
  client = c
}
function getClient(): PipelineClient {
  return (client ??= createPipelineClient())
}

let persistence: Persistence | null = null
/** Tests inject a persistence (fake IndexedDB); the page opens the browser's on first use. */
export function setPersistence(p: Persistence | null): void {
  persistence = p
}
function getPersistence(): Persistence {
  return (persistence ??= createPersistence({ privateMode: readPrivateFlag() }))
}

let counter = 0

/**
 * The files the user gave and what the parser made of them. Parsing happens in the worker, one
 * file at a time; the corpus is reassembled (a cheap, pure step) whenever a file finishes.
 */
export const useCorpusStore = defineStore('corpus', () => {
  const files = ref<FileEntry[]>([])
  const options = shallowRef<ParseOptions>({})
  const corpus = computed<Corpus>(() =>
    assembleCorpus(files.value.flatMap((f) => (f.result ? [f.result] : []))),
  )
  const progress = computed(() => ({
    done: files.value.filter((f) => f.status !== 'parsing').length,
    total: files.value.length,
  }))
  const busy = computed(() => files.value.some((f) => f.status === 'parsing'))
  /** A share link or bundle waiting for the share panel to open it (it may need a passphrase). */
  const incoming = shallowRef<Incoming | null>(null)

  let queue: Promise<void> = Promise.resolve()

  // What survives a reload (src/persist): rows, results, overrides, edits and view state.
  const storage = bindCorpusStorage(files, () => options.value.publishedOverrides, getPersistence())

  function addInputs(inputs: InputFile[], sample = false): Promise<void> {
    const entries = inputs.map<FileEntry>((input) => ({
      key: `f${++counter}`,
      name: input.name,
      size: input.bytes.length,
      status: 'parsing',
      message: '',
      sample,
      input: markRaw(input),
      result: null,
    }))
    files.value.push(...entries)
    for (const e of entries) queue = queue.then(() => parseEntry(e.key))
    return queue
  }

  async function addFiles(list: Iterable<File>): Promise<void> {
    const inputs: InputFile[] = []
    for (const f of list) {
      const name = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name
      const bytes = new Uint8Array(await f.arrayBuffer())
      // A Mirsad bundle is not an article: the share panel opens it (it may need a passphrase).
      if (looksLikeBundle(name, bytes)) incoming.value = { kind: 'bundle', name, bytes }
      else inputs.push({ name, bytes })
    }
    return addInputs(inputs)
  }

  async function loadSample(): Promise<void> {
    try {
      const bytes = await loadSampleBytes()
      return addInputs([{ name: SAMPLE_NAME, bytes }], true)
    } catch (err) {
      files.value.push({
        key: `f${++counter}`,
        name: SAMPLE_NAME,
        size: 0,
        status: 'error',
        message: `Could not load the sample: ${(err as Error).message}`,
        sample: true,
        input: { name: SAMPLE_NAME, bytes: new Uint8Array() },
        result: null,
      })
    }
  }

  let started: Promise<void> | null = null
  /**
   * First visit: the sample. Later visits: what was kept, parsing only what has no result. When
   * the page was opened from a share link, only what was kept: the share panel offers the link.
   */
  function start(): Promise<void> {
    return (started ??= restoreOrSample())
  }

  async function restoreOrSample(): Promise<void> {
    if (files.value.length) return
    const token = readShareToken(globalThis.location?.hash ?? '')
    if (token !== null) incoming.value = { kind: 'link', token }
    const kept = await storage.restore()
    if (files.value.length) return // the user dropped something meanwhile
    if (kept) {
      options.value = { ...options.value, publishedOverrides: kept.overrides }
      addRestored(kept.rows)
      return queue
    }
    if (token === null) return loadSample()
  }

  function addRestored(rows: RestoredRow[]): void {
    for (const row of rows) {
      const entry: FileEntry = {
        key: `f${++counter}`,
        name: row.name,
        size: row.input.bytes.length,
        status: 'parsing',
        message: '',
        sample: row.sample,
        input: markRaw(row.input),
        result: null,
      }
      files.value.push(entry)
      if (row.result) applyResult(files.value[files.value.length - 1]!, row.result)
      else queue = queue.then(() => parseEntry(entry.key))
    }
  }

  /** Replaces the whole corpus (an opened share link or bundle); edits and view come with it. */
  function replaceAll(
    inputs: (InputFile & { sample?: boolean })[],
    state: { edits?: unknown; view?: unknown; overrides?: Record<string, string> } = {},
  ): Promise<void> {
    files.value = []
    options.value = { ...options.value, publishedOverrides: state.overrides ?? {} }
    storage.setEdits(state.edits ?? null)
    storage.setView(state.view ?? null)
    for (const { name, bytes, sample } of inputs) void addInputs([{ name, bytes }], sample === true)
    return queue
  }

  /** Empties the dashboard and forgets everything kept. */
  async function clearAll(): Promise<void> {
    files.value = []
    options.value = { ...options.value, publishedOverrides: {} }
    await storage.clearAll()
  }

  async function parseEntry(key: string): Promise<void> {
    const entry = files.value.find((f) => f.key === key)
    if (!entry) return // removed while queued
    entry.status = 'parsing'
    let result: FileResult
    try {
      result = await getClient().parseFile(entry.input, options.value)
    } catch (err) {
      result = {
        file: entry.name,
        results: [],
        errors: [{ file: entry.name, code: 'internal', message: (err as Error).message }],
      }
    }
    const still = files.value.find((f) => f.key === key)
    if (still) applyResult(still, result)
  }

  function applyResult(still: FileEntry, result: FileResult): void {
    still.result = markRaw(result)
    const warnings = result.results.flatMap((r) => r.article.warnings)
    if (result.errors.length && !result.results.length) {
      still.status = 'error'
      still.message = result.errors.map((e) => e.message).join('; ')
    } else if (result.errors.length || warnings.length) {
      still.status = 'warning'
      still.message = [...result.errors.map((e) => e.message), ...warnings].join('; ')
    } else {
      still.status = 'ok'
      still.message = ''
    }
  }

  function removeFile(key: string): void {
    files.value = files.value.filter((f) => f.key !== key)
  }

  function retryFile(key: string): Promise<void> {
    queue = queue.then(() => parseEntry(key))
    return queue
  }

  return {
    files,
    options,
    corpus,
    progress,
    busy,
    addInputs,
    addFiles,
    loadSample,
    removeFile,
    retryFile,
    start,
    incoming,
    replaceAll,
    clearAll,
    storageError: storage.error,
    storageMode: storage.mode,
    setPrivateMode: storage.setPrivate,
    /** Opaque JSON the dashboard owns (corrections, alias merges); kept and shared with the corpus. */
    userEdits: storage.edits,
    setUserEdits: storage.setEdits,
    /** Opaque JSON view state (filters, open tabs); kept and shared with the corpus. */
    viewState: storage.view,
    setViewState: storage.setView,
  }
})
