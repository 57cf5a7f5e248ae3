/**
 * Parts of the day: "ليل الثلاثاء الأربعاء" (the night between), "الليلة", "هذا الصباح", "وفي
 * المساء" (that evening, in the story), "في ساعة متأخرة من الليل"; and the fragments that only
 * count beside a day, merged by ARMergePartOfDayRefiner: "صباح" before one ("صباح الخميس",
 * "فجر اليوم") and adverbs after one ("أمس مساءً").
 */
import { matchKey } from '../../lexicon/calendar'
import {
  PART_DEICTIC,
  PART_PREFIX,
  WEEKDAY_NAME,
  alt,
  partOf,
  weekdayNumber,
  wordBefore,
  wordPattern,
  WORD,
} from '../constants'
import type { Parser, PartOfDay } from '../types'

const NIGHT_GROUP = 2
const FIRST_DAY_GROUP = 3
const SECOND_DAY_GROUP = 4
const LATE_GROUP = 5
const LATE_ARTICLE_GROUP = 6
const LATE_PART_GROUP = 7
const DEICTIC_GROUP = 8
const DEICTIC_QUALIFIER_GROUP = 9
const STORY_GROUP = 10
const AFTERNOON_GROUP = 11
const PREFIX_GROUP = 12
const ADVERB_GROUP = 13

const LATE_PARTS: Record<string, PartOfDay> = {
  ليل: 'NI',
  ليله: 'NI',
  مساء: 'EV',
  صباح: 'MO',
  فجر: 'MO',
  نهار: 'AF',
  يوم: 'EV',
}
const ADVERBS = ['صباحا', 'مساء', 'مساءا', 'ليلا', 'فجرا', 'ظهرا', 'عصرا']

export default {
  name: 'ARPartOfDayParser',
  pattern: wordPattern(
    `((?:منتصف\\s+)?ليلة?)\\s+(${WEEKDAY_NAME})\\s*(?:[-–/،,]|و|إلى|على)?\\s*(${WEEKDAY_NAME})` +
      `|(?:ساعة|ساعات|وقت)\\s+(متأخرة|متأخر|مبكرة|مبكر)\\s+من\\s+(ال)?(ليل|ليلة|مساء|صباح|فجر|نهار|يوم)` +
      `|(${PART_DEICTIC})(?:\\s+(الماضية|المقبلة|القادمة))?` +
      `|ال(صباح|مساء|ظهيرة|عصر|فجر|ليل)(?:\\s+الباكر)?` +
      `|((?:فترة\\s+ما\\s+)?بعد\\s+(?:الظهر|الظهيرة))` +
      `|(${PART_PREFIX})(?=\\s+[${WORD}])` +
      `|(${alt(ADVERBS)})`,
  ),
  extract(match, { text }) {
    if (match[NIGHT_GROUP]) {
      const first = weekdayNumber(match[FIRST_DAY_GROUP]!)
      const second = weekdayNumber(match[SECOND_DAY_GROUP]!)
      if (first === undefined || second !== (first + 1) % 7) return null
      return { type: 'DATE', start: { weekday: first, part: 'NI', grain: 'part' } }
    }
    if (match[LATE_GROUP]) {
      const late = /^متاخر/.test(matchKey(match[LATE_GROUP]))
      const word = matchKey(match[LATE_PART_GROUP]!)
      let part = LATE_PARTS[word] ?? 'NI'
      if (!late && (word === 'ليل' || word === 'ليله')) part = 'NI'
      if (!late && (word === 'نهار' || word === 'يوم')) part = 'MO'
      // "في ساعة متأخرة من مساء أمس": the day follows, merge it.
      if (!match[LATE_ARTICLE_GROUP])
        return { type: 'DATE', start: { part, grain: 'part' }, role: 'part-prefix' }
      return {
        type: 'DATE',
        start: { part, grain: 'part', relativeTo: 'narrative', shift: { unit: 'day', n: 0 } },
      }
    }
    if (match[DEICTIC_GROUP]) {
      const part = partOf(match[DEICTIC_GROUP])
      if (!part) return null
      const q = match[DEICTIC_QUALIFIER_GROUP] ? matchKey(match[DEICTIC_QUALIFIER_GROUP]) : ''
      const n = q === 'الماضيه' ? -1 : q ? 1 : 0
      // "تلك الليلة", "ذات الليلة": the story's night, not tonight.
      const before = wordBefore(text, match.index)
      const story = /^(?:تلك|ذات|نفس|ذلك)$/.test(before)
      return {
        type: 'DATE',
        start: {
          part,
          grain: 'part',
          shift: { unit: 'day', n },
          relativeTo: story ? 'narrative' : 'speech',
        },
      }
    }
    if (match[STORY_GROUP]) {
      // "في المساء", "منذ الصباح", "عند الفجر", "مع حلول الليل": that evening in the story.
      // Without the preposition it is a noun ("صحيفة المساء").
      const before = wordBefore(text, match.index).replace(/^[وف](?=\p{L}{2})/u, '')
      if (!/^(?:في|منذ|حتي|خلال|طوال|طيله|عند|قبيل|حلول|بحلول)$/.test(before)) return null
      const part = partOf(match[STORY_GROUP])
      if (!part) return null
      return {
        type: 'DATE',
        start: { part, grain: 'part', shift: { unit: 'day', n: 0 }, relativeTo: 'narrative' },
      }
    }
    if (match[AFTERNOON_GROUP]) {
      return {
        type: 'DATE',
        start: { part: 'AF', grain: 'part', shift: { unit: 'day', n: 0 }, relativeTo: 'narrative' },
      }
    }
    if (match[PREFIX_GROUP]) {
      const part = partOf(match[PREFIX_GROUP])
      return part ? { type: 'DATE', start: { part, grain: 'part' }, role: 'part-prefix' } : null
    }
    const part = partOf(match[ADVERB_GROUP]!)
    return part ? { type: 'DATE', start: { part, grain: 'part' }, role: 'part-suffix' } : null
  },
} satisfies Parser
