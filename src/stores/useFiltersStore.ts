import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { EventType } from '../pipeline/types'
import {
  FILTER_KEYS,
  emptyFilters,
  filterCorpus,
  filtersFromQuery,
  filtersToQuery,
  isEmptyFilters,
  type Filters,
} from '../lib/filters'
import { useCorpusStore } from './useCorpusStore'

function readUrl(): Filters {
  if (typeof location === 'undefined') return emptyFilters()
  return filtersFromQuery(new URLSearchParams(location.search))
}

/**
 * Writes the filters into the query string. Other parameters keep their exact spelling (a bare
 * `?demo` stays bare) and the fragment (share links) is untouched.
 */
function writeUrl(f: Filters): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return
  const isFilterKey = (part: string) =>
    (FILTER_KEYS as readonly string[]).includes(decodeURIComponent(part.split('=')[0]!))
  const kept = location.search
    .slice(1)
    .split('&')
    .filter((p) => p && !isFilterKey(p))
  const ours = new URLSearchParams(filtersToQuery(f)).toString()
  const query = [...kept, ours].filter(Boolean).join('&')
  const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
  if (next !== `${location.pathname}${location.search}${location.hash}`) {
    history.replaceState(history.state, '', next)
  }
}

/**
 * The one filter state every chart, table and the reader follow. It lives in the URL query
 * (?from=2022-01-02&types=protest,clash&entities=e-…) so that a view can be bookmarked.
 */
export const useFiltersStore = defineStore('filters', () => {
  const corpus = useCorpusStore()
  const filters = ref<Filters>(readUrl())
  const active = computed(() => !isEmptyFilters(filters.value))
  const view = computed(() => filterCorpus(corpus.corpus, filters.value, corpus.sources))

  watch(
    filters,
    (f) => {
      writeUrl(f)
      corpus.setViewState({ filters: filtersToQuery(f) })
    },
    { deep: true },
  )
  // A share link or bundle brings the view it was made with.
  watch(
    () => corpus.openedView,
    (v) => {
      const query = (v as { filters?: unknown } | null)?.filters
      if (query && typeof query === 'object') {
        filters.value = filtersFromQuery(new URLSearchParams(query as Record<string, string>))
      }
    },
  )
  if (typeof window !== 'undefined') {
    window.addEventListener('popstate', () => (filters.value = readUrl()))
  }

  function setRange(from: string | null, to: string | null): void {
    if (from && to && from > to) [from, to] = [to, from]
    filters.value.from = from || null
    filters.value.to = to || null
  }
  function toggle<T>(list: T[], x: T): T[] {
    return list.includes(x) ? list.filter((y) => y !== x) : [...list, x]
  }
  function toggleType(t: EventType): void {
    filters.value.types = toggle(filters.value.types, t)
  }
  function toggleEntity(id: string): void {
    filters.value.entities = toggle(filters.value.entities, id)
  }
  function toggleArticle(id: string): void {
    filters.value.articles = toggle(filters.value.articles, id)
  }
  function clear(): void {
    filters.value = emptyFilters()
  }

  return { filters, active, view, setRange, toggleType, toggleEntity, toggleArticle, clear }
})
