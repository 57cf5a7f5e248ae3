import type { Modality, Span } from '../types'
import type { Clause, ClauseIndex } from './clauses'
import type { Trigger } from './detect'
import { NON_SPEAKERS, SPEAKER_AUX, SPEAKER_STOP, TITLE_WORDS } from './lexicon/cues'
import { isNumberToken } from './pattern'
import { tokenKey, type Token } from './tokens'

/**
 * Reporting verbs (قال، أعلن، دعا، نفى) and what they govern. One statement event per reporting
 * clause with a real speaker, not one per quote fragment:
 *
 * - What a `report` verb introduces is its content: events there are `reported`, and when the
 *   content holds an asserted event ("أعلن الرئيس حالة الطوارئ") that event is the news, not
 *   the act of saying it. Content that is only planned, denied or conditional ("أعلن أن بلاده
 *   ستنفذ عملية") is the statement's substance: the statement is kept and the content dropped.
 * - What a `call` verb (دعا، طالب، هدد، طلب) or a `deny` verb (نفى) introduces did not happen:
 *   it is dropped, and the call, request or denial is the event.
 * - A reporting verb with no subject of its own ("وأضاف:"، "ندد بالقرارات") continues the
 *   statement before it; a subordinate clause (بعدما، حيث، لكن) leaves the verb's scope.
 */

export interface Speaker {
  first: number
  last: number
  /** Words that identify the speaker across sentences ("بلينكن" in "وزير الخارجية ... بلينكن"). */
  keys: string[]
}

export interface FrameGroup {
  /** The reporting verb that makes the statement (the first of a run of verbs with one speaker). */
  root: Trigger
  /** Every reporting verb of the group, the root first. */
  verbs: Trigger[]
  speaker: Speaker | null
  /** True when the group reported an asserted event (then it makes no statement event). */
  hasContent: boolean
}

export interface FrameResolution {
  /** What happens to each content trigger. */
  content: Map<Trigger, 'keep' | 'reported' | 'drop'>
  groups: FrameGroup[]
}

const STOP = new Set(SPEAKER_STOP.map(tokenKey))
const AUX = new Set(SPEAKER_AUX.map(tokenKey))
const TITLES = new Set(TITLE_WORDS.map((w) => bareKey(tokenKey(w))))
const NON = new Set(NON_SPEAKERS.map((w) => bareKey(tokenKey(w))))
const LEADING = new Set(['كما', 'ثم', 'فيما', 'بينما', 'حيث', 'لكن', 'كذلك', 'بدوره', 'بدورها'])

export function resolveFrames(
  triggers: Trigger[],
  clauses: ClauseIndex,
  quoted: (tokenIndex: number) => boolean,
  modality: Map<Trigger, Exclude<Modality, 'reported'>>,
  speakerOf: (t: Trigger) => Speaker | null,
  attributed: boolean,
): FrameResolution {
  const sorted = triggers.filter((t) => t.rule.frame).sort((a, b) => a.first - b.first)
  // A participle with no reporting verb before it in the sentence is an adjective ("حراسة
  // مشددة على ..."), not the continuation of a statement.
  const frames = sorted.filter((t, k) => !t.rule.continues || k > 0)
  const { subBetween, openedBetween } = clauses
  const sameClause = (a: number, b: number) => clauses.at(a) === clauses.at(b)
  const groups: FrameGroup[] = []
  const groupOf = new Map<Trigger, FrameGroup>()
  frames.forEach((f, k) => {
    const speaker = speakerOf(f)
    const prev = frames[k - 1]
    // A verb inside a quotation is the quoted speaker's words, not a new statement; a press
    // conference or speech right after "قال" is where that statement was made; a verb with no
    // subject of its own continues the one before it.
    const nested =
      !!prev &&
      f.rule.type === 'statement' &&
      !subBetween(prev.first, f.first) &&
      (quoted(f.first) ||
        !!f.rule.continues ||
        (f.rule.act ? sameClause(prev.first, f.first) : !speaker))
    const own = !nested
    const prevGroup = prev ? groupOf.get(prev) : undefined
    if (own || !prevGroup || prevGroup.root.rule.type !== 'statement') {
      const g: FrameGroup = { root: f, verbs: [f], speaker, hasContent: false }
      groups.push(g)
      groupOf.set(f, g)
    } else {
      prevGroup.verbs.push(f)
      groupOf.set(f, prevGroup)
    }
  })
  const content = new Map<Trigger, 'keep' | 'reported' | 'drop'>()
  // A request is an event of its own and, for the verb that reports it, content.
  const contents = triggers.filter((t) => !t.rule.frame || t.rule.type !== 'statement')
  for (const c of contents) {
    // The nearest verb before (a subordinate clause between them leaves its scope).
    let k = lastAtOrBefore(frames, c.first)
    if (k >= 0 && frames[k] === c) k--
    let governing = k >= 0 && !subBetween(frames[k]!.first, c.first) ? frames[k] : undefined
    // A call or a denial governs its own clause: "طلبت ... مساعدة، فيما أجرى الوزير ..." reports
    // the talks as done.
    if (governing && governing.rule.frame !== 'report' && openedBetween(governing.first, c.first)) {
      governing = undefined
    }
    const m = modality.get(c) ?? 'asserted'
    if (!governing) {
      if (!c.rule.frame) content.set(c, attributed && m === 'asserted' ? 'reported' : 'keep')
      continue
    }
    // What a call, a denial or a negated report ("لم تعلن الحكومة ...") introduces did not happen.
    if (governing.rule.frame !== 'report' || modality.get(governing) === 'denied') {
      if (!c.rule.frame) content.set(c, 'drop')
      continue
    }
    if (m === 'asserted') {
      if (!c.rule.frame) content.set(c, 'reported')
      groupOf.get(governing)!.hasContent = true
    } else if (!c.rule.frame) content.set(c, 'drop')
  }
  return { content, groups }
}

/** Index of the last frame starting at or before token i (frames sorted by position), or -1. */
function lastAtOrBefore(frames: Trigger[], i: number): number {
  let lo = 0
  let hi = frames.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (frames[mid]!.first <= i) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/**
 * The speaker named with a reporting verb: right after it ("قال بلينكن"، "أعلنت وزارة الدفاع"),
 * or before it in the same clause ("وكانت الوزارة قد أعلنت"، "بوتين يعلن"). Null when the verb
 * is followed by its complement (أن، إلى، :) or by a quote.
 */
export function explicitSpeaker(
  tokens: Token[],
  clause: Clause,
  verb: Trigger,
  timexes: Span[],
): Speaker | null {
  if (verb.rule.continues) return null
  const inTimex = (t: Token) => timexes.some((x) => x.start < t.end && t.start < x.end)
  // The subject follows the verb itself ("تابع أن" has none; "أصدرت الوزارة بيانا" does),
  // except for an act whose words come first ("ألقى كلمة" → after the whole phrase).
  let i = verb.rule.act ? verb.last + 1 : verb.first + 1
  while (i <= clause.last && tokens[i]!.kind === 'word' && inTimex(tokens[i]!)) i++
  // After "طالب"، "دعا" a word in ب/ل is what is asked for ("طالب بالإفراج"), not who asks.
  const complement = verb.rule.frame === 'call' && /^[بل]/.test(tokens[i]?.key ?? '')
  if (i <= clause.last && !complement && isNameWord(tokens[i]!) && !inTimex(tokens[i]!)) {
    let j = i
    while (
      j + 1 <= clause.last &&
      j - i < 5 &&
      isNameWord(tokens[j + 1]!) &&
      !inTimex(tokens[j + 1]!)
    ) {
      j++
    }
    return speaker(tokens, i, j)
  }
  // Before the verb: skip auxiliaries next to it and connectives at the clause start.
  let end = verb.first - 1
  while (end >= clause.first && AUX.has(plainKey(tokens[end]!))) end--
  let start = clause.first
  while (
    start <= end &&
    (LEADING.has(plainKey(tokens[start]!)) || AUX.has(plainKey(tokens[start]!)))
  ) {
    start++
  }
  // A subject before the verb is a few words that open the clause, not a whole clause.
  if (end < start || end - start > 5) return null
  for (let k = start; k <= end; k++) {
    if (!isNameWord(tokens[k]!) || inTimex(tokens[k]!)) return null
  }
  return speaker(tokens, Math.max(start, end - 5), end)
}

export function speakersMatch(a: Speaker | null, b: Speaker | null): boolean {
  if (!a || !b) return false
  const bs = new Set(b.keys)
  return a.keys.some((k) => bs.has(k))
}

function speaker(tokens: Token[], first: number, last: number): Speaker | null {
  const words = tokens.slice(first, last + 1).map((t) => bareKey(t.key))
  if (words.some((w) => NON.has(w))) return null
  const names = words.filter((w) => !TITLES.has(w))
  return { first, last, keys: names.length ? names : [words.join(' ')] }
}

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || isNumberToken(t)) return false
  return !t.forms.some((f) => STOP.has(f.form))
}

function plainKey(t: Token): string {
  return t.key.replace(/^[وف](?=\S{2})/, '')
}

/** The key without a leading و and the article ("والرئيس" → the key of "رئيس"). */
function bareKey(key: string): string {
  return key.replace(/^و(?=\S{3})/, '').replace(/^ال(?=\S{2})/, '')
}
