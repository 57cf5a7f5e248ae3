import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { Digits } from '../lib/format'

export type ThemePref = 'auto' | 'light' | 'dark'

const KEY = 'mirsad.prefs'

function load(): { theme: ThemePref; digits: Digits } {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Record<string, unknown>
    return {
      theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'auto',
      digits: raw.digits === 'arab' ? 'arab' : 'latn',
    }
  } catch {
    return { theme: 'auto', digits: 'latn' }
  }
}

/** Display preferences: light/dark theme and Western or Arabic-Indic digits. Kept in localStorage. */
export const usePrefsStore = defineStore('prefs', () => {
  const initial = load()
  const theme = ref<ThemePref>(initial.theme)
  const digits = ref<Digits>(initial.digits)

  watch([theme, digits], () => {
    try {
      globalThis.localStorage?.setItem(
        KEY,
        JSON.stringify({ theme: theme.value, digits: digits.value }),
      )
    } catch {
      // storage disabled: the choice lasts for this visit
    }
  })

  return { theme, digits }
})
