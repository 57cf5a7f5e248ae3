import { normalizeArabic } from '../../normalize/arabic'
import { readings, writtenSkip, type Token } from '../tokens'
import type { Trigger } from './triggers'

/**
 * Matching a trigger table at a token: the first word may carry proclitics (لوزارة، والرئيس),
 * later words must match exactly (after normalisation). The longest trigger wins.
 */

export interface TriggerMatch {
  trigger: Trigger
  /** Tokens the trigger covers. */
  length: number
  /** Written characters of proclitics before the trigger in its first token. */
  skip: number
}

export interface TriggerTable {
  at(tokens: Token[], i: number): TriggerMatch | null
}

export function triggerTable(triggers: readonly Trigger[]): TriggerTable {
  const byFirst = new Map<string, { rest: string[]; trigger: Trigger }[]>()
  for (const t of triggers) {
    const [first, ...rest] = normalizeArabic(t.words).split(' ')
    const list = byFirst.get(first!) ?? []
    list.push({ rest, trigger: t })
    byFirst.set(first!, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length)
  return {
    at(tokens, i) {
      const tok = tokens[i]
      if (!tok) return null
      for (const r of readings(tok.norm)) {
        for (const { rest, trigger } of byFirst.get(r.stem) ?? []) {
          if (rest.every((w, k) => tokens[i + 1 + k]?.norm === w)) {
            return { trigger, length: rest.length + 1, skip: writtenSkip(tok.text, r.skip) }
          }
        }
      }
      return null
    },
  }
}

/** A set of normalised words. */
export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map(normalizeArabic))
}
