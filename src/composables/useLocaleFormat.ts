import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { DIRECTION, isLocale } from '../i18n'
import { createFormatter } from '../lib/format'
import { usePrefsStore } from '../stores/usePrefsStore'

/** Intl formatting and direction for the UI's current language and digit preference. */
export function useLocaleFormat() {
  const { locale } = useI18n()
  const prefs = usePrefsStore()
  const fmt = computed(() => createFormatter(locale.value, prefs.digits))
  const rtl = computed(() => isLocale(locale.value) && DIRECTION[locale.value] === 'rtl')
  return { fmt, rtl, locale }
}
