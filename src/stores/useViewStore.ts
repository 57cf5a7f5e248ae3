import { defineStore } from 'pinia'
import { ref } from 'vue'

/** What the user is looking at: the article open in the reader and the selected event. */
export const useViewStore = defineStore('view', () => {
  const articleId = ref<string | null>(null)
  const eventId = ref<string | null>(null)

  function openEvent(id: string, inArticle: string): void {
    eventId.value = id
    articleId.value = inArticle
  }

  return { articleId, eventId, openEvent }
})
