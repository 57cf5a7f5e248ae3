import type { Language } from '../types'

/**
 * The article's language from its letters: Arabic when Arabic letters are at least a third of
 * all letters (Arabic articles quote Latin names and acronyms), English when Latin letters
 * dominate and common English function words are frequent, otherwise "other".
 */

const RE_ENGLISH =
  /\b(?:the|and|of|to|in|is|was|for|on|that|with|by|as|at|said|from|it|has|have)\b/gi
const RE_LETTER = /\p{L}/u

function isArabic(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  )
}

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000)
  let letters = 0
  let arabic = 0
  let latin = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      latin++
      letters++
    } else if (isArabic(c)) {
      // Arabic digits, punctuation and diacritics are in the block too: count letters only.
      if (RE_LETTER.test(sample[i]!)) {
        arabic++
        letters++
      }
    } else if (c > 0x7f && RE_LETTER.test(sample[i]!)) letters++
  }
  if (letters === 0) return 'other'
  if (arabic / letters >= 0.33) return 'ar'
  const words = sample.split(/\s+/).filter(Boolean).length
  const english = sample.match(RE_ENGLISH)?.length ?? 0
  return latin / letters >= 0.8 && english / Math.max(words, 1) >= 0.08 ? 'en' : 'other'
}
