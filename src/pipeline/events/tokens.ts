import { normalizeArabic } from '../normalize/arabic'

/**
 * Tokens of one sentence, with article offsets and the matching forms the trigger patterns test.
 * Hand-written: Intl.Segmenter keeps clitics attached and splits "إل-76" and "43.556"; the event
 * rules need exactly the opposite.
 */

export type TokenKind = 'word' | 'punct'

export interface Token {
  /** As written. */
  text: string
  /** Article offsets. */
  start: number
  end: number
  kind: TokenKind
  /** Matching key: letters folded (أ/ا, ة/ه, ى/ي), diacritics and tatweel dropped, lower case. */
  key: string
  /**
   * The key and every reading with proclitics removed ("وبالقوات" → "بالقوات", "القوات",
   * "قوات"). `prep` is true when a preposition (ب ل ك) was removed.
   */
  forms: { form: string; prep: boolean }[]
  /**
   * A time expression set off by commas, with its commas ("وصلت، أمس الخميس، طلائع القوة"):
   * patterns read through it (see `markAsides`).
   */
  aside?: boolean
}

const COMMAS = new Set([',', '،'])

/** Marks the tokens of each time expression that stands between two commas as `aside`. */
export function markAsides(tokens: Token[], times: { start: number; end: number }[]): void {
  for (const t of times) {
    const a = tokens.findIndex((k) => k.start >= t.start)
    if (a < 1) continue
    let b = a
    while (b + 1 < tokens.length && tokens[b + 1]!.end <= t.end) b++
    const before = tokens[a - 1]!
    const after = tokens[b + 1]
    if (!after || !COMMAS.has(before.text) || !COMMAS.has(after.text)) continue
    for (let i = a - 1; i <= b + 1; i++) tokens[i]!.aside = true
  }
}

// A word: letters, marks, digits and tatweel; a hyphen may join letters and digits (إل-76,
// An-124); a dot or comma may join digits (43.556, ٢,٠٠٠, 6.4).
const RE_TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+|(?<=\p{N})[.,\u066B\u066C]\p{N}+)*|\S/gu
const RE_WORDCHAR = /[\p{L}\p{N}]/u

/** Proclitic chains, longest first. `prep`: the chain holds a preposition. */
const PROCLITICS: { p: string; prep: boolean }[] = [
  ['وبال', true],
  ['فبال', true],
  ['وكال', true],
  ['ولل', true],
  ['فلل', true],
  ['وال', false],
  ['فال', false],
  ['بال', true],
  ['كال', true],
  ['لل', true],
  ['ال', false],
  ['وب', true],
  ['ول', true],
  ['وك', true],
  ['فب', true],
  ['فل', true],
  ['و', false],
  ['ف', false],
  ['ب', true],
  ['ل', true],
  ['ك', true],
].map(([p, prep]) => ({ p: p as string, prep: prep as boolean }))

export function tokenKey(text: string): string {
  return normalizeArabic(text).toLowerCase()
}

/** The readings of a key with proclitics removed (the key itself first). */
export function cliticForms(key: string): { form: string; prep: boolean }[] {
  const out = [{ form: key, prep: false }]
  const seen = new Set([key])
  const add = (form: string, prep: boolean) => {
    if (!seen.has(form)) {
      seen.add(form)
      out.push({ form, prep })
    }
  }
  for (const { p, prep } of PROCLITICS) {
    if (!key.startsWith(p)) continue
    const rest = key.slice(p.length)
    // A lone conjunction may leave two letters (وحث); anything else must leave three, so that
    // "بحث" is not read as ب + حث.
    const min = p === 'و' || p === 'ف' ? 2 : 3
    if (rest.length < min) continue
    add(rest, prep)
    if (p.endsWith('ال') || p.endsWith('لل')) add(`ال${rest}`, prep)
  }
  return out
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(RE_TOKEN)) {
    const key = tokenKey(m[0])
    // A lone tatweel or mark is decoration, not a word.
    const word = RE_WORDCHAR.test(m[0]) && key !== ''
    out.push({
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      kind: word ? 'word' : 'punct',
      key,
      forms: word ? cliticForms(key) : [{ form: key, prep: false }],
    })
  }
  return out
}
