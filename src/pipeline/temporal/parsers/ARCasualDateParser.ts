/**
 * Days named from the moment of writing or from the story's date: اليوم، أمس، أول أمس، غدا، بعد
 * غد، اليوم التالي، في اليوم نفسه; with a weekday after them to check ("أمس الجمعة").
 */
import { matchKey } from '../../lexicon/calendar'
import { ORDINAL_WORDS } from '../../lexicon/numbers'
import { WEEKDAY_NAME, alt, weekdayNumber, wordAfter, wordPattern } from '../constants'
import type { Parser } from '../types'

type Anchor = 'speech' | 'narrative'
const CASUAL_DAYS: [shift: number, relativeTo: Anchor, words: string[]][] = [
  [0, 'speech', ['اليوم', 'هذا اليوم', 'يومه']],
  [-1, 'speech', ['أمس', 'الأمس', 'البارحة', 'امبارح', 'يوم أمس', 'اليوم الماضي', 'اليوم المنصرم']],
  [
    -2,
    'speech',
    [
      'أول أمس',
      'أول من أمس',
      'أمس الأول',
      'قبل أمس',
      'يوم قبل أمس',
      'قبل يوم أمس',
      'قبل الأمس',
      'قبل البارحة',
      'أول البارحة',
      'اليوم القبل البارحة',
      'اليوم الي قبل امبارح',
      'اليوم الذي قبل أمس',
      'اليوم الذي قبل الأمس',
    ],
  ],
  [1, 'speech', ['غدا', 'الغد', 'يوم غد', 'يوم الغد', 'بكرة', 'بكرا', 'بكره']],
  [
    2,
    'speech',
    [
      'بعد غد',
      'بعد الغد',
      'يوم بعد غد',
      'اليوم الذي بعد الغد',
      'اليوم الي بعد بكرة',
      'بعد بكرة',
      'بعد بكرا',
    ],
  ],
  [-1, 'narrative', ['اليوم السابق', 'اليوم الذي سبقه', 'عشية ذلك اليوم']],
  [1, 'narrative', ['اليوم التالي', 'اليوم الموالي', 'اليوم اللاحق', 'غداة ذلك اليوم']],
  [
    0,
    'narrative',
    ['اليوم نفسه', 'اليوم ذاته', 'نفس اليوم', 'ذات اليوم', 'ذلك اليوم', 'اليوم عينه'],
  ],
]
/** The moment of writing itself. */
const NOW = ['الآن', 'حالا', 'حاليا', 'هذه اللحظة', 'الوقت الحالي', 'الوقت الراهن']
const NOW_KEYS = new Set(NOW.map(matchKey))

const CASUAL = new Map(
  CASUAL_DAYS.flatMap(([shift, relativeTo, words]) =>
    words.map((w) => [matchKey(w), { shift, relativeTo }] as const),
  ),
)

/** "اليوم" followed by these is "the day" (اليوم العالمي، اليوم الثالث), not "today". */
const NOT_TODAY = new Set(
  [
    'العالمي',
    'الوطني',
    'الدولي',
    'الدراسي',
    'المفتوح',
    'الموعود',
    'الذي',
    'الأخير',
    'الآخر',
    'الكامل',
    'المشهود',
    'من',
    ...ORDINAL_WORDS.map((w) => `ال${w}`),
  ].map(matchKey),
)

const WORD_GROUP = 2
const WEEKDAY_GROUP = 3

export default {
  name: 'ARCasualDateParser',
  pattern: wordPattern(
    `(${alt([...CASUAL_DAYS.flatMap(([, , w]) => w), ...NOW])})(?:\\s*[،,]?\\s*(${WEEKDAY_NAME}))?`,
  ),
  extract(match, { text }) {
    const word = matchKey(match[WORD_GROUP]!)
    if (NOW_KEYS.has(word)) return { type: 'TIME', start: { now: true, grain: 'minute' } }
    const casual = CASUAL.get(word)
    if (!casual) return null
    const weekdayText = match[WEEKDAY_GROUP]
    if (word === 'يومه' && !weekdayText) return null // "يومه" alone is "his day"
    if (word === 'اليوم' && !weekdayText) {
      if (NOT_TODAY.has(wordAfter(text, match.index + match[0].length))) return null
    }
    return {
      type: 'DATE',
      start: {
        shift: { unit: 'day', n: casual.shift },
        relativeTo: casual.relativeTo,
        grain: 'day',
      },
      statedWeekday: weekdayText ? weekdayNumber(weekdayText) : undefined,
    }
  },
} satisfies Parser
