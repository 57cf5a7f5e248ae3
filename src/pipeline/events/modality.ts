import type { Modality } from '../types'
import type { Clause } from './clauses'
import {
  CONDITIONAL_CUES,
  FUTURE_STEMS,
  HYPOTHETICAL_AFTER,
  NEGATION_AUX,
  NEGATIONS,
  PLANNED_CUES,
} from './lexicon/cues'
import { compilePattern, findMatches } from './pattern'
import { tokenKey, type Token } from './tokens'

/**
 * Whether an event happened as the clause tells it: denied (لم، لن، عدم right before the
 * trigger), conditional (إذا، في حال، ربما، قد + present, "... سيكون صعبا"), planned (سوف،
 * من المتوقع، a future verb in س). `reported` is decided later, from the reporting verbs.
 */

const NEG = new Set(NEGATIONS.map(tokenKey))
const AUX = new Set(NEGATION_AUX.map(tokenKey))
const PLANNED = PLANNED_CUES.map(compilePattern)
const CONDITIONAL = CONDITIONAL_CUES.map(compilePattern)
const HYPOTHETICAL = HYPOTHETICAL_AFTER.map(compilePattern)
const WINDOW = 10
const FUTURE = new Set(FUTURE_STEMS.map((s) => `س${tokenKey(s)}`))
const PRESENT = new Set(FUTURE_STEMS.map(tokenKey))

export function modalityOf(
  tokens: Token[],
  clause: Clause,
  trigger: { first: number; last: number },
): Exclude<Modality, 'reported'> {
  if (negated(tokens, clause, trigger.first)) return 'denied'
  // Cues bind to what is near them: look back a few words, not across a whole long clause.
  const before = { lo: Math.max(clause.first, trigger.first - WINDOW), hi: trigger.first }
  if (CONDITIONAL.some((p) => findMatches(p, tokens, before.lo, before.hi).length)) {
    return 'conditional'
  }
  if (maySubjunctive(tokens, before.lo, trigger.first)) return 'conditional'
  const afterHi = Math.min(clause.last + 1, trigger.last + 6)
  if (HYPOTHETICAL.some((p) => findMatches(p, tokens, trigger.last + 1, afterHi).length)) {
    return 'conditional'
  }
  if (PLANNED.some((p) => findMatches(p, tokens, before.lo, before.hi).length)) return 'planned'
  for (let i = before.lo; i <= trigger.first; i++) {
    const key = tokens[i]!.key.replace(/^[وف](?=س)/, '')
    if (FUTURE.has(key)) return 'planned'
  }
  return 'asserted'
}

/** A negation right before the trigger, or before one auxiliary ("لم يتم إرسال"). */
function negated(tokens: Token[], clause: Clause, at: number): boolean {
  const prev = previousWord(tokens, clause.first, at)
  if (prev < 0) return false
  if (isNegation(tokens[prev]!)) return true
  if (!AUX.has(tokens[prev]!.key)) return false
  const prev2 = previousWord(tokens, clause.first, prev)
  return prev2 >= 0 && isNegation(tokens[prev2]!)
}

function isNegation(t: Token): boolean {
  return NEG.has(t.key) || NEG.has(t.key.replace(/^[وف]/, ''))
}

function previousWord(tokens: Token[], lo: number, at: number): number {
  for (let i = at - 1; i >= lo; i--) if (tokens[i]!.kind === 'word') return i
  return -1
}

/** "قد" before a present-tense verb is "may" (قد يؤدي، قد تكون); before a past verb it is not. */
function maySubjunctive(tokens: Token[], lo: number, at: number): boolean {
  for (let i = lo; i < at; i++) {
    if (tokens[i]!.key.replace(/^[وف]/, '') !== 'قد') continue
    const next = tokens[i + 1]?.key ?? ''
    // Present tense: يـ always; تـ only in known present forms (past verbs start with ت too:
    // تم، تحول، تظاهر).
    if (/^ي/.test(next) || (/^ت/.test(next) && (/ون$/.test(next) || PRESENT.has(next)))) return true
  }
  return false
}
