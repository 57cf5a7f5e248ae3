import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { EntityType, EventType } from '../pipeline/types'
import {
  countEdits,
  emptyEdits,
  sanitizeEdits,
  splitId,
  type Edits,
  type EventEdit,
} from '../lib/edits'

/**
 * The user's corrections (see src/lib/edits.ts). Only this store changes them; the corpus store
 * applies them on top of the parser's output.
 */
export const useEditsStore = defineStore('edits', () => {
  const edits = ref<Edits>(emptyEdits())
  const count = computed(() => countEdits(edits.value))

  function editEvent(id: string, patch: EventEdit): void {
    edits.value.events[id] = { ...edits.value.events[id], ...patch }
  }
  function setEventType(id: string, type: EventType): void {
    editEvent(id, { type })
  }
  function setEventDate(id: string, date: string | null): void {
    editEvent(id, { date })
  }
  function deleteEvent(id: string): void {
    editEvent(id, { deleted: true })
  }
  function revertEvent(id: string): void {
    delete edits.value.events[id]
  }
  function renameEntity(id: string, name: string): void {
    if (name.trim()) edits.value.renames[id] = name.trim()
    else delete edits.value.renames[id]
  }
  function retypeEntity(id: string, type: EntityType): void {
    edits.value.retypes[id] = type
  }
  /** Merges `ids` into `into` (which keeps its id and name). */
  function mergeEntities(ids: string[], into: string): void {
    for (const id of ids) if (id !== into) edits.value.merges[id] = into
  }
  function unmerge(id: string): void {
    delete edits.value.merges[id]
  }
  /** Moves the mentions spelled `texts` out of entity `from` into a new entity `name`. */
  function splitEntity(from: string, texts: string[], name: string): string {
    const id = splitId(from, name)
    edits.value.splits = [
      ...edits.value.splits.filter((s) => s.id !== id),
      { id, from, name, texts },
    ]
    return id
  }
  function unsplit(id: string): void {
    edits.value.splits = edits.value.splits.filter((s) => s.id !== id)
  }
  function revertEntity(id: string): void {
    delete edits.value.renames[id]
    delete edits.value.retypes[id]
  }
  function clear(): void {
    edits.value = emptyEdits()
  }
  /** Replaces every edit (restoring a saved session); malformed entries are dropped. */
  function replace(raw: unknown): void {
    edits.value = sanitizeEdits(raw)
  }

  return {
    edits,
    count,
    setEventType,
    setEventDate,
    deleteEvent,
    revertEvent,
    renameEntity,
    retypeEntity,
    mergeEntities,
    unmerge,
    splitEntity,
    unsplit,
    revertEntity,
    clear,
    replace,
  }
})
