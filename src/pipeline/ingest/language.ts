import type { Language } from '../types'

/**
 * The article's language from its letters: Arabic when Arabic letters are at least a third of
 * all letters (Arabic articles quote Latin names and acronyms), English when Latin letters
 * dominate and common English function words are frequent, otherwise "other".
 */

const RE_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu
const RE_LATIN = /[A-Z]/gi
const RE_LETTER = /\p{L}/gu
const RE_ENGLISH =
  /\b(?:the|and|of|to|in|is|was|for|on|that|with|by|as|at|said|from|it|has|have)\b/gi

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000)
  const letters = sample.match(RE_LETTER)?.length ?? 0
  if (letters === 0) return 'other'
  const arabic = sample.match(RE_ARABIC)?.length ?? 0
  if (arabic / letters >= 0.33) return 'ar'
  const latin = sample.match(RE_LATIN)?.length ?? 0
  const words = sample.split(/\s+/).filter(Boolean).length
  const english = sample.match(RE_ENGLISH)?.length ?? 0
  return latin / letters >= 0.8 && english / Math.max(words, 1) >= 0.08 ? 'en' : 'other'
}
