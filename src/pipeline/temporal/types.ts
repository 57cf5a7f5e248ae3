/**
 * What the temporal parsers and refiners pass between them (after chrono-node's ParsingResult):
 * a parse says what the text states, not yet what it means on the calendar. `resolve.ts` pins a
 * parse to the calendar once the reference dates (publication, story date, reported speech) are
 * known, which is why the parsers never compute a date relative to anything.
 */
import type { TimexType } from '../types'
import type { YMD } from './dates'

export type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second'
/** Precision of a value: a unit, or a part of the day (TIMEX3 MO/AF/EV/NI). */
export type Grain = Unit | 'part' | 'half' | 'decade' | 'century' | 'weekend' | 'season'
/** TIMEX3 seasons. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI'
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI'
/** Which way an underspecified expression (a weekday, a month without a year) points. */
export type Direction = 'past' | 'future' | 'nearest'

/** One occurrence of a calendar-defined day or interval (a holiday, Ramadan). */
export interface Occurrence {
  start: YMD
  end?: YMD
}

/**
 * A point in time as the text states it. Fields the text gives are set; `shift` says the point is
 * counted from a reference ("قبل ثلاثة أيام": day -3), `relativeTo` which one.
 */
export interface DateSpec {
  year?: number
  month?: number
  day?: number
  /** 0 = Sunday ... 6 = Saturday. */
  weekday?: number
  hour?: number
  minute?: number
  second?: number
  /** The hour was written on a 12-hour clock with nothing saying morning or evening. */
  ambiguousHour?: boolean
  part?: PartOfDay
  shift?: { unit: Unit; n: number }
  /** speech: the moment of writing (publication, or the date of a reported statement); narrative: the story's current date. */
  relativeTo?: 'speech' | 'narrative'
  /** Counted from the writing instead when the sentence is about the future ("سيصل بعد يومين"). */
  speechIfFuture?: boolean
  /** Set by grammar (الماضي، المقبل): overrides the sentence's tense. */
  direction?: Direction
  /** With `direction`, the reference day itself does not count ("الجمعة الماضية" on a Friday). */
  strict?: boolean
  /** With `direction`, occurrences passed over first ("الجمعة بعد القادمة": 1). */
  skip?: number
  /** The nth weekday, day or full week of the month (n = -1: the last). */
  nth?: { n: number; weekday?: number; unit: 'day' | 'week' }
  /** Calendar-defined dates (holidays, Hijri day and month) occurring in Gregorian year y. */
  occurrences?: (y: number) => Occurrence[]
  /** The reference instant itself (الآن). */
  now?: boolean
  /** First year of a decade (1990 for التسعينيات) or, with grain century, of a century. */
  decade?: number
  season?: Season
  grain: Grain
  /** TIMEX3 mod: START, MID, END, APPROX ... */
  mod?: string
}

export interface ParsedResult {
  /** Offsets in the folded text. */
  index: number
  end: number
  rule: string
  type: TimexType
  /** The point, or the start of a range. */
  start: DateSpec
  /** The end of a range. */
  until?: DateSpec
  /** Fixed values: durations ("P2W") and sets ("P1D", "XXXX-WXX-5"). */
  value?: string
  /** A duration's length, to place it on the calendar when its start is known. */
  duration?: { unit: Unit; n: number }
  /** A weekday written beside the date, to check against it. */
  statedWeekday?: number
  /**
   * Fragments that only mean something merged with a neighbour: a part of the day written before a
   * date ("صباح"), a vagueness word ("أوائل"). Refiners drop the ones left alone.
   */
  role?: 'part-prefix' | 'part-suffix' | 'modifier'
}

/** What a parser sees: the folded text, and the sentence tense around a match when it asks. */
export interface ParsingContext {
  text: string
}

/**
 * One parser for one kind of expression. `pattern` is global and unicode; group 1 is the clitics
 * and boundary before the expression, which stay outside it ("و" in "وأمس").
 */
export interface Parser {
  name: string
  pattern: RegExp
  /** The expression in `match`, or null to reject it (the next match starts one character later). */
  extract(
    match: RegExpExecArray,
    context: ParsingContext,
  ): Omit<ParsedResult, 'index' | 'end' | 'rule'> | null
}

export interface RefinerContext extends ParsingContext {
  warnings: string[]
}

export interface Refiner {
  name: string
  refine(results: ParsedResult[], context: RefinerContext): ParsedResult[]
}
