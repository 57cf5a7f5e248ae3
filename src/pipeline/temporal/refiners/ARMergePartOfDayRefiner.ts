/**
 * A part of the day joins the day beside it: "صباح" + "الخميس", "فجر" + "اليوم الجمعة", "مساء"
 * + "الأحد 25 جويلية 2021", "أمس" + "مساءً"; and the clock time after it: "الظهر" + "الساعة 7",
 * "بعد الظهر" + "السابعة مساء".
 */
import { hourInPart } from '../constants'
import { addDays } from '../dates'
import type { ParsedResult, Refiner } from '../types'
import { gapPattern, isBareTime, isDayLevel, mergeAdjacent } from './merge'

/** A part of the day with no hour of its own (or noon, which is both). */
function isPartLead(r: ParsedResult): boolean {
  const s = r.start
  if (s.part === undefined || r.until || r.value) return false
  if (r.type === 'TIME') return s.part === 'MI' && s.hour === 12 && !s.shift
  return s.hour === undefined && s.weekday === undefined && s.day === undefined && !s.occurrences
}

/** The clock time read in the part of the day before it, keeping the part's day if it has one. */
function timeInPart(part: ParsedResult, time: ParsedResult): ParsedResult {
  const p = part.start
  const start = { ...time.start }
  if (start.ambiguousHour && start.hour !== undefined) {
    start.hour = hourInPart(start.hour, p.part!)
    delete start.ambiguousHour
  }
  if (p.shift && p.hour === undefined) {
    start.shift = p.shift
    start.relativeTo = p.relativeTo
  }
  return { ...time, start, role: undefined }
}

const GAP = gapPattern('\\s*[،,]?\\s*')

export default {
  name: 'ARMergePartOfDayRefiner',
  refine(results, { text }) {
    return mergeAdjacent(results, text, GAP, (a, b) => {
      if (isPartLead(a) && isBareTime(b) && !b.role && !b.until && b.start.hour !== undefined)
        return timeInPart(a, b)
      if (a.role === 'part-prefix' && isDayLevel(b) && b.start.part === undefined) {
        const start = { ...b.start, part: a.start.part, grain: 'part' as const }
        // "ليلة رأس السنة", "ليلة العيد": the night before the holiday.
        const find = b.start.occurrences
        if (find && /^ليله$/.test(text.slice(a.index, a.end))) {
          start.occurrences = (y) => find(y).map((o) => ({ start: addDays(o.start, -1) }))
        }
        return { ...b, start }
      }
      if (b.role === 'part-suffix' && isDayLevel(a) && a.start.part === undefined) {
        return { ...a, start: { ...a.start, part: b.start.part, grain: 'part' } }
      }
      return null
    })
  },
} satisfies Refiner
