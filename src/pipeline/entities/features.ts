import { normalizeArabic } from '../normalize/arabic'
import { isGivenName, matchAll, nisbaOf } from './gazetteers'
import { bare, fullStem, isLatin, type Token } from './tokens'
import { LOC_DESIGNATORS, LOC_FACILITIES, ORG_HEADS, PERSON_TITLES } from './rules/triggers'

/**
 * Features of each token for the sequence tagger: the word, its normalised and clitic-stripped
 * forms, affixes, shape, neighbouring words, gazetteer membership and trigger words. Shared by
 * the training script and the run-time tagger so both see exactly the same features.
 */

/** Per-token facts computed once per sentence. */
export interface TokenView {
  norm: string
  stem: string
  bare: string
  prefix: string
  shape: string
  /** Gazetteer label: LOC-B, ORG-I ... or ''. */
  gaz: string
  nisba: boolean
  /** Trigger class of the word (its stem): PT person title, OH org head, LD/LF place heads. */
  trig: string
  /** The word (or its stem) is a known given name. */
  given: boolean
  /** How often the stem is a common word (outside names) in the training text: 0 to 3. */
  freq: number
}

/** Frequency class of a stem as a common word in the training text (see `freqClass`). */
export type Vocabulary = (bare: string) => number

/** Buckets for raw counts: a name is usually rare, a function word never is. */
export function freqClass(count: number): number {
  return count <= 1 ? 0 : count <= 4 ? 1 : count <= 20 ? 2 : 3
}

const TRIGGER_CLASS = new Map<string, string>()
for (const [cls, table] of [
  ['PT', PERSON_TITLES],
  ['OH', ORG_HEADS],
  ['LD', LOC_DESIGNATORS],
  ['LF', LOC_FACILITIES],
] as const) {
  for (const t of table) {
    const first = normalizeArabic(t.words).split(' ')[0]!
    if (!TRIGGER_CLASS.has(first)) TRIGGER_CLASS.set(first, cls)
  }
}

function shapeOf(s: string): string {
  if (/^\d+$/.test(s)) return 'D'
  if (/\d/.test(s)) return 'd'
  if (isLatin(s)) return /^[A-Z]+$/.test(s) ? 'LL' : /^[A-Z]/.test(s) ? 'Lc' : 'L'
  if (/^[^\p{L}\p{N}]+$/u.test(s)) return 'P'
  return 'A'
}

export function viewSentence(tokens: Token[], vocab: Vocabulary = () => 0): TokenView[] {
  const gaz: string[] = tokens.map(() => '')
  for (const m of matchAll(tokens)) {
    if (m.entry.ambiguous) continue
    const t = m.entry.kind === 'acronym' ? 'ACR' : m.entry.type
    for (let k = m.from; k < m.to; k++) gaz[k] = `${t}-${k === m.from ? 'B' : 'I'}`
  }
  return tokens.map((tok, i) => {
    const r = fullStem(tok.norm)
    const b = bare(r.stem)
    return {
      norm: tok.norm,
      stem: r.stem,
      bare: b,
      prefix: r.prefix,
      shape: shapeOf(tok.norm),
      gaz: gaz[i]!,
      nisba: nisbaOf(tok) !== null,
      trig: TRIGGER_CLASS.get(r.stem) ?? TRIGGER_CLASS.get(tok.norm) ?? '',
      freq: vocab(b),
      given: isGivenName(tok.norm) || isGivenName(r.stem) || isGivenName(b),
    }
  })
}

const PAD: TokenView = {
  norm: '<s>',
  stem: '<s>',
  bare: '<s>',
  prefix: '',
  shape: 'S',
  gaz: '',
  nisba: false,
  trig: '',
  freq: 3,
  given: false,
}

/**
 * Features of token `i` that do not depend on the tags: its own (`ownFeatures`) and its
 * context's (`contextFeatures`). The strings are hashed into the model's feature table, so their
 * spelling is part of the model format.
 */
export function tokenFeatures(view: TokenView[], i: number): string[] {
  return [...ownFeatures(view[i]!), ...contextFeatures(view, i)]
}

/** Features of the token alone: a function of its text and gazetteer label (so cacheable). */
export function ownFeatures(w: TokenView): string[] {
  const b = w.bare
  const f = [
    'b',
    'w=' + w.norm,
    's=' + w.stem,
    'p=' + w.prefix,
    'sh=' + w.shape,
    'x1=' + b.slice(-1),
    'x2=' + b.slice(-2),
    'x3=' + b.slice(-3),
    'x4=' + b.slice(-4),
    'y2=' + b.slice(0, 2),
    'y3=' + b.slice(0, 3),
    'y4=' + b.slice(0, 4),
    'len=' + Math.min(b.length, 10),
    'fq=' + w.freq,
    'fqx=' + w.freq + '|' + b.slice(-2),
  ]
  if (w.gaz) f.push('g=' + w.gaz)
  if (w.nisba) f.push('nis')
  if (w.trig) f.push('tr=' + w.trig)
  if (w.stem !== w.norm) f.push('clitic')
  if (w.given) f.push('gn', 'gnp=' + w.prefix)
  return f
}

/** Features of the token's neighbours. */
export function contextFeatures(view: TokenView[], i: number): string[] {
  const at = (k: number) => view[i + k] ?? PAD
  const w = at(0)
  const f = [
    'w-1=' + at(-1).norm,
    'w-2=' + at(-2).norm,
    'w+1=' + at(1).norm,
    'w+2=' + at(2).norm,
    's-1=' + at(-1).stem,
    's+1=' + at(1).stem,
    'w-1w=' + at(-1).norm + '|' + w.norm,
    'ww+1=' + w.norm + '|' + at(1).norm,
    'x3+1=' + at(1).bare.slice(-3),
    'x3-1=' + at(-1).bare.slice(-3),
    'y2+1=' + at(1).bare.slice(0, 2),
    'sh-1=' + at(-1).shape + '|' + w.shape + '|' + at(1).shape,
    'fq-1=' + at(-1).freq + '|' + w.freq,
    'fq+1=' + w.freq + '|' + at(1).freq,
  ]
  if (at(-1).gaz) f.push('g-1=' + at(-1).gaz)
  if (at(1).gaz) f.push('g+1=' + at(1).gaz)
  if (at(1).nisba) f.push('nis+1')
  if (at(-1).nisba) f.push('nis-1')
  if (at(-1).trig) f.push('tr-1=' + at(-1).trig)
  if (at(-2).trig) f.push('tr-2=' + at(-2).trig)
  if (at(1).trig) f.push('tr+1=' + at(1).trig)
  if (at(-1).given) f.push('gn-1')
  if (at(1).given) f.push('gn+1')
  return f
}

/**
 * Features of token `i` joined with the previous token's tag (the decoder tries each). They may
 * use only `prefix`, `freq` and `gaz`: the decoder caches their scores on those.
 */
export function transitionFeatures(view: TokenView[], i: number, prev: string): string[] {
  const w = view[i]!
  const f = ['t=' + prev, 'tp=' + prev + '|' + w.prefix, 'tq=' + prev + '|' + w.freq]
  if (w.gaz) f.push('tg=' + prev + '|' + w.gaz)
  return f
}
