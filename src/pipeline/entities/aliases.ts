import type { EntityType, MentionKind, Span } from '../types'
import { normalizeArabic } from '../normalize/arabic'
import { crossScriptKey, skeletonKey, variantKey } from './keys'

/**
 * Within-article coreference: which mentions name the same entity, and its canonical name.
 *
 *   - a gazetteer entry fixes the canonical name (قازاقستان → كازاخستان, الروسية → روسيا);
 *   - a surname alone joins the one full name it ends (بوتين → فلاديمير بوتين); with two
 *     candidates, the one named last before it;
 *   - names that differ only in transliteration, in a glued or split form, or in vowels inside
 *     the word are one (توكاييف/توقاييف، نزارباييف/نزار باييف، بوتين/بوتن);
 *   - a shorter organisation name with the same head joins the longer one it is part of
 *     (منظمة "الأمن الجماعي" → منظمة معاهدة الأمن الجماعي);
 *   - an acronym or foreign form in brackets right after a name is that name (… (CSTO));
 *   - a Latin-script name joins the Arabic name with the same consonants (Mangystau → مانجيستاو).
 * Each group takes the type most of its mentions have (a gazetteer's type wins).
 */

export interface Draft {
  start: number
  end: number
  text: string
  type: EntityType
  kind: MentionKind
  source: string
  /** Canonical name fixed by a gazetteer. */
  fixed?: string
  /** The name as it reads alone (article restored after لل, no diacritics). */
  display: string
  /** The name with its designator (منطقة مانجيستاو). */
  extent?: Span
}

export interface Resolved extends Draft {
  canonical: string
}

const words = (s: string) =>
  normalizeArabic(s)
    .replace(/["«»“”„'‘’()]/g, ' ')
    .trim()
    .replace(/^ال/, '')
    .split(/\s+/)
const latin = (s: string) => /[A-Z]/i.test(s)
const bareWord = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w)

export function resolveAliases(text: string, drafts: Draft[]): Resolved[] {
  const parent = drafts.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const union = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const names = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.kind !== 'nisba' || d.fixed !== undefined)

  // Same fixed canonical, or same variant key and type.
  const byKey = new Map<string, number>()
  for (const { d, i } of names) {
    const key = d.fixed
      ? `fixed:${d.fixed}`
      : `${d.type}:${variantKey(d.display, d.type === 'LOC')}`
    const first = byKey.get(key)
    if (first === undefined) byKey.set(key, i)
    else union(first, i)
  }

  // The pairwise joins compare distinct names only (an article may name one person a thousand
  // times); each later join sees one representative per spelling.
  const seen = new Map<string, number>()
  const reps: number[] = []
  drafts.forEach((d, i) => {
    const key = `${d.type}|${d.kind}|${d.display}`
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, i)
      reps.push(i)
    } else union(first, i)
  })
  const distinct = reps.map((i) => ({ i, d: drafts[i]! }))
  joinPeople(distinct, union)
  joinOrganisations(distinct, union)
  joinBrackets(text, drafts, union)
  joinScripts(distinct, union)

  // Canonical name and type of each group.
  const groups = new Map<number, number[]>()
  drafts.forEach((_, i) => {
    const r = find(i)
    const g = groups.get(r) ?? []
    g.push(i)
    groups.set(r, g)
  })
  const out: Resolved[] = drafts.map((d) => ({ ...d, canonical: d.display }))
  for (const members of groups.values()) {
    const ds = members.map((i) => drafts[i]!)
    const canonical = chooseCanonical(ds)
    const type = chooseType(ds)
    for (const i of members) {
      out[i]!.canonical = canonical
      if (drafts[i]!.kind !== 'nisba') out[i]!.type = type
      if (latin(drafts[i]!.text) && !latin(canonical) && drafts[i]!.kind === 'name') {
        out[i]!.kind =
          drafts[i]!.text.length <= 6 && /^[A-Z]+$/.test(drafts[i]!.text) ? 'acronym' : 'name'
      }
    }
  }
  return out
}

function chooseCanonical(ds: Draft[]): string {
  const fixed = ds.find((d) => d.fixed)?.fixed
  if (fixed) return fixed
  const counts = new Map<string, number>()
  for (const d of ds) if (d.kind === 'name') counts.set(d.display, (counts.get(d.display) ?? 0) + 1)
  if (counts.size === 0) for (const d of ds) counts.set(d.display, (counts.get(d.display) ?? 0) + 1)
  const score = (name: string) => [
    latin(name) ? 0 : 1,
    name.split(' ').length,
    counts.get(name)!,
    -name.length,
  ]
  return [...counts.keys()].sort((a, b) => {
    const x = score(a)
    const y = score(b)
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return y[k]! - x[k]!
    return a < b ? -1 : 1
  })[0]!
}

function chooseType(ds: Draft[]): EntityType {
  const fixed = ds.find((d) => d.fixed && d.kind !== 'nisba')
  if (fixed) return fixed.type
  const votes = new Map<EntityType, number>()
  for (const d of ds) if (d.kind !== 'nisba') votes.set(d.type, (votes.get(d.type) ?? 0) + 1)
  if (votes.size === 0) return ds[0]!.type
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
}

/** Full names and the surnames, partial names and variants that refer to them. */
interface Indexed {
  i: number
  d: Draft
}

function joinPeople(drafts: Indexed[], union: (a: number, b: number) => void) {
  const people = drafts
    .map(({ d, i }) => ({ i, d, w: words(d.display) }))
    .filter(({ d }) => d.type === 'PER' && !latin(d.display))
  const full = people.filter((p) => p.w.length >= 2)
  const last = (w: string[]) => skeletonKey(w[w.length - 1]!)
  // Full names with the same surname and a compatible first name (قاسم توكاييف ⊂ قاسم جومارت توكاييف).
  for (const a of full) {
    for (const b of full) {
      if (a.i >= b.i || last(a.w) !== last(b.w)) continue
      if (skeletonKey(a.w[0]!) === skeletonKey(b.w[0]!)) union(a.i, b.i)
    }
  }
  // A surname written in two parts (نزار باييف) is the glued one (نزارباييف).
  for (const p of people) {
    const glued = variantKey(p.d.display)
    const whole = full.filter(
      (f) => f.w.length > p.w.length && variantKey(f.w[f.w.length - 1]!) === glued,
    )
    if (p.w.length === 2 && new Set(whole.map((f) => variantKey(f.d.display))).size === 1) {
      union(p.i, whole[0]!.i)
    }
  }
  for (const p of people) {
    if (p.w.length !== 1) continue
    const key = skeletonKey(p.w[0]!)
    const glued = variantKey(p.d.display)
    const matches = full.filter((f) => last(f.w) === key || variantKey(f.d.display) === glued)
    // No surname matches: a given name alone next to its full name (أنتونى … أنتونى بلينكن).
    if (matches.length === 0) {
      const firsts = full.filter((f) => skeletonKey(f.w[0]!) === key)
      if (new Set(firsts.map((f) => variantKey(f.d.display))).size === 1) union(p.i, firsts[0]!.i)
      continue
    }
    const heads = new Set(matches.map((f) => variantKey(f.d.display)))
    // Several people share the surname: the one named last before this mention.
    const before = matches.filter((f) => f.d.start < p.d.start)
    const pick = heads.size === 1 ? matches[0]! : before[before.length - 1]
    if (pick) union(p.i, pick.i)
  }
  // Same surname and first name spelled alike but not matching as words: a vowel difference.
  for (const a of people) {
    for (const b of people) {
      if (
        a.i < b.i &&
        a.w.length === 1 &&
        b.w.length === 1 &&
        skeletonKey(a.w[0]!) === skeletonKey(b.w[0]!)
      ) {
        union(a.i, b.i)
      }
    }
  }
}

/** A shorter name of an organisation with the same head, all of whose words it shares. */
function joinOrganisations(drafts: Indexed[], union: (a: number, b: number) => void) {
  const all = drafts
    .map(({ d, i }) => ({ i, d, w: words(d.display).map(bareWord) }))
    .filter(({ d }) => d.type === 'ORG' && d.kind === 'name')
  const orgs = all.filter(({ d }) => !d.fixed)
  for (const short of orgs) {
    if (short.w.length < 2) continue
    const longer = all.filter(
      (l) => l.w.length > short.w.length && l.w[0] === short.w[0] && isSubsequence(short.w, l.w),
    )
    const distinct = new Set(longer.map((l) => l.d.fixed ?? variantKey(l.d.display)))
    if (distinct.size === 1) union(short.i, longer[0]!.i)
  }
}

function isSubsequence(a: string[], b: string[]): boolean {
  let k = 0
  for (const w of b) if (k < a.length && a[k] === w) k++
  return k === a.length
}

/** "X (Y)": Y is another name of X, its acronym or foreign spelling. */
function joinBrackets(text: string, drafts: Draft[], union: (a: number, b: number) => void) {
  const byStart = new Map<number, number>()
  drafts.forEach((d, i) => {
    if (d.kind !== 'nisba') byStart.set(d.start, i)
  })
  drafts.forEach((d, i) => {
    if (d.kind === 'nisba' || d.type === 'PER') return
    const m = /^\s*[(（]\s*/.exec(text.slice(d.end, d.end + 4))
    if (!m) return
    const inner = byStart.get(d.end + m[0].length)
    if (inner === undefined) return
    const close = text.slice(drafts[inner]!.end).match(/^\s*[)）]/)
    // Only another name of the same thing: an acronym, a foreign spelling, or a one-word
    // organisation name after an organisation. "بنفيكا (البرتغال)" names a club's country.
    const x = drafts[inner]!
    const alias =
      x.kind === 'acronym' ||
      latin(x.display) ||
      (d.type === 'ORG' && x.type === 'ORG' && !x.display.includes(' '))
    if (close && alias) union(i, inner)
  })
}

/** A Latin-script name and the Arabic name with the same consonants (Tokayev ↔ توكاييف). */
function joinScripts(drafts: Indexed[], union: (a: number, b: number) => void) {
  const arabic = new Map<string, number[]>()
  const byIndex = new Map(drafts.map(({ i, d }) => [i, d]))
  drafts.forEach(({ d, i }) => {
    if (d.kind === 'nisba' || latin(d.display)) return
    const k = crossScriptKey(d.display)
    if (k.length < 2) return
    arabic.set(k, [...(arabic.get(k) ?? []), i])
  })
  drafts.forEach(({ d, i }) => {
    if (!latin(d.display) || d.fixed) return
    const k = crossScriptKey(d.display)
    const hits = arabic.get(k) ?? []
    const keys = new Set(hits.map((h) => variantKey(byIndex.get(h)!.display, true)))
    if (keys.size === 1) union(i, hits[0]!)
  })
}
