/**
 * A day of the month with no month, closing its clause: "سأعود في 15", "عاد في الثاني
 * والعشرين.", "عدت للثلاثين", "حتى الحادي والعشرين". The month is the one around the reference
 * (resolve.ts). A number alone is a count far more often, so digits need "في" and words must be
 * an ordinal ("الثاني", not "اثنين") after في، إلى، حتى، منذ or the preposition ل; a feminine
 * ordinal up to twelve is an hour ("في الثانية"), not a day. ("يوم 15" is ARNthWeekdayParser's.)
 */
import { matchKey } from '../../lexicon/calendar'
import { ordinalValue } from '../../lexicon/numbers'
import { NUMBER_WORDS, numberValue, wordBefore, wordPattern } from '../constants'
import type { Parser } from '../types'

const NUMBER_GROUP = 2

/** The clause ends: punctuation, the end of the text, or a time of that day. */
const END = /^\s*(?:[.!?؟،,؛;:)\n]|$|الساعه|صباحا|مساء|ظهرا|عصرا|ليلا)/u
const PART = /^ال(?:صباح|مساء|ليل|ليله|ظهر|عصر|فجر)$/
const LEADS = new Set(['في', 'إلى', 'حتى', 'منذ', 'لغاية'].map(matchKey))
/** Tens read as ordinals with the article: "الثلاثين" is the thirtieth. */
const TENS = /^ال(?:عشرين|ثلاثين)$/

export default {
  name: 'ARDayOfMonthParser',
  pattern: wordPattern(`((?:(?<=ل)ل)?(?:\\d{1,2}|${NUMBER_WORDS}))`),
  extract(match, { text }) {
    const end = match.index + match[0].length
    if (!END.test(text.slice(end, end + 12))) return null
    const written = match[NUMBER_GROUP]!
    const clitic = match[1]!
    const lead = wordBefore(text, match.index + clitic.length).replace(/^[وف](?=\p{L}{2})/u, '')
    const preposition = /ل$/.test(clitic)
    const digits = /^\d+$/.test(written)
    if (digits ? lead !== 'في' || clitic !== '' : !preposition && !LEADS.has(lead)) return null
    // "الليلة في 7", "في الصباح في 7": after a part of the day the number is its hour.
    if (digits && PART.test(wordBefore(text, text.lastIndexOf('في', match.index)))) return null
    // "للثاني": the preposition ل, then the ordinal with its alef dropped.
    const word = matchKey(written).replace(/^ل(?=\S)/, 'ال')
    const day = numberValue(word)
    if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return null
    if (!digits) {
      const head = word.split(' ')[0]!
      if (!/^ال/.test(head) || (ordinalValue(head) === undefined && !TENS.test(head))) return null
      if (/ه$/.test(head) && day <= 12) return null
    }
    return { type: 'DATE', start: { day, grain: 'day' } }
  },
} satisfies Parser
