import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, watch } from 'vue'
import { assembleCorpus } from '../pipeline/corpus'
import type {
  ArticleResult,
  Corpus,
  FileError,
  FileResult,
  InputFile,
  ParseOptions,
} from '../pipeline/types'
import { applyEdits } from '../lib/edits'
import { createPipelineClient, type PipelineClient } from '../worker/client'
import { useEditsStore } from './useEditsStore'
import { loadSampleBytes, SAMPLE_NAME } from '../lib/sample'
import { createPersistence, type Persistence } from '../persist'
import { readPrivateFlag } from '../persist/private-flag'
import { bindCorpusStorage, type RestoredRow } from '../persist/sync'
import { looksLikeBundle, readShareToken, BUNDLE_EXTENSION } from '../share'

export type FileStatus = 'parsing' | 'ok' | 'warning' | 'error'

export interface FileEntry {
  /** Unique per row (two drops of the same name are two rows). */
  key: string
  name: string
  size: number
  status: FileStatus
  /** Error or warning text for the row, as the pipeline wrote it (English). */
  message: string
  /** The same, structured, for translated messages. */
  errors: FileError[]
  warnings: string[]
  sample: boolean
  /** The bytes, once read; kept so that "retry" and a new publication date can parse again. */
  input: InputFile | null
  /** The dropped file, until its bytes are read. */
  source: File | null
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
let pasted = 0

/** How a finished file's row reads: error when nothing could be read, warning when in doubt. */
export function statusOf(
  result: FileResult,
): Pick<FileEntry, 'status' | 'message' | 'errors' | 'warnings'> {
  const warnings = result.results.flatMap((r) => r.article.warnings)
  const errors = result.errors
  const status: FileStatus =
    errors.length && !result.results.length
      ? 'error'
      : errors.length || warnings.length
        ? 'warning'
        : 'ok'
  return {
    status,
    errors,
    warnings,
    message: [...errors.map((e) => e.message), ...warnings].join('; '),
  }
}

/**
 * The files the user gave and what the parser made of them. Parsing happens in the worker, one
 * file at a time; the corpus is reassembled (a cheap, pure step) as results come in, at most a few
 * times a second while many files parse, and the user's edits are applied on top.
 */
export const useCorpusStore = defineStore('corpus', () => {
  const edits = useEditsStore()
  const files = ref<FileEntry[]>([])
  /** Base parse options (size limits); publication dates set by hand are added per parse. */
  const options = shallowRef<ParseOptions>({})
  /** Publication dates the user set, by article id. */
  const overrides = ref<Record<string, string>>({})
  /** Finished results, committed in batches so hundreds of files do not re-render hundreds of times. */
  const results = shallowRef<FileResult[]>([])
  const parsed = computed<Corpus>(() => assembleCorpus(results.value))
  /** One parsed article per id (sentences included), for recounting co-occurrence. */
  const sources = computed<ArticleResult[]>(() => {
    const seen = new Map<string, ArticleResult>()
    for (const r of results.value.flatMap((f) => f.results)) {
      if (!seen.has(r.article.id)) seen.set(r.article.id, r)
    }
    return [...seen.values()]
  })
  const corpus = computed<Corpus>(() => applyEdits(parsed.value, edits.edits, sources.value))
  const progress = computed(() => ({
    done: files.value.filter((f) => f.status !== 'parsing').length,
    total: files.value.length,
  }))
  const busy = computed(() => files.value.some((f) => f.status === 'parsing'))
  /** A share link or bundle waiting for the share panel to open it (it may need a passphrase). */
  const incoming = shallowRef<Incoming | null>(null)
  /** The view state an opened share link or bundle brought (the filters store adopts it). */
  const openedView = shallowRef<unknown>(null)

  // What survives a reload (src/persist): rows, results, overrides, edits and view state.
  const storage = bindCorpusStorage(files, () => overrides.value, getPersistence())
  watch(
    () => edits.edits,
    (e) => storage.setEdits(JSON.parse(JSON.stringify(e))),
    { deep: true },
  )

  let timer: ReturnType<typeof setTimeout> | null = null
  function commit(now: boolean): void {
    const run = () => {
      timer = null
      results.value = files.value.flatMap((f) => (f.result ? [f.result] : []))
    }
    if (now) {
      if (timer) clearTimeout(timer)
      run()
    } else timer ??= setTimeout(run, 200)
  }

  let queue: Promise<void> = Promise.resolve()

  function newEntry(name: string, size: number, sample: boolean): FileEntry {
    return {
      key: `f${++counter}`,
      name,
      size,
      status: 'parsing',
      message: '',
      errors: [],
      warnings: [],
      sample,
      input: null,
      source: null,
      result: null,
    }
  }

  function enqueue(entries: FileEntry[]): Promise<void> {
    files.value.push(...entries)
    for (const e of entries) queue = queue.then(() => parseEntry(e.key))
    return queue
  }

  function addInputs(inputs: InputFile[], sample = false): Promise<void> {
    return enqueue(
      inputs.map((input) => ({
        ...newEntry(input.name, input.bytes.length, sample),
        input: markRaw(input),
      })),
    )
  }

  /**
   * Files from the picker or a drop; `path` keeps a folder-relative name. Bytes are read when the
   * file's turn to parse comes, except for Mirsad bundles, which the share panel opens instead.
   */
  async function addFiles(list: Iterable<File | { path: string; file: File }>): Promise<void> {
    const entries: FileEntry[] = []
    for (const item of list) {
      const file = item instanceof File ? item : item.file
      const name =
        item instanceof File
          ? (item as File & { webkitRelativePath?: string }).webkitRelativePath || item.name
          : item.path
      if (await isBundle(name, file)) {
        incoming.value = { kind: 'bundle', name, bytes: new Uint8Array(await file.arrayBuffer()) }
      } else entries.push({ ...newEntry(name, file.size, false), source: markRaw(file) })
    }
    return enqueue(entries)
  }

  async function isBundle(name: string, file: File): Promise<boolean> {
    if (name.toLowerCase().endsWith(BUNDLE_EXTENSION)) return true
    if (!name.toLowerCase().endsWith('.json')) return false
    return looksLikeBundle(name, new Uint8Array(await file.slice(0, 200).arrayBuffer()))
  }

  /** Text pasted into the page, parsed like a .txt file. */
  function addText(text: string, name?: string): Promise<void> {
    const bytes = new TextEncoder().encode(text)
    return addInputs([{ name: name?.trim() || `pasted-${++pasted}.txt`, bytes }])
  }

  async function loadSample(): Promise<void> {
    try {
      const bytes = await loadSampleBytes()
      return addInputs([{ name: SAMPLE_NAME, bytes }], true)
    } catch (err) {
      const message = `Could not load the sample: ${(err as Error).message}`
      files.value.push({
        ...newEntry(SAMPLE_NAME, 0, true),
        status: 'error',
        message,
        errors: [{ file: SAMPLE_NAME, code: 'internal', message }],
        input: { name: SAMPLE_NAME, bytes: new Uint8Array() },
      })
    }
  }

  let started: Promise<void> | null = null
  /**
   * What the page shows when it opens. First visit: the sample. Later visits: what was kept, parsing only what has no result. When
   * the page was opened from a share link, only what was kept: the share panel offers the link.
   */
  function start(): Promise<void> {
    return (started ??= restoreOrSample())
  }

  async function restoreOrSample(): Promise<void> {
    if (files.value.length) return
    // ?demo shows an invented corpus (for looking at the charts), nothing kept.
    if (new URLSearchParams(globalThis.location?.search ?? '').has('demo')) return loadDemo()
    const token = readShareToken(globalThis.location?.hash ?? '')
    if (token !== null) incoming.value = { kind: 'link', token }
    const kept = await storage.restore()
    if (storage.edits.value) edits.replace(storage.edits.value)
    if (files.value.length) return // the user dropped something meanwhile
    if (kept) {
      overrides.value = kept.overrides
      addRestored(kept.rows)
      commit(true)
      return queue
    }
    if (token === null) return loadSample()
  }

  function addRestored(rows: RestoredRow[]): void {
    for (const row of rows) {
      const entry: FileEntry = {
        ...newEntry(row.name, row.input.bytes.length, row.sample),
        input: markRaw(row.input),
      }
      files.value.push(entry)
      const added = files.value[files.value.length - 1]!
      if (row.result) applyResult(added, row.result)
      else queue = queue.then(() => parseEntry(entry.key))
    }
  }

  /** Replaces the whole corpus (an opened share link or bundle); edits and view come with it. */
  function replaceAll(
    inputs: (InputFile & { sample?: boolean })[],
    state: { edits?: unknown; view?: unknown; overrides?: Record<string, string> } = {},
  ): Promise<void> {
    files.value = []
    commit(true)
    overrides.value = { ...(state.overrides ?? {}) }
    edits.replace(state.edits ?? null)
    storage.setView(state.view ?? null)
    openedView.value = state.view ?? null
    for (const { name, bytes, sample } of inputs) void addInputs([{ name, bytes }], sample === true)
    return queue
  }

  /** Empties the dashboard and forgets everything kept. */
  async function clearAll(): Promise<void> {
    files.value = []
    commit(true)
    overrides.value = {}
    edits.clear()
    await storage.clearAll()
  }

  /**
   * The invented demonstration corpus (tests/fixtures/corpus/synthetic.ts): annotated by hand, so
   * every chart has something to show while pipeline stages are still being written. Loaded
   * only with `?demo` in the URL, in its own chunk.
   */
  async function loadDemo(): Promise<void> {
    const { syntheticFiles } = await import('../../tests/fixtures/corpus/synthetic')
    for (const { input, result } of syntheticFiles()) {
      files.value.push({
        ...newEntry(input.name, input.bytes.length, true),
        ...statusOf(result),
        input: markRaw(input),
        result: markRaw(result),
      })
    }
    commit(true)
  }

  async function parseEntry(key: string): Promise<void> {
    const entry = files.value.find((f) => f.key === key)
    if (!entry) return // removed while queued
    entry.status = 'parsing'
    let result: FileResult
    try {
      if (!entry.input && entry.source) {
        entry.input = markRaw({
          name: entry.name,
          bytes: new Uint8Array(await entry.source.arrayBuffer()),
        })
        entry.source = null
      }
      const input = entry.input ?? { name: entry.name, bytes: new Uint8Array() }
      result = await getClient().parseFile(input, {
        ...options.value,
        publishedOverrides: { ...overrides.value },
      })
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

  function applyResult(entry: FileEntry, result: FileResult): void {
    entry.result = markRaw(result)
    Object.assign(entry, statusOf(result))
    commit(!busy.value)
  }

  function removeFile(key: string): void {
    files.value = files.value.filter((f) => f.key !== key)
    commit(true)
  }

  function retryFile(key: string): Promise<void> {
    const entry = files.value.find((f) => f.key === key)
    if (entry) entry.status = 'parsing'
    queue = queue.then(() => parseEntry(key))
    return queue
  }

  /**
   * Sets (or, with null, clears) the publication date of an article that does not show one, and
   * re-parses its file so that its relative dates ("yesterday") resolve against it.
   */
  function setPublished(articleId: string, date: string | null): Promise<void> {
    const next = { ...overrides.value }
    if (date) next[articleId] = date
    else delete next[articleId]
    overrides.value = next
    const holders = files.value.filter((f) =>
      f.result?.results.some((r) => r.article.id === articleId),
    )
    return Promise.all(holders.map((f) => retryFile(f.key))).then(() => undefined)
  }

  return {
    files,
    options,
    overrides,
    results,
    parsed,
    sources,
    corpus,
    progress,
    busy,
    addInputs,
    addFiles,
    addText,
    loadSample,
    loadDemo,
    removeFile,
    retryFile,
    setPublished,
    start,
    incoming,
    openedView,
    replaceAll,
    clearAll,
    storageError: storage.error,
    storageMode: storage.mode,
    setPrivateMode: storage.setPrivate,
    /** The user's corrections as plain JSON: kept across reloads and carried in share links. */
    userEdits: storage.edits,
    /** Opaque JSON view state (filters); kept and carried in share links. */
    viewState: storage.view,
    setViewState: storage.setView,
  }
})
