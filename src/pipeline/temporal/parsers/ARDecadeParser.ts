/**
 * Decades and centuries: "التسعينيات", "سبعينيات القرن الماضي", "عشرينيات القرن الحالي" (TIMEX3
 * "199"); "القرن العشرين", "القرن الماضي", "القرن الحادي والعشرين" (TIMEX3 "19", "20").
 */
import { matchKey } from '../../lexicon/calendar'
import { wordPattern } from '../constants'
import type { Parser } from '../types'

const DECADES: Record<string, number> = {
  عشرينيات: 20,
  ثلاثينيات: 30,
  اربعينيات: 40,
  خمسينيات: 50,
  ستينيات: 60,
  سبعينيات: 70,
  ثمانينيات: 80,
  تسعينيات: 90,
}

/** Centuries by ordinal, as TIMEX3 writes them (the twentieth is "19"). */
const CENTURIES: [RegExp, number][] = [
  [/^التاسع عشر$/, 18],
  [/^العشرين$/, 19],
  [/^الحادي والعشرين$/, 20],
]

const DECADE_GROUP = 2
const CENTURY_GROUP = 3
const LONE_CENTURY_GROUP = 4

export default {
  name: 'ARDecadeParser',
  pattern: wordPattern(
    `(?:ال)?(عشرينيات|ثلاثينيات|أربعينيات|خمسينيات|ستينيات|سبعينيات|ثمانينيات|تسعينيات)` +
      `(?:\\s+(?:من\\s+)?القرن\\s+(الماضي|العشرين|الحالي|الحادي\\s+والعشرين|التاسع\\s+عشر))?` +
      `|القرن\\s+(الماضي|الحالي|الجاري|العشرين|الحادي\\s+والعشرين|التاسع\\s+عشر)`,
  ),
  extract(match) {
    const lone = match[LONE_CENTURY_GROUP]
    if (lone) {
      const key = matchKey(lone).replace(/\s+/g, ' ')
      const named = CENTURIES.find(([re]) => re.test(key))
      if (named) return { type: 'DATE', start: { decade: named[1] * 100, grain: 'century' } }
      const n = /الماضي/.test(key) ? -100 : 0
      return {
        type: 'DATE',
        start: { grain: 'century', relativeTo: 'speech', shift: { unit: 'year', n } },
      }
    }
    const tens = DECADES[matchKey(match[DECADE_GROUP]!)]
    if (tens === undefined) return null
    const century = matchKey(match[CENTURY_GROUP] ?? '')
    const base = /^(?:الحالي|الحادي)/.test(century) ? 2000 : /^التاسع/.test(century) ? 1800 : 1900
    return { type: 'DATE', start: { decade: base + tens, grain: 'decade' } }
  },
} satisfies Parser
