import { createI18n } from 'vue-i18n'
import ar from './locales/ar.json'
import en from './locales/en.json'

export type MessageSchema = typeof ar
export const LOCALES = ['ar', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DIRECTION: Record<Locale, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' }
const STORAGE_KEY = 'mirsad.locale'

/** Arabic has six plural categories; vue-i18n messages list them in Intl.PluralRules order. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other']
const arPlural = new Intl.PluralRules('ar')
function arabicPlural(choice: number, choicesLength: number): number {
  if (choicesLength < CATEGORIES.length) return Math.min(choice === 1 ? 0 : 1, choicesLength - 1)
  return CATEGORIES.indexOf(arPlural.select(choice))
}

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x)
}

export function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (isLocale(saved)) return saved
  } catch {
    // storage can be disabled; fall back to Arabic
  }
  return 'ar'
}

export function persistLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // not fatal: the choice just will not survive a reload
  }
}

/** Sets `<html lang dir>` for the locale. */
export function applyDocumentLocale(locale: Locale): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = locale
  document.documentElement.dir = DIRECTION[locale]
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'ar',
    messages: { ar, en },
    pluralRules: { ar: arabicPlural },
  })
}
