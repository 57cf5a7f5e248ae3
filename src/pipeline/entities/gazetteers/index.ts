import type { EntityType, MentionKind } from '../../types'
import { normalizeArabic } from '../../normalize/arabic'
import { readings, tokenize, writtenSkip, type Token } from '../tokens'
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRIES } from './countries'
import { ORGANISATIONS } from './organisations'
import { PLACES } from './places'
import { GIVEN_NAMES } from './given-names'
import { CLUBS, COMPANIES, MEDIA, MOVEMENTS } from './bodies'
import { PEOPLE } from './people'

/**
 * Gazetteer lookups over tokens: a trie of normalised token sequences (names of countries,
 * places and organisations, and acronyms), and a table of nisba forms (الروسية → روسيا).
 * The first token of a match may carry proclitics (بكازاخستان، وللأمم المتحدة).
 */

export interface GazetteerEntry {
  type: EntityType
  kind: MentionKind
  canonical: string
  /** Which list it came from: gaz.country.KZ, gaz.place, gaz.org.csto ... */
  source: string
  /** Also a common word: only trusted after a designator (جمهورية مالي). */
  ambiguous?: boolean
}

export interface GazetteerMatch {
  /** Token index of the first and one past the last token. */
  from: number
  to: number
  /** Characters of proclitics to skip in the first token's written text. */
  skip: number
  entry: GazetteerEntry
}

interface Node {
  next: Map<string, Node>
  entry?: GazetteerEntry
}

const root: Node = { next: new Map() }
/**
 * Well-known people have a trie of their own: the rules use it, the tagger's features do not
 * (a person list changes faster than the model is retrained, and the model should not lean on it).
 */
const peopleRoot: Node = { next: new Map() }

function add(name: string, entry: GazetteerEntry, into = root) {
  const toks = tokenize(name).map((t) => t.norm)
  if (toks.length === 0) return
  let node = into
  for (const t of toks) {
    let n = node.next.get(t)
    if (!n) node.next.set(t, (n = { next: new Map() }))
    node = n
  }
  node.entry ??= entry
}

/** Nisba form (normalised, without the article) → country entry. */
const NISBA = new Map<string, GazetteerEntry>()
const NISBA_SUFFIXES = ['', 'ه', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات']

for (const c of COUNTRIES) {
  const canonical = c.names[0]!
  const source = `gaz.country.${c.code}`
  for (const n of c.names) {
    add(n, {
      type: 'LOC',
      kind: 'name',
      canonical,
      source,
      ambiguous: AMBIGUOUS_COUNTRY_NAMES.has(n) || undefined,
    })
  }
  const nisba: GazetteerEntry = { type: 'LOC', kind: 'nisba', canonical, source: `${source}.nisba` }
  for (const stem of c.nisba) {
    const s = normalizeArabic(stem)
    for (const suffix of NISBA_SUFFIXES) if (!NISBA.has(s + suffix)) NISBA.set(s + suffix, nisba)
  }
  for (const p of c.plurals) NISBA.set(normalizeArabic(p), nisba)
}

/** Lines of spellings separated by "|", the canonical name first. */
function addLines(lines: readonly string[], type: EntityType, source: string, into = root) {
  for (const line of lines) {
    const names = line.split('|')
    for (const n of names) add(n, { type, kind: 'name', canonical: names[0]!, source }, into)
  }
}
addLines(PLACES, 'LOC', 'gaz.place')
for (const o of ORGANISATIONS) {
  const entry = (kind: MentionKind): GazetteerEntry => ({
    type: o.type ?? 'ORG',
    kind,
    canonical: o.names[0]!,
    source: `gaz.org.${o.id}`,
  })
  for (const n of o.names) add(n, entry('name'))
  for (const a of o.acronyms ?? []) add(a, entry('acronym'))
}

addLines(COMPANIES, 'ORG', 'gaz.company')
addLines(CLUBS, 'ORG', 'gaz.club')
addLines(MEDIA, 'ORG', 'gaz.media')
addLines(MOVEMENTS, 'ORG', 'gaz.movement')
addLines(PEOPLE, 'PER', 'gaz.person', peopleRoot)

/**
 * The longest gazetteer name starting at token `i`; with `people`, well-known people's names too
 * (a place or body of the same length wins).
 */
export function matchAt(tokens: Token[], i: number, people = false): GazetteerMatch | null {
  let best: GazetteerMatch | null = null
  const first = tokens[i]
  if (!first) return null
  for (const trie of people ? [root, peopleRoot] : [root]) {
    for (const r of readings(first.norm)) {
      let node = trie.next.get(r.stem)
      let j = i + 1
      while (node) {
        if (node.entry && (!best || j - i > best.to - best.from)) {
          best = { from: i, to: j, skip: writtenSkip(first.text, r.skip), entry: node.entry }
        }
        const t = tokens[j]
        if (!t) break
        node = node.next.get(t.norm)
        j++
      }
    }
  }
  return best
}

/** Every non-overlapping longest gazetteer match, left to right. */
export function matchAll(tokens: Token[], people = false): GazetteerMatch[] {
  const out: GazetteerMatch[] = []
  for (let i = 0; i < tokens.length;) {
    const m = matchAt(tokens, i, people)
    if (m) {
      out.push(m)
      i = m.to
    } else i++
  }
  return out
}

/** The country a nisba word names (الروسية، والأوكراني، الروس), with the proclitics to skip. */
export function nisbaOf(token: Token): { entry: GazetteerEntry; skip: number } | null {
  for (const r of readings(token.norm)) {
    // Stems are listed without the article; a stem that itself begins with ال (ألمانية) is tried
    // as written first.
    const entry =
      NISBA.get(r.stem) ?? (r.stem.startsWith('ال') ? NISBA.get(r.stem.slice(2)) : undefined)
    if (entry) return { entry, skip: writtenSkip(token.text, r.skip) }
  }
  return null
}

/** True when a normalised word is a listed name or the first word of one. */
export function startsName(norm: string): boolean {
  return root.next.has(norm)
}

const GIVEN = new Set(GIVEN_NAMES.map(normalizeArabic))

/** True when a normalised word is a listed given name. */
export function isGivenName(norm: string): boolean {
  return GIVEN.has(norm)
}
