import { list, matchKey } from '../clean/lines'

/**
 * Bylines: "كتب محمد جمال", "بقلم: ليلى عبد الله", "إعداد - سامر حداد", "رصد عزت السيد ما نشرته
 * ...", "By Jane Doe". The name is the run of words after the byline word, up to a word that
 * cannot be part of a name (a preposition, a particle), punctuation or a digit, at most four words.
 */

export interface Byline {
  author: string
  /** The byline word that introduced it ("كتب", "بقلم", ...). */
  marker: string
}

/** Words that introduce an author's name (data: extend freely). */
const MARKERS = list(`
    كتب | كتبت | بقلم | إعداد | اعداد | تحرير | تقرير | رصد | رصدت | ترجمة | متابعة | حوار
    إشراف | تأليف | الكاتب | الكاتبة | المحرر | المحررة | مراسل | مراسلة | by | written by
    reporting by | author
  `)
/** Words a name does not contain: they end it. */
const STOP = new Set(
  list(`
    ما | عن | من | في | فى | أن | إن | ان | على | إلى | الى | مع | ثم | بعد | قبل | حول
    خلال | الذي | التي | هذا | هذه | ذلك | تلك | و | أو | او | لا | لم | لن | قد | كان
    كانت | اليوم | أمس | امس | وكالة | موقع | صحيفة | قناة | مراسل | مراسلة | المراسل
    نقلا | للنشر | and | in | for | from | the | at | with | on | updated | published
  `).map(matchKey),
)
const MARKER_KEYS = MARKERS.map(matchKey).sort((a, b) => b.length - a.length)
const MAX_NAME_WORDS = 4

/** The byline a line starts with, or null. */
export function readByline(text: string): Byline | null {
  const key = matchKey(text)
  const marker = MARKER_KEYS.find((m) => key === m || key.startsWith(`${m} `))
  if (!marker) return null
  const rest = stripMarker(text, marker.split(' ').length)
  const name: string[] = []
  for (const token of rest.split(/\s+/)) {
    const word = token.replace(/^[:：\-–—"«“(]+/u, '')
    if (!word) {
      if (name.length) break // "يوسف الخطيب - القاهرة": a dash ends the name
      continue
    }
    const clean = word.replace(/[:،,.\-–—)»”"]+$/u, '')
    const k = matchKey(clean)
    if (!k || STOP.has(k) || /[\d\u0660-\u0669]/u.test(clean) || k.includes(' ')) break
    // A personal name does not start with the article: "كتب الرئيس" is a sentence.
    if (name.length === 0 && /^ال\p{L}{2,}/u.test(k) && !/^(?:الشيخ|السيد|السيده)$/u.test(k)) {
      return null
    }
    name.push(clean)
    if (clean !== word || name.length === MAX_NAME_WORDS) break
  }
  if (name.length === 0) return null
  if (name.length === 1 && !/^[A-Z]/u.test(name[0]!)) return null // one Arabic word is not a name
  return { author: name.join(' '), marker }
}

/** The text after the first `words` words of the line (the marker), punctuation included. */
function stripMarker(text: string, words: number): string {
  let rest = text.trim()
  for (let i = 0; i < words; i++) rest = rest.replace(/^[^\s:：\-–—]+[\s:：\-–—]*/u, '')
  return rest
}
