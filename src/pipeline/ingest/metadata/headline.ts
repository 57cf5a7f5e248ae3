import type { ChromeMatch } from '../clean/chrome'
import { endsSentence, hasLetters, isSentenceLike, startsBody, type Line } from '../clean/lines'
import { readByline, type Byline } from './byline'
import { readDateline, type Dateline } from './dateline'

/**
 * The head of an article as copied from a page: site header and navigation, the headline, the
 * dateline, a byline, perhaps the headline again glued to a photo caption, then the body. This
 * module finds the headline and dateline there and says which head lines are not article:
 * everything short above the headline (mastheads, breadcrumbs, a header's display date) and the
 * headline's repeats.
 */

export interface Head {
  headline: Line | null
  dateline: { line: Line; info: Dateline } | null
  byline: { line: Line; info: Byline } | null
  /** Label lines after the headline ("إسطنبول - متابعات", "موسكو/سما/"). */
  labels: Line[]
  /** Line index → rule, for head lines that are not article. */
  drops: Map<number, string>
  /** Line index → new start offset, for a headline glued to more text: the rest is kept. */
  trims: Map<number, number>
}

/** How far into the file the head can reach, in non-blank lines. */
const HEAD_LINES = 16

interface Candidate {
  line: Line
  pos: number
  dateline: Dateline | null
  byline: Byline | null
  label: boolean
}

/**
 * "A - B", "A | B", "A/B/", "A: «B»": two or more short segments, no digits, not a sentence
 * (a masthead of editors' names, a dateline with its source).
 */
export function isLabel(text: string): boolean {
  if (/[\d\u0660-\u0669!?؟]|\.(?:\s|$)/u.test(text)) return false
  const quoted = /^([^:«"“]+):\s*[«"“]([^»"”]+)[»"”]$/u.exec(text)
  const parts = quoted
    ? [quoted[1]!, quoted[2]!]
    : text.includes(':')
      ? []
      : text.split(/[-–—|/]/u).filter((p) => p.trim())
  if (parts.length < 2 || parts.length > 4) return false
  return parts.every((p) => p.trim().split(/\s+/).length <= 3)
}

function isHeadlineLike(c: Candidate): boolean {
  const { line } = c
  if (c.dateline || c.byline || c.label) return false
  if (line.words < 2 || line.words > 30 || line.text.length > 250) return false
  if (!hasLetters(line.text)) return false
  return !/[.:،,;]$/u.test(line.text) || /\.\.$|…$/u.test(line.text)
}

export function readHead(lines: Line[], chrome: Map<number, ChromeMatch>): Head {
  const head: Candidate[] = []
  let firstBody: Candidate | null = null
  let pos = 0
  for (const line of lines) {
    if (line.blank) continue
    if (head.length >= HEAD_LINES) break
    const current = pos++
    if (chrome.has(line.index)) continue
    const dateline = readDateline(line.text)
    const byline = dateline ? null : readByline(line.text)
    const c = { line, pos: current, dateline, byline, label: isLabel(line.text) }
    if (!dateline && !byline && startsBody(line)) {
      firstBody = c // the body has begun
      break
    }
    head.push(c)
  }

  const datelines = head.filter((c) => c.dateline && !c.dateline.updated)
  const headline = pickHeadline(head, datelines[0] ?? null)
  const drops = new Map<number, string>()
  const trims = new Map<number, number>()

  let dateline: Candidate | null
  if (headline) {
    dateline =
      datelines.find((c) => c.pos > headline.pos) ??
      datelines.filter((c) => c.pos === headline.pos - 1).pop() ??
      null
    // Above the headline: site name, navigation, editors, the header's date. A line that could
    // itself be a headline (four words or more) is kept: the choice may have been wrong.
    for (const c of head) {
      if (c.pos >= headline.pos || c.line === dateline?.line) continue
      if (isSentenceLike(c.line) || (isHeadlineLike(c) && c.line.words >= 4)) continue
      drops.set(c.line.index, 'preamble')
    }
    // A line giving only when the page was updated is page furniture.
    for (const c of head) if (c.dateline?.updated) drops.set(c.line.index, 'update-time')
    // The first body paragraph may start with the headline too (copied with the photo).
    markRepeats(firstBody ? [...head, firstBody] : head, headline, drops, trims)
  } else {
    dateline = datelines[0] ?? null
  }
  const byline = head.find((c) => c.byline && !drops.has(c.line.index)) ?? null
  return {
    headline: headline?.line ?? null,
    dateline: dateline ? { line: dateline.line, info: dateline.dateline! } : null,
    byline: byline ? { line: byline.line, info: byline.byline! } : null,
    labels: head.filter((c) => c.label && (!headline || c.pos > headline.pos)).map((c) => c.line),
    drops,
    trims,
  }
}

function repeats(c: Candidate, of: Candidate): 'same' | 'glued' | null {
  if (c.line.key === of.line.key) return 'same'
  return c.line.key.startsWith(`${of.line.key} `) ? 'glued' : null
}

/**
 * The headline is the head line that looks most like one: a few words long, repeated further
 * down (pages print it again above the photo), above the dateline, and first.
 */
function pickHeadline(head: Candidate[], dateline: Candidate | null): Candidate | null {
  let best: Candidate | null = null
  let bestScore = 0
  head.filter(isHeadlineLike).forEach((c, rank) => {
    let score = c.line.words >= 4 ? 3 : c.line.words === 3 ? 2 : 0
    if (c.line.words >= 3 && head.some((o) => o.pos > c.pos && repeats(o, c))) score += 5
    if (dateline && c.pos < dateline.pos) score += 1
    if (c.line.words > 20) score -= 2
    score -= rank // a subtitle follows its headline
    if (score > bestScore) {
      best = c
      bestScore = score
    }
  })
  return best
}

function markRepeats(
  head: Candidate[],
  headline: Candidate,
  drops: Map<number, string>,
  trims: Map<number, number>,
): void {
  for (const c of head) {
    if (c.pos <= headline.pos) continue
    const kind = headline.line.words >= 3 ? repeats(c, headline) : null
    if (kind === 'same') drops.set(c.line.index, 'headline-repeat')
    if (kind !== 'glued') continue
    const restWords = c.line.words - headline.line.words
    const rest = c.line.text.startsWith(headline.line.text)
      ? c.line.text.slice(headline.line.text.length)
      : null
    if (restWords < 8 || !endsSentence(c.line.text)) {
      drops.set(c.line.index, 'headline-caption') // the headline again, then a photo caption
    } else if (rest !== null) {
      trims.set(c.line.index, c.line.start + headline.line.text.length)
    }
  }
}
