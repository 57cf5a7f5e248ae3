/**
 * Vagueness words before a month, a year or a week: "أوائل يناير", "مطلع العام", "منتصف آذار",
 * "أواخر العام الماضي", "في وقت مبكر من هذا الشهر", "الأيام الأولى من العام". They only mean
 * something joined to what follows (ARMergeModifierRefiner), which keeps its value and gets the
 * TIMEX3 mod.
 */
import { matchKey } from '../../lexicon/calendar'
import { alt, wordPattern } from '../constants'
import type { Parser } from '../types'

const MODIFIERS: [mod: 'START' | 'MID' | 'END', words: string[]][] = [
  [
    'START',
    [
      'أوائل',
      'مطلع',
      'بداية',
      'بدايات',
      'مستهل',
      'غرة',
      'وقت مبكر من',
      'الأيام الأولى من',
      'الأيام الأولى في',
      'الأسابيع الأولى من',
      'الأشهر الأولى من',
    ],
  ],
  ['MID', ['منتصف', 'أواسط', 'نصف', 'نص', 'وسط']],
  [
    'END',
    [
      'أواخر',
      'نهاية',
      'نهايات',
      'ختام',
      'آخر',
      'وقت لاحق من',
      'الأيام الأخيرة من',
      'الأيام الأخيرة في',
      'الأسابيع الأخيرة من',
      'الأشهر الأخيرة من',
    ],
  ],
]
const MOD_BY_WORD = new Map(MODIFIERS.flatMap(([mod, ws]) => ws.map((w) => [matchKey(w), mod])))

const WORD_GROUP = 2

export default {
  name: 'ARModifierParser',
  pattern: wordPattern(`(${alt(MODIFIERS.flatMap(([, w]) => w))})(?:\\s+من)?(?=\\s+\\S)`),
  extract(match) {
    const mod = MOD_BY_WORD.get(matchKey(match[WORD_GROUP]!))
    return mod ? { type: 'DATE', start: { grain: 'day', mod }, role: 'modifier' } : null
  },
} satisfies Parser
