/** Decades: "التسعينيات", "سبعينيات القرن الماضي", "عشرينيات القرن الحالي" (TIMEX3 "199"). */
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

const DECADE_GROUP = 2
const CENTURY_GROUP = 3

export default {
  name: 'ARDecadeParser',
  pattern: wordPattern(
    `(?:ال)?(عشرينيات|ثلاثينيات|أربعينيات|خمسينيات|ستينيات|سبعينيات|ثمانينيات|تسعينيات)` +
      `(?:\\s+(?:من\\s+)?القرن\\s+(الماضي|العشرين|الحالي|الحادي\\s+والعشرين|التاسع\\s+عشر))?`,
  ),
  extract(match) {
    const tens = DECADES[matchKey(match[DECADE_GROUP]!)]
    if (tens === undefined) return null
    const century = matchKey(match[CENTURY_GROUP] ?? '')
    const base = /^(?:الحالي|الحادي)/.test(century) ? 2000 : /^التاسع/.test(century) ? 1800 : 1900
    return { type: 'DATE', start: { decade: base + tens, grain: 'decade' } }
  },
} satisfies Parser
