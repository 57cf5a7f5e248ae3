import { shallowRef, watch, type Ref } from 'vue'
import type { FileResult, InputFile } from '../pipeline/types'
import { toPersistError, type Persistence, type PersistError, type PersistMode } from './index'
import { writePrivateFlag } from './private-flag'

/** What the sync needs of a dashboard row (the corpus store's FileEntry has all of it). */
export interface SyncedRow {
  name: string
  sample: boolean
  /** Null until the dropped file's bytes are read (its turn to parse). */
  input: InputFile | null
  result: FileResult | null
}

export interface RestoredRow {
  name: string
  sample: boolean
  input: InputFile
  result: FileResult | null
}

/** Random id that works on plain-http pages too (crypto.randomUUID needs a secure context). */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Keeps the stored corpus in step with the dashboard's rows: a row that appears is stored at
 * once (bytes first, so a tab closed mid-parse still has it), its result when parsing ends, and a
 * removed row is forgotten. Rows are recognised by their `input` object, which never changes.
 */
export function bindCorpusStorage(
  rows: Ref<SyncedRow[]>,
  overrides: () => Record<string, string> | undefined,
  persistence: Persistence,
) {
  const error = shallowRef<PersistError | null>(null)
  const mode = shallowRef<PersistMode>(persistence.mode)
  const edits = shallowRef<unknown>(null)
  const view = shallowRef<unknown>(null)
  const known = new Map<InputFile, { id: string; result: FileResult | null }>()
  let order = 0

  function track(op: Promise<void>): void {
    op.catch((err: unknown) => {
      error.value = toPersistError(err)
    })
  }

  function sync(): void {
    const seen = new Set<InputFile>()
    for (const row of rows.value) {
      if (!row.input) continue
      seen.add(row.input)
      let kept = known.get(row.input)
      if (!kept) {
        kept = { id: newId(), result: null }
        known.set(row.input, kept)
        const { name, sample } = row
        const input = row.input
        track(
          persistence.saveFile({ id: kept.id, order: ++order, name, sample, bytes: input.bytes }),
        )
      }
      if (row.result && row.result !== kept.result) {
        kept.result = row.result
        track(persistence.saveResult(kept.id, row.result))
      }
    }
    for (const [input, kept] of known) {
      if (seen.has(input)) continue
      known.delete(input)
      track(persistence.removeFile(kept.id))
    }
  }

  watch(() => rows.value.map((r) => [r.input, r.result]), sync)
  watch(overrides, (o) => track(persistence.saveState('overrides', o ?? {})))

  /**
   * Reads what was kept. The rows come back with their results (null when the tab closed before
   * parsing ended, or the parser changed since): the caller shows them and parses the null ones.
   */
  async function restore(): Promise<{
    rows: RestoredRow[]
    overrides: Record<string, string>
  } | null> {
    try {
      const snap = await persistence.load()
      edits.value = snap.edits
      view.value = snap.view
      const restored = snap.files.map((f) => {
        const input: InputFile = { name: f.name, bytes: f.bytes }
        known.set(input, { id: f.id, result: f.result })
        order = Math.max(order, f.order)
        return { name: f.name, sample: f.sample, input, result: f.result }
      })
      return restored.length ? { rows: restored, overrides: snap.overrides } : null
    } catch (err) {
      error.value = toPersistError(err)
      return null
    }
  }

  function setEdits(value: unknown): void {
    edits.value = value
    track(persistence.saveState('edits', value))
  }

  function setView(value: unknown): void {
    view.value = value
    track(persistence.saveState('view', value))
  }

  async function setPrivate(on: boolean): Promise<void> {
    writePrivateFlag(on)
    try {
      await persistence.setPrivate(on)
    } catch (err) {
      error.value = toPersistError(err)
    }
    mode.value = persistence.mode
    if (!on) {
      // Keep what is open now, from scratch.
      known.clear()
      sync()
      track(persistence.saveState('edits', edits.value))
      track(persistence.saveState('view', view.value))
      track(persistence.saveState('overrides', overrides() ?? {}))
    }
  }

  /** Forgets everything kept; the caller empties the dashboard. */
  async function clearAll(): Promise<void> {
    known.clear()
    edits.value = null
    view.value = null
    error.value = null
    try {
      await persistence.clearAll()
    } catch (err) {
      error.value = toPersistError(err)
    }
  }

  return { error, mode, edits, view, restore, setEdits, setView, setPrivate, clearAll }
}
