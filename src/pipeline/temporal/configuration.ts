/**
 * The Arabic locale: its parsers and refiners, in order (chrono-node's locale configuration).
 *
 * Parser order only breaks ties: OverlapRemovalRefiner keeps the longest parse, and between parses
 * of the same length the one listed first. So the specific parsers come first (a holiday before
 * the casual "اليوم" inside "اليوم العالمي للمرأة", a Hijri date before a Gregorian month name).
 *
 * Refiner order matters:
 * 1. overlaps go first, so that merges only see the best parse of each stretch of text;
 * 2. a weekday joins its date before a part of the day joins the pair ("مساء" + "الأحد" + "25
 *    جويلية 2021"), and vagueness words join their month;
 * 3. two clock times become a range before a day joins them ("الخميس" + "من 9 حتى 11"), then a
 *    day joins its clock time, and only then are two full dates joined into a range;
 * 4. fragments nothing took are dropped, and the Hijri/Gregorian pairs are checked last, on the
 *    final dates.
 */
import type { Configuration } from './tagger'
import ARHolidayParser from './parsers/ARHolidayParser'
import ARHijriDateParser from './parsers/ARHijriDateParser'
import ARHijriNthWeekdayParser from './parsers/ARHijriNthWeekdayParser'
import ARNthWeekdayParser from './parsers/ARNthWeekdayParser'
import ARWeekOfYearParser from './parsers/ARWeekOfYearParser'
import ARDayRangeParser from './parsers/ARDayRangeParser'
import ARDayOfMonthParser from './parsers/ARDayOfMonthParser'
import ARNumericDateParser from './parsers/ARNumericDateParser'
import ARMonthNameLittleEndianParser from './parsers/ARMonthNameLittleEndianParser'
import ARMonthNameMiddleEndianParser from './parsers/ARMonthNameMiddleEndianParser'
import ARMonthNameParser from './parsers/ARMonthNameParser'
import ARYearParser from './parsers/ARYearParser'
import ARDecadeParser from './parsers/ARDecadeParser'
import ARSeasonParser from './parsers/ARSeasonParser'
import ARTimeExpressionParser from './parsers/ARTimeExpressionParser'
import ARCasualDateParser from './parsers/ARCasualDateParser'
import ARWeekdayParser from './parsers/ARWeekdayParser'
import ARRelativeUnitParser from './parsers/ARRelativeUnitParser'
import ARTimeUnitRelativeParser from './parsers/ARTimeUnitRelativeParser'
import ARDurationParser from './parsers/ARDurationParser'
import ARSetParser from './parsers/ARSetParser'
import ARPartOfDayParser from './parsers/ARPartOfDayParser'
import ARModifierParser from './parsers/ARModifierParser'
import OverlapRemovalRefiner from './refiners/OverlapRemovalRefiner'
import ARMergeWeekdayDateRefiner from './refiners/ARMergeWeekdayDateRefiner'
import ARMergePartOfDayRefiner from './refiners/ARMergePartOfDayRefiner'
import ARMergeModifierRefiner from './refiners/ARMergeModifierRefiner'
import ARMergeTimeRangeRefiner from './refiners/ARMergeTimeRangeRefiner'
import ARMergeDateTimeRefiner from './refiners/ARMergeDateTimeRefiner'
import ARMergeSetTimeRefiner from './refiners/ARMergeSetTimeRefiner'
import ARMergeDateRangeRefiner from './refiners/ARMergeDateRangeRefiner'
import ARDropFragmentsRefiner from './refiners/ARDropFragmentsRefiner'
import ARHijriGregorianPairRefiner from './refiners/ARHijriGregorianPairRefiner'

export const arabicConfiguration: Configuration = {
  parsers: [
    ARHolidayParser,
    ARHijriDateParser,
    ARHijriNthWeekdayParser,
    ARNthWeekdayParser,
    ARWeekOfYearParser,
    ARDayRangeParser,
    ARNumericDateParser,
    ARMonthNameLittleEndianParser,
    ARMonthNameMiddleEndianParser,
    ARMonthNameParser,
    ARYearParser,
    ARDecadeParser,
    ARSeasonParser,
    ARTimeExpressionParser,
    ARCasualDateParser,
    ARWeekdayParser,
    ARDayOfMonthParser,
    ARRelativeUnitParser,
    ARTimeUnitRelativeParser,
    ARDurationParser,
    ARSetParser,
    ARPartOfDayParser,
    ARModifierParser,
  ],
  refiners: [
    OverlapRemovalRefiner,
    ARMergeWeekdayDateRefiner,
    ARMergePartOfDayRefiner,
    ARMergeModifierRefiner,
    ARMergeTimeRangeRefiner,
    ARMergeDateTimeRefiner,
    ARMergeSetTimeRefiner,
    ARMergeDateRangeRefiner,
    ARDropFragmentsRefiner,
    ARHijriGregorianPairRefiner,
  ],
}
