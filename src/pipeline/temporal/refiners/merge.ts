/** The pairwise merge loop shared by the merge refiners (after chrono's MergingRefiner). */
import { foldPattern } from '../text'
import type { ParsedResult } from '../types'

/**
 * Walks results in text order and joins neighbours whose gap matches `gap` and that `merge`
 * accepts; a merged result can merge again with the next one ("صباح" + "الخميس" + "24 فبراير").
 */
export function mergeAdjacent(
  results: ParsedResult[],
  text: string,
  gap: RegExp,
  merge: (a: ParsedResult, b: ParsedResult, gapText: string) => ParsedResult | null,
): ParsedResult[] {
  const out = [...results].sort((a, b) => a.index - b.index)
  for (let i = 0; i + 1 < out.length;) {
    const a = out[i]!
    const b = out[i + 1]!
    const between = text.slice(a.end, b.index)
    const merged = b.index >= a.end && gap.test(between) ? merge(a, b, between) : null
    if (merged) {
      out.splice(i, 2, { ...merged, index: a.index, end: b.end, rule: `${a.rule}+${b.rule}` })
    } else i++
  }
  return out
}

/** A gap pattern (folded): the whole gap must match. */
export function gapPattern(source: string): RegExp {
  return new RegExp(`^${foldPattern(source)}$`, 'u')
}

/** True when the spec names a day (not just a month, a week or a year). */
export function isDayLevel(r: ParsedResult): boolean {
  const s = r.start
  if (r.role || r.until || r.value || r.type === 'DURATION' || r.type === 'SET') return false
  return (
    s.day !== undefined ||
    s.weekday !== undefined ||
    s.occurrences !== undefined ||
    (s.shift?.unit === 'day' && s.hour === undefined) ||
    s.nth?.unit === 'day'
  )
}

/** True for a clock time with no day of its own. */
export function isBareTime(r: ParsedResult): boolean {
  const s = r.start
  return (
    r.type === 'TIME' &&
    !r.role &&
    s.day === undefined &&
    s.weekday === undefined &&
    s.month === undefined &&
    s.shift === undefined
  )
}
