import type { Clause } from './clauses'
import { BACKGROUND_CUES } from './lexicon/cues'
import { TRIGGER_RULES, type TriggerRule } from './lexicon/triggers'
import {
  compilePattern,
  findMatches,
  firstWordExact,
  firstWordIndex,
  matchHere,
  type CompiledPattern,
} from './pattern'
import type { Token } from './tokens'

/** Trigger detection: which rules of the lexicon fire in which clause, on which words. */

export interface Trigger {
  rule: TriggerRule
  /** Token indices of the trigger words, inclusive. */
  first: number
  last: number
  /** The trigger words proper: the head word (or the first) and the matched words right after it. */
  headFirst: number
  headLast: number
  /** The first word carries a conjunction (وإصابة، فيما): the trigger opens a clause of its own. */
  opensClause: boolean
}

interface CompiledRule {
  rule: TriggerRule
  order: number
  match: CompiledPattern[]
  unless: CompiledPattern[]
}

interface Entry {
  rule: CompiledRule
  pattern: CompiledPattern
}

interface Lexicon {
  rules: CompiledRule[]
  /** Patterns by the keys their first word can have. */
  byKey: Map<string, Entry[]>
  /** Patterns whose first word has a prefix alternative ("اعتقال*"), by its first two letters. */
  byPrefix: Map<string, Entry[]>
  background: CompiledPattern[]
}

let lexicon: Lexicon | null = null

/** The lexicon compiled and indexed on first use (a bad pattern throws here and in its test). */
export function compiledLexicon(): Lexicon {
  if (lexicon) return lexicon
  const rules = TRIGGER_RULES.map((rule, order) => ({
    rule,
    order,
    match: rule.match.map(compilePattern),
    unless: (rule.unless ?? []).map(compilePattern),
  }))
  const byKey = new Map<string, Entry[]>()
  const byPrefix = new Map<string, Entry[]>()
  const add = (map: Map<string, Entry[]>, k: string, e: Entry) => {
    if (!map.has(k)) map.set(k, [])
    map.get(k)!.push(e)
  }
  for (const rule of rules) {
    for (const pattern of rule.match) {
      const first = firstWordIndex(pattern)
      const entry = { rule, pattern }
      for (const k of new Set(first.keys)) add(byKey, k, entry)
      for (const k of new Set(first.prefixes.map((x) => x.slice(0, 2)))) add(byPrefix, k, entry)
    }
  }
  lexicon = { rules, byKey, byPrefix, background: BACKGROUND_CUES.map(compilePattern) }
  return lexicon
}

export function detectTriggers(tokens: Token[], clauses: Clause[]): Trigger[] {
  const lex = compiledLexicon()
  const found: (Trigger & { order: number })[] = []
  for (const c of clauses) {
    const hi = c.last + 1
    const vetoed = new Map<CompiledRule, boolean>()
    const isVetoed = (r: CompiledRule) => {
      if (!vetoed.has(r)) {
        vetoed.set(
          r,
          r.unless.some((u) => findMatches(u, tokens, c.first, hi).length > 0),
        )
      }
      return vetoed.get(r)!
    }
    for (let i = c.first; i < hi; i++) {
      const t = tokens[i]!
      if (t.kind !== 'word') continue
      const entries = new Set<Entry>()
      for (const { form } of t.forms) {
        for (const e of lex.byKey.get(form) ?? []) entries.add(e)
        for (const e of lex.byPrefix.get(form.slice(0, 2)) ?? []) entries.add(e)
      }
      for (const { rule: cr, pattern } of entries) {
        const m = matchHere(pattern, tokens, i, hi)
        if (!m || isVetoed(cr)) continue
        if (cr.rule.background && afterCause(lex.background, tokens, c.first, i)) continue
        let headLast = m.head
        while (m.words.includes(headLast + 1)) headLast++
        found.push({
          rule: cr.rule,
          first: i,
          last: m.last,
          headFirst: m.head,
          headLast,
          opensClause: /^[وف]/.test(t.key) && !firstWordExact(pattern, t),
          order: cr.order,
        })
      }
    }
  }
  return resolve(found)
}

/** True when a cause word (جراء، على خلفية ...) ends at most two words before `at`. */
function afterCause(
  background: CompiledPattern[],
  tokens: Token[],
  lo: number,
  at: number,
): boolean {
  const from = Math.max(lo, at - 4)
  for (const p of background) {
    for (const m of findMatches(p, tokens, from, at)) {
      let words = 0
      for (let i = m.last + 1; i < at; i++) if (tokens[i]!.kind === 'word') words++
      if (words <= 2) return true
    }
  }
  return false
}

/**
 * One trigger per rule and place: overlapping matches of one rule keep the earliest; two
 * reporting rules on the same verb keep the first in the lexicon (a request beats a plain call).
 */
/** No pattern of the lexicon spans more tokens than this (gaps included). */
const MAX_SPAN = 40

function resolve(found: (Trigger & { order: number })[]): Trigger[] {
  found.sort((a, b) => a.first - b.first || a.order - b.order || b.last - a.last)
  const out: (Trigger & { order: number })[] = []
  for (const t of found) {
    // Matches are short: only the last few kept can overlap this one.
    let clash = false
    for (let k = out.length - 1; k >= 0 && out[k]!.first >= t.first - MAX_SPAN; k--) {
      const o = out[k]!
      if (
        (o.rule === t.rule && o.first <= t.last && t.first <= o.last) ||
        (o.rule.frame && t.rule.frame && o.first === t.first)
      ) {
        clash = true
        break
      }
    }
    if (!clash) out.push(t)
  }
  return out.map(({ order: _order, ...t }) => t)
}
