import type { Article, Sentence, Span, Timex } from '../types'
import { arabicConfiguration } from './configuration'
import { addDays, addMonths, formatDate, parseReference, type Reference, type YMD } from './dates'
import { tagEnglish } from './english'
import { resolveResult, type Anchor, type Resolved } from './resolve'
import { runParsers, runRefiners } from './tagger'
import { sentenceTense, type Tense } from './tense'
import { foldPattern, foldText, originalSpan } from './text'
import type { ParsedResult, Unit } from './types'

/**
 * Temporal tagging: every date, time, duration and set expression in an article, pinned to the
 * calendar where the text allows it. Arabic goes through our own locale (configuration.ts),
 * English through chrono-node (english.ts).
 *
 * Doubts found on the way (a weekday that does not match its date, a Hijri date that does not
 * match its Gregorian twin) are added to `article.warnings`.
 */
export function tagTemporal(article: Article, sentences: Sentence[]): Timex[] {
  if (!article.text) return []
  const { timexes, warnings } =
    article.language === 'en'
      ? tagEnglish(article.text, article.published)
      : tagText(article.text, { published: article.published, sentences })
  for (const w of warnings) if (!article.warnings.includes(w)) article.warnings.push(w)
  return timexes.map((t) => ({ articleId: article.id, ...t }))
}

/** A tagged expression before it is attached to an article. */
export type TaggedExpression = Omit<Timex, 'articleId'>

export interface TagResult {
  timexes: TaggedExpression[]
  warnings: string[]
}

/**
 * A date after "اعتباراً من" or "حتى" says when something takes effect or ends ("أعلن حالة الطوارئ
 * اعتباراً من اليوم التالي"), not where the story has moved: it does not become the story's date.
 */
const VALIDITY = new RegExp(
  `${foldPattern('(?:(?:اعتبارا|ابتداء|بدءا|بداية)\\s+من|حتى|لغاية|غاية|إلى)')}\\s*$`,
  'u',
)

/** Characters from the start where a date can be the article's dateline. */
const DATELINE_WINDOW = 400

/**
 * Tags Arabic text against a reference ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]", or null).
 * `sentences` (offsets in `text`) scope the tense and the durations; default: the whole text.
 */
export function tagText(
  text: string,
  options: { published: string | null; sentences?: Span[] },
): TagResult {
  const folded = foldText(text)
  const warnings: string[] = []
  const context = { text: folded.text, warnings }
  const results = runRefiners(
    runParsers(folded.text, arabicConfiguration),
    arabicConfiguration,
    context,
  )
  const spans = results.map((r) => originalSpan(folded, r.index, r.end))
  const sentences = options.sentences?.length ? options.sentences : [{ start: 0, end: text.length }]
  const sentenceOf = locate(spans, sentences)
  const members = new Map<number, [number, number][]>()
  spans.forEach((span, i) => {
    const list = members.get(sentenceOf[i]!) ?? []
    list.push(span)
    members.set(sentenceOf[i]!, list)
  })
  const tenses = new Map<number, Tense>()
  const tenseOf = (i: number): Tense => {
    const k = sentenceOf[i]!
    if (!tenses.has(k)) {
      const sentence = sentences[k] ?? { start: 0, end: text.length }
      const inside = members
        .get(k)!
        .map(([s, e]): [number, number] => [s - sentence.start, e - sentence.start])
      tenses.set(k, sentenceTense(text.slice(sentence.start, sentence.end), inside))
    }
    return tenses.get(k)!
  }

  const publication = parseReference(options.published)
  const speech: Anchor | null = publication
    ? { ref: publication, kind: 'publication' }
    : dateline(results, spans)
  const quotes = new Quotes(text)
  let narrative: Anchor | null = null
  let lastDay: { end: number; ref: Reference } | null = null
  let year: number | undefined

  const timexes: TaggedExpression[] = []
  results.forEach((r, i) => {
    const [start, end] = spans[i]!
    const quoted = quotes.anchorAt(start, lastDay)
    const resolved = resolveResult(
      r,
      { speech: quoted ?? speech, narrative, tense: tenseOf(i), year },
      warnings,
    )
    const timex: TaggedExpression = {
      text: text.slice(start, end),
      start,
      end,
      type: r.type,
      value: resolved.value,
      anchor: resolved.anchor,
      rule: r.rule,
    }
    if (resolved.mod) timex.mod = resolved.mod
    const interval = durationInterval(r, i, timexes, sentenceOf)
    if (interval) timex.interval = interval
    timexes.push(timex)
    if (resolved.anchor === 'explicit' && /^\d{4}/.test(resolved.value ?? '')) {
      year = Number(resolved.value!.slice(0, 4))
    }
    if (
      resolved.day &&
      isPinnedDay(resolved) &&
      !VALIDITY.test(folded.text.slice(Math.max(0, r.index - 20), r.index))
    ) {
      const ref: Reference = { date: resolved.day, time: resolved.time }
      narrative = { ref, kind: 'narrative' }
      lastDay = { end, ref }
    }
  })
  return { timexes, warnings }
}

/** The sentence index of each span (-1 outside every sentence); both lists are in text order. */
function locate(spans: [number, number][], sentences: Span[]): number[] {
  let k = 0
  return spans.map(([s]) => {
    while (k < sentences.length && sentences[k]!.end <= s) k++
    return k < sentences.length && sentences[k]!.start <= s ? k : -1
  })
}

function isPinnedDay(resolved: Resolved): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(resolved.value ?? '')
}

/**
 * With no publication date, a full date at the top of the article (the dateline: "السبت، 08
 * يناير 2022 07:00 ص") is the moment of writing.
 */
function dateline(results: ParsedResult[], spans: [number, number][]): Anchor | null {
  for (let i = 0; i < results.length && spans[i]![0] < DATELINE_WINDOW; i++) {
    const resolved = resolveResult(
      results[i]!,
      { speech: null, narrative: null, tense: 'none' },
      [],
    )
    if (
      resolved.anchor === 'explicit' &&
      resolved.day &&
      isPinnedDay(resolved) &&
      !results[i]!.until
    ) {
      return { ref: { date: resolved.day, time: resolved.time }, kind: 'narrative' }
    }
  }
  return null
}

/** The start and end of a duration whose sentence pins its start: "في 5 يناير ... لمدة أسبوعين". */
function durationInterval(
  r: ParsedResult,
  i: number,
  previous: TaggedExpression[],
  sentenceOf: number[],
): string | undefined {
  if (r.type !== 'DURATION' || !r.duration) return undefined
  for (let j = i - 1; j >= 0 && sentenceOf[j] === sentenceOf[i]; j--) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(previous[j]!.value ?? '')
    if (!m || previous[j]!.type === 'DURATION') continue
    const from: YMD = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
    const to = addUnits(from, r.duration.unit, r.duration.n)
    return to ? `${formatDate(from)}/${formatDate(to)}` : undefined
  }
  return undefined
}

function addUnits(date: YMD, unit: Unit, n: number): YMD | null {
  if (unit === 'day') return addDays(date, n)
  if (unit === 'week') return addDays(date, 7 * n)
  if (unit === 'month') return addMonths(date, n)
  if (unit === 'year') return addMonths(date, 12 * n)
  return null
}

const SPEECH_CUE = new RegExp(
  foldPattern(
    '(?:قال|قوله|قولها|تصريح|تصريحات|صرح|أضاف|أكد|أعلن|بيان|كلمة|خطاب|مؤتمر|حديث|مقابلة|أوضح|تابع|ذكر|أشار|نقل)',
  ),
  'u',
)
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' }

/**
 * Quotations, and the date each was spoken on: "قوله -في تصريح صحفي أمس الجمعة- "خلال الأمس
 * واليوم..."": inside the quotation, اليوم is that Friday. A quotation is dated by a day pinned
 * just before it (60 characters) in a sentence that reports speech.
 */
class Quotes {
  private readonly spans: [number, number][] = []
  private readonly anchors = new Map<number, Anchor | null>()
  /** Positions are asked in text order: the first quotation that can still hold one. */
  private next = 0

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const close = QUOTE_PAIRS[text[i]!]
      if (!close) continue
      const j = text.indexOf(close, i + 1)
      const newline = text.indexOf('\n', i + 1)
      if (j < 0 || (newline >= 0 && newline < j)) continue
      this.spans.push([i, j])
      i = j
    }
  }

  anchorAt(position: number, lastDay: { end: number; ref: Reference } | null): Anchor | null {
    while (this.next < this.spans.length && this.spans[this.next]![1] <= position) this.next++
    const quote = this.spans[this.next]
    if (!quote || quote[0] >= position) return null
    const [open] = quote
    if (!this.anchors.has(open)) {
      let anchor: Anchor | null = null
      if (lastDay && lastDay.end <= open && open - lastDay.end <= 60) {
        const lead = foldText(this.text.slice(Math.max(0, open - 150), open)).text
        const between = this.text.slice(lastDay.end, open)
        if (SPEECH_CUE.test(lead) && !between.includes('\n')) {
          anchor = { ref: { date: lastDay.ref.date }, kind: 'narrative' }
        }
      }
      this.anchors.set(open, anchor)
    }
    return this.anchors.get(open) ?? null
  }
}
