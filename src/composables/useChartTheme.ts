import { computed, onBeforeUnmount, ref } from 'vue'
import { DARK_THEME, LIGHT_THEME, type ChartTheme } from '../charts/theme'
import { usePrefsStore } from '../stores/usePrefsStore'

const systemDark = ref(false)
const fontsReady = ref(0)
let watching = 0
let media: MediaQueryList | null = null
const onMedia = (e: MediaQueryListEvent) => (systemDark.value = e.matches)

if (typeof document !== 'undefined' && document.fonts?.ready) {
  // Canvas text drawn before the Arabic font arrives would keep the fallback font: redraw once.
  void document.fonts.ready.then(() => fontsReady.value++)
}

/** Whether the page is dark (the user's choice, or the system's), shared by every chart. */
export function useDark() {
  const prefs = usePrefsStore()
  if (typeof window !== 'undefined' && window.matchMedia && watching++ === 0) {
    media = window.matchMedia('(prefers-color-scheme: dark)')
    systemDark.value = media.matches
    media.addEventListener?.('change', onMedia)
  }
  onBeforeUnmount(() => {
    if (--watching === 0) media?.removeEventListener?.('change', onMedia)
  })
  return computed(() => (prefs.theme === 'auto' ? systemDark.value : prefs.theme === 'dark'))
}

/** The chart theme for the current light/dark state; changes identity when fonts finish loading. */
export function useChartTheme() {
  const dark = useDark()
  return computed<ChartTheme>(() => {
    void fontsReady.value
    return { ...(dark.value ? DARK_THEME : LIGHT_THEME) }
  })
}
