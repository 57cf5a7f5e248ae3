import type { Span } from '../types'
import { normalizeArabic } from '../normalize/arabic'
import type { Draft } from './aliases'
import { skeletonKey } from './keys'
import { stemFrequency } from './model'
import { displayName, trimInvisible } from './resolve'
import { bare, fullStem, readings, writtenSkip, type Token } from './tokens'
import { COMPOUND_NAME_END_WORDS, NAME_LINK_WORDS } from './rules/triggers'

/**
 * One sense per article: a name found somewhere in the article is a name wherever it recurs
 * (the tagger may have missed "فيشمان" in one sentence and found it in another), and a person's
 * surname alone is that person. Only names unlikely to be common words spread: several words, or
 * one word that is rare in the training text.
 */

interface Entry {
  words: string[]
  draft: Draft
}

/** Surnames by their vowel-less skeleton: بوتن finds بوتين. */
type Surnames = Map<string, Draft>

export function propagate(
  text: string,
  tokensBySentence: Token[][],
  drafts: Draft[],
  zones: Span[],
): Draft[] {
  const entries = new Map<string, Entry[]>()
  const surnames: Surnames = new Map()
  const add = (words: string[], draft: Draft) => {
    const list = entries.get(words[0]!) ?? []
    if (!list.some((e) => e.words.join(' ') === words.join(' '))) list.push({ words, draft })
    entries.set(
      words[0]!,
      list.sort((a, b) => b.words.length - a.words.length),
    )
  }
  for (const d of drafts) {
    if (d.kind === 'nisba' || /[A-Z]/i.test(d.display)) continue
    const words = normalizeArabic(d.display).split(' ')
    if (words.length > 1) add(words, d)
    else if (rare(words[0]!)) add(words, d)
    const last = words[words.length - 1]!
    if (d.type !== 'PER' || !rare(last) || (words.length > 1 && !isSurname(words))) continue
    if (words.length > 1) add([last], d)
    if (skeletonKey(last).length >= 3) {
      surnames.set(skeletonKey(last), d)
    }
  }
  if (entries.size === 0) return drafts

  // Drafts by sentence, so that each check looks at one sentence's names only.
  const bySentence: Draft[][] = tokensBySentence.map(() => [])
  const starts = tokensBySentence.map((ts) => ts[0]?.start ?? Infinity)
  const rest: Draft[] = []
  for (const d of drafts) {
    const k = sentenceOf(starts, d.start)
    const ts = tokensBySentence[k]
    if (ts && ts.length && d.end <= ts[ts.length - 1]!.end) bySentence[k]!.push(d)
    else rest.push(d)
  }
  tokensBySentence.forEach((tokens, k) => {
    if (tokens.length === 0) return
    const base = tokens[0]!.start
    // The drafts covering each character of the sentence, so a check reads its own span only.
    const cover: Set<Draft>[] = Array.from(
      { length: tokens[tokens.length - 1]!.end - base },
      () => new Set(),
    )
    const place = (d: Draft, on: boolean) => {
      for (let c = Math.max(d.start, base); c < d.end && c - base < cover.length; c++) {
        if (on) cover[c - base]!.add(d)
        else cover[c - base]!.delete(d)
      }
    }
    const live = new Set(bySentence[k]!)
    live.forEach((d) => place(d, true))
    for (let i = 0; i < tokens.length; i++) {
      const hit = matchAt(tokens, i, entries) ?? fuzzySurname(tokens[i]!, surnames)
      if (!hit) continue
      const first = tokens[i]!
      const [start, end] = trimInvisible(
        text,
        first.start + writtenSkip(first.text, hit.skip),
        tokens[i + hit.entry.words.length - 1]!.end,
      )
      const type = hit.entry.draft.type
      const there = new Set<Draft>()
      for (let c = start; c < end; c++) cover[c - base]?.forEach((d) => there.add(d))
      // Parts of the new name found as names of the same type are replaced by it (the tagger may
      // have split "أنتونى بلينكن" in two); anything else in the way keeps its reading.
      const replaced = [...there].filter((d) => d.type === type && d.start >= start && d.end <= end)
      if (replaced.length < there.size || zones.some((z) => z.start < end && start < z.end))
        continue
      if (replaced.some((d) => d.start === start && d.end === end)) continue
      for (const d of replaced) {
        if (d.kind === 'nisba') continue
        live.delete(d)
        place(d, false)
      }
      const written = text.slice(start, end)
      const draft: Draft = {
        start,
        end,
        text: written,
        type,
        kind: 'name',
        source: 'doc',
        display: (hit.elided ? 'ال' : '') + displayName(written),
        fixed: hit.entry.words.length > 1 ? hit.entry.draft.fixed : undefined,
      }
      live.add(draft)
      place(draft, true)
      i += hit.entry.words.length - 1
    }
    bySentence[k] = [...live]
  })

  return [...bySentence.flat(), ...rest]
}

/** Index of the last sentence starting at or before `offset` (binary search). */
function sentenceOf(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

function fuzzySurname(token: Token, surnames: Surnames) {
  if (surnames.size === 0 || !rare(token.norm)) return null
  for (const r of readings(token.norm)) {
    const draft = surnames.get(skeletonKey(r.stem))
    if (draft) return { entry: { words: [r.stem], draft }, skip: r.skip, elided: false }
  }
  return null
}

const LINKS = new Set(NAME_LINK_WORDS.map(normalizeArabic))
const COMPOUND_ENDS = new Set(COMPOUND_NAME_END_WORDS.map(normalizeArabic))

/**
 * The last word of a person's name can stand for the person, unless it belongs to the word
 * before it: عبد الله، نور الدين، ابن خلدون are not "الله"، "الدين"، "خلدون".
 */
function isSurname(words: string[]): boolean {
  return !COMPOUND_ENDS.has(words[words.length - 1]!) && !LINKS.has(words[words.length - 2]!)
}

function rare(word: string): boolean {
  return word.length >= 3 && stemFrequency(bare(fullStem(word).stem)) === 0
}

function matchAt(tokens: Token[], i: number, entries: Map<string, Entry[]>) {
  for (const r of readings(tokens[i]!.norm)) {
    for (const entry of entries.get(r.stem) ?? []) {
      if (entry.words.every((w, k) => k === 0 || tokens[i + k]?.norm === w)) {
        return { entry, skip: r.skip, elided: r.prefix.endsWith('ال') }
      }
    }
  }
  return null
}
