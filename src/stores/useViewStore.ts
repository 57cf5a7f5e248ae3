import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'

/** Which highlight layers the reader shows. */
export interface ReaderLayers {
  timex: boolean
  PER: boolean
  ORG: boolean
  LOC: boolean
  event: boolean
}

/** What the user is looking at: the article open in the reader and the selected event. */
export const useViewStore = defineStore('view', () => {
  const articleId = ref<string | null>(null)
  const eventId = ref<string | null>(null)
  /** Bumped on every request to show an event, so that showing the same one again flashes again. */
  const flash = ref(0)
  /** The event open in the correction dialog. */
  const editing = ref<string | null>(null)
  const layers = reactive<ReaderLayers>({
    timex: true,
    PER: true,
    ORG: true,
    LOC: true,
    event: true,
  })

  function openEvent(id: string, inArticle: string): void {
    eventId.value = id
    articleId.value = inArticle
    flash.value++
  }

  function openArticle(id: string): void {
    articleId.value = id
  }

  return { articleId, eventId, flash, editing, layers, openEvent, openArticle }
})
