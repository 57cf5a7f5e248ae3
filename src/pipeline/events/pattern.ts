import { CARDINAL_WORDS, MAGNITUDE_WORDS, cardinalValue, magnitudeValue } from '../lexicon/numbers'
import { tokenKey, type Token } from './tokens'

/**
 * A small token pattern language for the trigger lexicon, so that a linguist can write rules as
 * data (hand-written: no library matches Arabic words with their clitics this way).
 *
 *   خرج|خرجت حشود          one word after another; `a|b` are alternatives for one word
 *   اعتقال*                 a word and any ending (اعتقالات، اعتقاله)
 *   =قال                    exactly this form: no proclitic may be attached (not "وقال")
 *   ^احتجاجات               no preposition attached (و/ف/ال are fine, ب/ل/ك are not): the word is
 *                           a subject or an object, not inside "للاحتجاجات"
 *   هاتفيا?                 an optional word
 *   ..   ..5                a gap of up to 3 (or 5) tokens
 *   #num                    a number: digits (9، ٢,٠٠٠، الـ21) or a number word (ألفي، عشرات)
 *   !word                   the trigger proper, when it is not the first word ("أعلن ..3 !إضراب*":
 *                           the event is the strike, the verb only announces it)
 *
 * Every word also matches with proclitics attached (و، ف، ب، ل، ك، ال and their chains), and
 * spelling is folded (أ/إ/آ/ا، ة/ه، ى/ي, diacritics ignored). Quotes, brackets and dashes between
 * two words are skipped, and so is a time expression between commas ("وصلت، أمس الخميس، طلائع").
 */

interface WordAlt {
  word: string
  /** The word and any ending. */
  prefix: boolean
  /** any: proclitics allowed; exact: none; noprep: no preposition (و، ف، ال are fine). */
  mode: 'any' | 'exact' | 'noprep'
}

/** A word element, with its alternatives indexed: matching is a few set lookups per token. */
interface WordElement {
  kind: 'word'
  optional: boolean
  head: boolean
  alts: WordAlt[]
  any: Set<string>
  noprep: Set<string>
  exact: Set<string>
  prefixes: WordAlt[]
}

type Element =
  WordElement | { kind: 'num'; optional: boolean; head: boolean } | { kind: 'gap'; max: number }

export interface CompiledPattern {
  source: string
  elements: Element[]
}

export interface PatternMatch {
  /** Token indices, inclusive. */
  first: number
  last: number
  /** Indices of the tokens the pattern's words matched (gaps left out). */
  words: number[]
  /** Index of the token the head word (!) matched, else the first. */
  head: number
}

const TRANSPARENT = new Set([
  '"',
  "'",
  '«',
  '»',
  '“',
  '”',
  '‘',
  '’',
  '(',
  ')',
  '[',
  ']',
  '-',
  '–',
  '—',
  'ـ',
])

export function compilePattern(source: string): CompiledPattern {
  const elements: Element[] = []
  for (const raw of source.trim().split(/\s+/)) {
    const gap = /^\.\.(\d*)$/.exec(raw)
    if (gap) {
      elements.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 })
      continue
    }
    let body = raw
    const head = body.startsWith('!')
    if (head) body = body.slice(1)
    const optional = body.endsWith('?')
    if (optional) body = body.slice(0, -1)
    if (body === '#num') {
      elements.push({ kind: 'num', optional, head })
      continue
    }
    elements.push(
      wordElement(
        body.split('|').map((a) => compileAlt(a, source)),
        optional,
        head,
      ),
    )
  }
  // Leading gaps are meaningless: the first word anchors a match.
  while (elements[0]?.kind === 'gap') elements.shift()
  const first = elements[0]
  if (!first || ('optional' in first && first.optional)) {
    throw new Error(`A pattern must start with a word that is not optional: "${source}"`)
  }
  return { source, elements }
}

function wordElement(alts: WordAlt[], optional: boolean, head: boolean): WordElement {
  const el: WordElement = {
    kind: 'word',
    optional,
    head,
    alts,
    any: new Set(),
    noprep: new Set(),
    exact: new Set(),
    prefixes: [],
  }
  for (const a of alts) {
    if (a.prefix) el.prefixes.push(a)
    else el[a.mode].add(a.word)
  }
  return el
}

function compileAlt(alt: string, source: string): WordAlt {
  let a = alt
  let mode: WordAlt['mode'] = 'any'
  if (a.startsWith('=')) mode = 'exact'
  else if (a.startsWith('^')) mode = 'noprep'
  if (mode !== 'any') a = a.slice(1)
  const prefix = a.endsWith('*')
  const word = tokenKey(prefix ? a.slice(0, -1) : a)
  if (!word) throw new Error(`Empty word in pattern "${source}"`)
  return { word, prefix, mode }
}

/** The keys of every number word, for a quick test before the full reading. */
const NUMBER_KEYS = new Set([...CARDINAL_WORDS, ...MAGNITUDE_WORDS].map(tokenKey))

/** True when the token reads as a number ("9", "٢,٠٠٠", "الـ21", "ألفي", "عشرات"). */
export function isNumberToken(t: Token): boolean {
  if (t.kind !== 'word') return false
  if (/^(?:[وفبل]?ال|[وفبل])?\d/.test(t.key)) return true
  if (!t.forms.some((f) => NUMBER_KEYS.has(f.form))) return false
  return cardinalValue(t.text) !== undefined || magnitudeValue(t.text) !== undefined
}

function altMatches(a: WordAlt, t: Token): boolean {
  for (let i = 0; i < t.forms.length; i++) {
    const { form, prep } = t.forms[i]!
    if (a.mode === 'exact' && i > 0) break
    if (a.mode === 'noprep' && prep) continue
    if (a.prefix ? form.startsWith(a.word) : form === a.word) return true
  }
  return false
}

function wordMatches(el: WordElement, t: Token): boolean {
  if (t.kind !== 'word') return false
  if (el.exact.has(t.key)) return true
  for (const { form, prep } of t.forms) {
    if (el.any.has(form) || (!prep && el.noprep.has(form))) return true
  }
  return el.prefixes.some((a) => altMatches(a, t))
}

/** True when the word matches the pattern's first word as written, with no proclitic removed. */
export function firstWordExact(p: CompiledPattern, t: Token): boolean {
  const el = p.elements.find((e) => e.kind === 'word')
  if (!el || el.kind !== 'word') return false
  return el.alts.some((a) => (a.prefix ? t.key.startsWith(a.word) : t.key === a.word))
}

/** Quotes, brackets, dashes, and a time expression set off by commas (tokens.ts: `aside`). */
function transparent(t: Token): boolean {
  return t.aside === true || (t.kind === 'punct' && TRANSPARENT.has(t.text))
}

/** Next index at or after `i` that is not transparent punctuation. */
export function skip(tokens: Token[], i: number, hi: number): number {
  while (i < hi && transparent(tokens[i]!)) i++
  return i
}

/** Match the elements from `ei` on at token `ti`: the index of the last token matched, or -1. */
function matchFrom(
  els: Element[],
  ei: number,
  tokens: Token[],
  ti: number,
  hi: number,
  last: number,
  path: number[],
): number {
  if (ei === els.length) return last
  const el = els[ei]!
  if (el.kind === 'gap') {
    let j = ti
    for (let k = 0; k <= el.max; k++) {
      const r = matchFrom(els, ei + 1, tokens, j, hi, last, path)
      if (r !== -1) return r
      j = skip(tokens, j, hi)
      if (j >= hi) break
      j++
    }
    return -1
  }
  const at = skip(tokens, ti, hi)
  if (at < hi) {
    const t = tokens[at]!
    const ok = el.kind === 'num' ? isNumberToken(t) : wordMatches(el, t)
    if (ok) {
      // A head word is also recorded as -(index + 1), so that one array holds both.
      path.push(at)
      if (el.head) path.push(-(at + 1))
      const r = matchFrom(els, ei + 1, tokens, at + 1, hi, at, path)
      if (r !== -1) return r
      if (el.head) path.pop()
      path.pop()
    }
  }
  return el.optional ? matchFrom(els, ei + 1, tokens, ti, hi, last, path) : -1
}

/** Previous index before `i` (down to `lo`) that is not transparent punctuation, or lo - 1. */
export function skipBack(tokens: Token[], i: number, lo: number): number {
  let j = i - 1
  while (j >= lo && transparent(tokens[j]!)) j--
  return j
}

/** The last token index of a match starting exactly at `at` (quotes skipped), or -1. */
export function matchAt(
  p: CompiledPattern,
  tokens: Token[],
  at: number,
  hi = tokens.length,
): number {
  const i = skip(tokens, at, hi)
  if (i >= hi || tokens[i]!.kind !== 'word') return -1
  return matchFrom(p.elements, 0, tokens, i, hi, -1, [])
}

/** The match starting exactly at word `i`, or null. */
export function matchHere(
  p: CompiledPattern,
  tokens: Token[],
  i: number,
  hi = tokens.length,
): PatternMatch | null {
  const t = tokens[i]
  if (!t || t.kind !== 'word' || !firstMatches(p.elements[0]!, t)) return null
  const path: number[] = []
  const last = matchFrom(p.elements, 0, tokens, i, hi, -1, path)
  if (last < i) return null
  const head = path.find((x) => x < 0)
  const words = path.filter((x) => x >= 0)
  return { first: i, last, words, head: head === undefined ? i : -head - 1 }
}

/**
 * What the first word of a pattern can be, for indexing patterns by their first word: exact
 * keys (looked up among a token's forms) and prefixes (tested one by one).
 */
export function firstWordIndex(p: CompiledPattern): { keys: string[]; prefixes: string[] } {
  const el = p.elements[0]!
  if (el.kind !== 'word') return { keys: [], prefixes: [] }
  return { keys: [...el.any, ...el.noprep, ...el.exact], prefixes: el.prefixes.map((a) => a.word) }
}

function firstMatches(el: Element, t: Token): boolean {
  return el.kind === 'num' ? isNumberToken(t) : el.kind === 'word' ? wordMatches(el, t) : true
}

/** Every match of the pattern that starts in tokens[lo, hi) and ends before hi. */
export function findMatches(
  p: CompiledPattern,
  tokens: Token[],
  lo = 0,
  hi = tokens.length,
): PatternMatch[] {
  const out: PatternMatch[] = []
  for (let i = lo; i < hi; i++) {
    const m = matchHere(p, tokens, i, hi)
    if (m) out.push(m)
  }
  return out
}
