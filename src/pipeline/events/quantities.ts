import type { Quantity, QuantityUnit, Span } from '../types'
import { gregorianMonth } from '../lexicon/calendar'
import { cardinalValue, magnitudeValue } from '../lexicon/numbers'
import {
  AT_LEAST_AFTER,
  DUALS,
  MODEL_CUES,
  MULTIPLIERS,
  NOT_A_COUNT_AFTER,
  NOT_A_COUNT_BEFORE,
  PERSON_NOUNS,
  QUALIFIERS,
  UNIT_AFTER,
  UNIT_BEFORE,
  UNIT_VERB_AFTER,
} from './lexicon/units'
import {
  compilePattern,
  findMatches,
  firstWordExact,
  isNumberToken,
  matchAt,
  skip,
  skipBack,
  type CompiledPattern,
} from './pattern'
import type { Token } from './tokens'

/**
 * Counts in a clause, with what they count: "هبوط 9 طائرات من طراز إل-76" → 9 aircraft (model
 * إل-76); "اعتقال أكثر من 3 آلاف شخص" → ≥ 3000 arrested; "عشرات القتلى" → ≥ 20 killed;
 * "43.556 قتيلا" → 43556 but "6.4 درجة" → 6.4. A number is kept only when the words around it
 * say what it counts; dates, times and article numbers are not counts. Hand-written: no library
 * reads Arabic number phrases.
 */

const compile = <T extends { match: string }>(list: T[]) =>
  list.map((x) => ({ ...x, p: compilePattern(x.match) }))
const compileAll = <T extends { match: string[] }>(list: T[]) =>
  list.flatMap((x) => x.match.map((m) => ({ ...x, p: compilePattern(m) })))
const BEFORE = compileAll(UNIT_BEFORE)
const AFTER = compileAll(UNIT_AFTER)
const VERB_AFTER = compile(UNIT_VERB_AFTER)
const DUAL = compile(DUALS)
const QUALS = compile(QUALIFIERS)
const PERSONS = compilePattern(PERSON_NOUNS)
const NOT_AFTER = compilePattern(NOT_A_COUNT_AFTER)
const NOT_BEFORE = compilePattern(NOT_A_COUNT_BEFORE)
const MODEL = compilePattern(MODEL_CUES)
const AT_LEAST = compilePattern(AT_LEAST_AFTER)
const MULTS = MULTIPLIERS.map(([value, match]) => ({ value, p: compilePattern(match) }))
const RE_NUMERIC = /^(?:[وفبل]?ال|[وفبل])?(\d[\d.,\u066B\u066C]*)$/
const RE_MODEL = /^\p{L}{1,12}-?\d{1,4}\p{L}?$/u

export interface QuantityContext {
  articleId: string
  /** The article text (for `text`). */
  text: string
  /** Spans already read as time expressions: their numbers are dates, not counts. */
  timexes: Span[]
  /** The unit a bare count of people takes at a token (from the nearest trigger), if any. */
  personUnit(tokenIndex: number): QuantityUnit | undefined
}

interface NumberPhrase {
  first: number
  last: number
  /** Digits as written (to tell "43.556" from "6.4" once the unit is known), or the value. */
  digits?: string
  value: number
  multiplier: number
  vague: boolean
}

export function readQuantities(
  tokens: Token[],
  first: number,
  last: number,
  ctx: QuantityContext,
): Quantity[] {
  const out: Quantity[] = []
  const hi = last + 1
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!
    const dual = dualAt(tokens, i, first, hi, ctx)
    if (dual) {
      out.push(dual)
      continue
    }
    if (!isNumberToken(t) || ctx.timexes.some((x) => x.start < t.end && t.start < x.end)) continue
    const num = readNumber(tokens, i, hi)
    if (!num) continue
    i = num.last
    const q = quantityAt(tokens, num, first, hi, ctx)
    if (q) {
      out.push(q)
      while (i + 1 <= last && tokens[i + 1]!.end <= q.end!) i++
    }
  }
  return out
}

function quantityAt(
  tokens: Token[],
  num: NumberPhrase,
  lo: number,
  hi: number,
  ctx: QuantityContext,
): Quantity | null {
  const qual = qualifierBefore(tokens, lo, num.first)
  const start = qual ? qual.first : num.first
  if (endsAt(NOT_BEFORE, tokens, lo, start)) return null
  const next = skip(tokens, num.last + 1, hi)
  if (
    next < hi &&
    (startsAt(NOT_AFTER, tokens, next, hi) !== undefined || isMonth(tokens[next]!))
  ) {
    return null
  }
  let unit: QuantityUnit | undefined = BEFORE.find((b) => endsAt(b.p, tokens, lo, start))?.unit
  let end = num.last
  const conj = next < hi && /^[وف]/.test(tokens[next]!.key)
  const unitAt = (i: number) =>
    AFTER.find(
      (a) =>
        startsAt(a.p, tokens, i, hi) !== undefined && (!conj || firstWordExact(a.p, tokens[i]!)),
    )
  // A partitive "من" may stand between ("3 آلاف من عناصر الإنقاذ"، "ألف من الجنود").
  const partitive = next + 1 < hi && tokens[next]!.key === 'من' && !unitAt(next)
  const at = partitive ? next + 1 : next
  const after = unitAt(at)
  if (after) end = startsAt(after.p, tokens, at, hi)!
  // A verb after the counted people says what happened to them ("35 عنصرا من الشرطة أصيبوا"),
  // which a noun of people (عنصرا، شخصا) does not.
  const generic = !after || after.unit === 'troops'
  if (generic) unit ??= verbAfter(tokens, after ? end + 1 : next, hi)
  unit ??= after?.unit
  const person = end === num.last ? startsAt(PERSONS, tokens, next, hi) : undefined
  if (person !== undefined) {
    unit ??= ctx.personUnit(num.first)
    end = person
  }
  // A count right after a trigger that names what it counts ("قتل عشرات المتظاهرين").
  if (!unit) return null
  const value = valueOf(num, unit)
  if (value === null) return null
  const q: Quantity = {
    value,
    unit,
    text: ctx.text.slice(tokens[start]!.start, tokens[end]!.end),
    qualifier:
      qual?.qualifier ?? (num.vague || startsAt(AT_LEAST, tokens, end + 1, hi) ? 'ge' : 'exact'),
    articleId: ctx.articleId,
    start: tokens[start]!.start,
    end: tokens[end]!.end,
  }
  if (unit === 'aircraft' || unit === 'vehicles') {
    const model = modelAfter(tokens, end + 1, hi)
    if (model) q.model = model
  }
  return q
}

/**
 * A dual noun counts two ("هبطت طائرتان"), unless a number already counts it: "عسكريين" after
 * "300" is a plural, and "المصابين" with the article is not a count.
 */
function dualAt(
  tokens: Token[],
  i: number,
  lo: number,
  hi: number,
  ctx: QuantityContext,
): Quantity | null {
  const t = tokens[i]!
  if (t.kind !== 'word' || /^(?:[وفبل]?ال|لل)/.test(t.key)) return null
  const d = DUAL.find((x) => matchAt(x.p, tokens, i, i + 1) === i && firstWordExact(x.p, t))
  if (!d) return null
  const before = skipBack(tokens, i, lo)
  if (before >= lo && isNumberToken(tokens[before]!)) return null
  // "مقتل جنديين" counts the killed, not troops.
  const unit = BEFORE.find((b) => endsAt(b.p, tokens, lo, i))?.unit ?? d.unit
  const q: Quantity = {
    value: 2,
    unit,
    text: t.text,
    qualifier: 'exact',
    articleId: ctx.articleId,
    start: t.start,
    end: t.end,
  }
  if (unit === 'aircraft' || unit === 'vehicles') {
    const model = modelAfter(tokens, i + 1, hi)
    if (model) q.model = model
  }
  return q
}

/** A number phrase at i: digits or words, "و" compounds, and a multiplier (3 آلاف، عشرات الآلاف). */
function readNumber(tokens: Token[], i: number, hi: number): NumberPhrase | null {
  const t = tokens[i]!
  const numeric = RE_NUMERIC.exec(t.key)
  let value: number
  let vague = false
  let digits: string | undefined
  if (numeric) {
    digits = numeric[1]!
    value = Number.NaN
  } else {
    const card = cardinalValue(t.text)
    const mag = card === undefined ? magnitudeValue(t.text) : undefined
    if (card === undefined && mag === undefined) return null
    value = card ?? mag!
    vague = mag !== undefined
  }
  let last = i
  // "خمسة وعشرين", "مائة وخمسين"
  while (!digits && last + 1 < hi) {
    const n = tokens[last + 1]!
    if (!/^و/.test(n.key)) break
    const v = cardinalValue(n.text)
    if (v === undefined || v >= 1000) break
    value += v
    last++
  }
  let multiplier = 1
  if (last + 1 < hi) {
    const m = MULTS.find((x) => matchAt(x.p, tokens, last + 1, hi) === last + 1)
    // "ألف" after "ألف" or a digit group is a multiplier; a bare magnitude word ("آلاف") is not.
    if (m && !(value >= 1000 && !digits)) {
      multiplier = m.value
      last++
    }
  }
  return { first: i, last, digits, value, multiplier, vague }
}

/**
 * The value once the unit is known: in counts of people and things a dot or comma before
 * exactly three digits separates thousands (43.556 قتيلا), elsewhere it is a decimal point
 * (6.4 درجة).
 */
function valueOf(num: NumberPhrase, unit: QuantityUnit): number | null {
  let base = num.value
  if (num.digits !== undefined) {
    const d = num.digits.replace(/\u066C/g, ',').replace(/\u066B/g, '.')
    if (/^\d+$/.test(d)) base = Number(d)
    else if (/^\d{1,3}(?:,\d{3})+$/.test(d)) base = Number(d.replace(/,/g, ''))
    else if (/^\d{1,3}(?:\.\d{3})+$/.test(d) && unit !== 'other' && num.multiplier === 1) {
      base = Number(d.replace(/\./g, ''))
    } else if (/^\d+[.,]\d+$/.test(d)) base = Number(d.replace(',', '.'))
    else return null
  }
  const v = base * num.multiplier
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null
}

function qualifierBefore(tokens: Token[], lo: number, at: number) {
  const before = skipBack(tokens, at, lo)
  for (const q of QUALS) {
    const m = findMatches(q.p, tokens, Math.max(lo, before - 4), before + 1).find(
      (x) => x.last === before,
    )
    if (m) return { qualifier: q.qualifier, first: m.first }
  }
  return null
}

/** "18 من الشرطة والحرس الوطني قتلوا", "35 عنصرا أصيبوا": the verb right after the count. */
function verbAfter(tokens: Token[], at: number, hi: number): QuantityUnit | undefined {
  if (at >= hi) return undefined
  if (tokens[at]!.key !== 'من') {
    // "12 عونا أصيبوا": a noun and the verb
    for (let k = at; k < Math.min(hi, at + 2); k++) {
      const u = VERB_AFTER.find((v) => startsAt(v.p, tokens, k, hi) !== undefined)?.unit
      if (u) return u
    }
    return undefined
  }
  const lim = Math.min(hi, at + 7)
  return VERB_AFTER.find((v) => findMatches(v.p, tokens, at + 1, lim).length > 0)?.unit
}

function modelAfter(tokens: Token[], at: number, hi: number): string | undefined {
  let i = at
  const skipQuotes = () => {
    while (i < hi && tokens[i]!.kind === 'punct' && /["«»“”'()]/.test(tokens[i]!.text)) i++
  }
  skipQuotes()
  // "من طراز إل-76" / "عسكرية من طراز إل-76" / "طراز أنتونوف 124" / "طائرات إيل-76"
  let cue: number | undefined
  for (let k = i; k < Math.min(hi, i + 4) && cue === undefined; k++)
    cue = startsAt(MODEL, tokens, k, hi)
  if (cue !== undefined) i = cue + 1
  skipQuotes()
  if (i >= hi || tokens[i]!.kind !== 'word') return undefined
  const t = tokens[i]!
  if (RE_MODEL.test(t.text)) return t.text
  const n = tokens[i + 1]
  if (cue !== undefined && n && i + 1 < hi && /^\d{1,4}$/.test(n.key)) return `${t.text} ${n.text}`
  return cue !== undefined && /\p{L}/u.test(t.text) ? t.text : undefined
}

function isMonth(t: Token): boolean {
  return t.kind === 'word' && gregorianMonth(t.text) !== undefined
}

/** Index of the last token when the pattern matches at `at` (quotes skipped). */
function startsAt(p: CompiledPattern, tokens: Token[], at: number, hi: number): number | undefined {
  const last = matchAt(p, tokens, at, hi)
  return last < 0 ? undefined : last
}

/** True when the pattern matches ending right before `at` (quotes skipped). */
function endsAt(p: CompiledPattern, tokens: Token[], lo: number, at: number): boolean {
  const before = skipBack(tokens, at, lo)
  if (before < lo) return false
  return findMatches(p, tokens, Math.max(lo, before - 4), before + 1).some((m) => m.last === before)
}
