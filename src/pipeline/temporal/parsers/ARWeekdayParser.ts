/**
 * A weekday alone or qualified: "الجمعة", "يوم الأحد", "الأحد الماضي", "الجمعة المقبلة", "هذا
 * الاثنين", "الاثنين من الأسبوع الماضي", "ثلاثاء الأسبوع الفائت". Which Friday a bare "الجمعة"
 * is depends on the sentence's tense (resolve.ts); a qualifier overrides it.
 */
import { matchKey } from '../../lexicon/calendar'
import {
  QUALIFIER,
  QUALIFIER_AFTER,
  WEEKDAY_BARE,
  WEEKDAY_NAME,
  qualifierShift,
  weekdayNumber,
  wordAfter,
  wordBefore,
  wordPattern,
} from '../constants'
import type { DateSpec, Parser } from '../types'

const THIS_GROUP = 2
const WEEKDAY_GROUP = 3
const QUALIFIER_GROUP = 4
const WEEK_GROUP = 5
const BARE_WEEKDAY_GROUP = 6
const BARE_WEEK_GROUP = 7
const WEEK_FIRST_GROUP = 8
const WEEK_FIRST_DAY_GROUP = 9

const WEEK = `(?:هذا\\s+)?(?:ال)?أسبوع(?:\\s+${QUALIFIER})?`

/** Words before a weekday that make it a name: سوق الجمعة (a market), مسجد الجمعة. */
const NAME_HEADS = new Set(
  ['سوق', 'مسجد', 'جامع', 'شارع', 'حي', 'ساحة', 'ميدان', 'مدرسة', 'الواحد', 'كلا'].map(matchKey),
)
/** "الاثنين" is also "the two": "الاثنين معا", "كلا الاثنين", "بين الاثنين". */
const TWO_CONTEXT = new Set(['معا', 'كلاهما', 'منهما', 'منهم'].map(matchKey))

export default {
  name: 'ARWeekdayParser',
  pattern: wordPattern(
    `(?:(هذا|هذه)\\s+)?(?:(?:يوم|نهار)\\s+)?(${WEEKDAY_NAME})` +
      `(?:\\s+(${QUALIFIER_AFTER})|\\s+من\\s+(${WEEK}))?` +
      `|(${WEEKDAY_BARE})\\s+(${WEEK})` +
      `|((?:هذا\\s+)?(?:ال)?أسبوع(?:\\s+${QUALIFIER})?)\\s*[،,]?\\s*(?:يوم\\s+)?(${WEEKDAY_NAME})`,
  ),
  extract(match, { text }) {
    const name = match[WEEKDAY_GROUP] ?? match[BARE_WEEKDAY_GROUP] ?? match[WEEK_FIRST_DAY_GROUP]!
    const weekday = weekdayNumber(name)
    if (weekday === undefined) return null
    const before = wordBefore(text, match.index)
    if (NAME_HEADS.has(before)) return null
    // "الأحد عشر" is eleven.
    if (weekday === 0 && /^عشر/.test(wordAfter(text, match.index + match[0].length))) return null
    if (weekday === 1 && !match[THIS_GROUP] && !/يوم/.test(match[0])) {
      const after = wordAfter(text, match.index + match[0].length)
      if (TWO_CONTEXT.has(after) || before === 'بين') return null
    }
    const start: DateSpec = { weekday, grain: 'day' }
    const week = match[WEEK_GROUP] ?? match[BARE_WEEK_GROUP] ?? match[WEEK_FIRST_GROUP]
    // "الأسبوع" alone before a weekday is no week phrase ("... الأسبوع، الجمعة").
    if (match[WEEK_FIRST_GROUP] && !/\s/.test(matchKey(match[WEEK_FIRST_GROUP]))) return null
    const qualifier = match[QUALIFIER_GROUP]
    if (week) {
      const words = matchKey(week).split(/\s+/)
      start.shift = {
        unit: 'week',
        n: words.map(qualifierShift).find((n) => n !== undefined) ?? 0,
      }
      start.relativeTo = 'speech'
    } else if (qualifier) {
      const shift = qualifierShift(qualifier)
      if (shift === 0) {
        start.shift = { unit: 'week', n: 0 }
        start.relativeTo = 'speech'
      } else {
        start.direction = shift! < 0 ? 'past' : 'future'
        start.strict = true
        if (Math.abs(shift!) > 1) start.skip = Math.abs(shift!) - 1
      }
    } else if (match[THIS_GROUP]) {
      start.direction = 'future'
    }
    return { type: 'DATE', start }
  },
} satisfies Parser
