import type { Span, Timex } from '../types'
import { CLAUSE_CONNECTIVES, CLAUSE_PUNCT, TIME_GLUE } from './lexicon/cues'
import { compilePattern, findMatches } from './pattern'
import { tokenKey, type Token } from './tokens'

/**
 * Clauses of a sentence: the unit an event's date, modality, quantities and arguments are read
 * from. A clause ends at a comma, colon or semicolon and before a connective (ثم، فيما، حيث،
 * بعد أن ...). A clause that holds nothing but a time expression ("، يوم الخميس،") is not a
 * clause of its own: it belongs to the clause it dates.
 */

export interface Clause extends Span {
  /** Token indices, inclusive. */
  first: number
  last: number
  /** Opened by a subordinating connective (بعدما، حيث، لكن ...): leaves a reporting verb's scope. */
  sub: boolean
  /** Opened by any connective (also فيما، ثم، كما): leaves the scope of a call or a denial. */
  opened: boolean
}

const CONNECTIVES = CLAUSE_CONNECTIVES.map((c) => ({ p: compilePattern(c.match), sub: c.sub }))
const GLUE = new Set([...TIME_GLUE].map(tokenKey))

export function splitClauses(tokens: Token[], timexes: Timex[]): Clause[] {
  const opens = new Map<number, boolean>()
  for (const { p, sub } of CONNECTIVES) {
    for (const m of findMatches(p, tokens)) opens.set(m.first, opens.get(m.first) || sub)
  }
  const raw: Clause[] = []
  let first = -1
  let sub = false
  let opened = false
  const close = (last: number) => {
    if (first >= 0 && last >= first) raw.push(clause(tokens, first, last, sub, opened))
    first = -1
    sub = false
    opened = false
  }
  tokens.forEach((t, i) => {
    if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.text)) {
      close(i - 1)
      return
    }
    if (opens.has(i) && first >= 0 && i > first) close(i - 1)
    if (first < 0) {
      first = i
      sub = opens.get(i) ?? false
      opened = opens.has(i)
    }
  })
  close(tokens.length - 1)
  return attachTimeOnly(
    tokens,
    raw.filter((c) => hasWord(tokens, c)),
    timexes,
  )
}

/** Splits clauses again before the given token indices (a trigger after و: "...، وإصابة المئات"). */
export function splitBefore(tokens: Token[], clauses: Clause[], starts: number[]): Clause[] {
  const out: Clause[] = []
  for (const c of clauses) {
    const cuts = [...new Set(starts.filter((s) => s > c.first && s <= c.last))].sort(
      (a, b) => a - b,
    )
    let from = c.first
    let sub = c.sub
    let opened = c.opened
    for (const cut of cuts) {
      out.push(clause(tokens, from, cut - 1, sub, opened))
      from = cut
      sub = false
      opened = false
    }
    out.push(clause(tokens, from, c.last, sub, opened))
  }
  return out
}

export function clauseAt(clauses: Clause[], tokenIndex: number): Clause | undefined {
  return clauses.find((c) => c.first <= tokenIndex && tokenIndex <= c.last)
}

/** Constant-time questions about a sentence's clauses (a hostile sentence may hold thousands). */
export interface ClauseIndex {
  /** The clause holding a token. */
  at(tokenIndex: number): Clause | undefined
  /** True when a subordinate clause starts after token a, up to token b. */
  subBetween(a: number, b: number): boolean
  /** True when a clause opened by any connective starts after token a, up to token b. */
  openedBetween(a: number, b: number): boolean
}

export function indexClauses(clauses: Clause[], tokenCount: number): ClauseIndex {
  const owner: (Clause | undefined)[] = new Array(tokenCount)
  const subs = new Array<number>(tokenCount + 1).fill(0)
  const opened = new Array<number>(tokenCount + 1).fill(0)
  for (const c of clauses) {
    for (let i = c.first; i <= c.last; i++) owner[i] = c
    if (c.sub) subs[c.first] = 1
    if (c.opened) opened[c.first] = 1
  }
  for (let i = 1; i <= tokenCount; i++) {
    subs[i]! += subs[i - 1]!
    opened[i]! += opened[i - 1]!
  }
  return {
    at: (i) => owner[i],
    subBetween: (a, b) => subs[b]! - subs[a]! > 0,
    openedBetween: (a, b) => opened[b]! - opened[a]! > 0,
  }
}

function clause(tokens: Token[], first: number, last: number, sub: boolean, opened = sub): Clause {
  return { first, last, sub, opened, start: tokens[first]!.start, end: tokens[last]!.end }
}

function hasWord(tokens: Token[], c: Clause): boolean {
  for (let i = c.first; i <= c.last; i++) if (tokens[i]!.kind === 'word') return true
  return false
}

/**
 * A clause made only of a time expression joins the clause it dates: the next one when it opens
 * the sentence or starts with و/ثم ("وبعد يومين، اجتاحت ..."), else the previous one
 * ("... الاشتباكات، الخميس، ...").
 */
function attachTimeOnly(tokens: Token[], clauses: Clause[], timexes: Timex[]): Clause[] {
  const out = [...clauses]
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (!timeOnly(tokens, c, timexes)) continue
    const firstWord = tokens[c.first]!
    const forward = i === 0 || /^(?:و|ثم)/.test(firstWord.key)
    if (forward && i + 1 < out.length) {
      const next = out[i + 1]!
      out.splice(
        i,
        2,
        clause(tokens, c.first, next.last, c.sub || next.sub, c.opened || next.opened),
      )
      i--
    } else if (!forward && i > 0) {
      const prev = out[i - 1]!
      // "أعلن الجيش، فجر الأربعاء، السيطرة على ...": a time between commas sits inside one
      // clause, unless what follows opens a clause of its own.
      const next = out[i + 1]
      const inside = next && !next.opened && !/^(?:و|ف|ثم)/.test(tokens[next.first]!.key)
      const last = inside ? next.last : c.last
      out.splice(i - 1, inside ? 3 : 2, clause(tokens, prev.first, last, prev.sub, prev.opened))
      i--
    }
  }
  return out
}

function timeOnly(tokens: Token[], c: Clause, timexes: Timex[]): boolean {
  let covered = false
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word') continue
    const inTimex = timexes.some((x) => x.start < t.end && t.start < x.end)
    if (inTimex) covered = true
    else if (!GLUE.has(t.key) && !GLUE.has(t.key.replace(/^و/, ''))) return false
  }
  return covered
}
