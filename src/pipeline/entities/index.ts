import type { Article, EntityMention, Sentence, Span } from '../types'
import { isGivenName, nisbaOf, startsName } from './gazetteers'
import { modelSpans, stemFrequency } from './model'
import { sentenceCandidates, type Candidate, type Lexicon } from './rules/candidates'
import { bylineZones } from './rules/bylines'
import { boundary, displayName, resolve, trimInvisible, type Evidence } from './resolve'
import { resolveAliases, type Draft } from './aliases'
import { propagate } from './propagate'
import { bare, fullStem, tokenize, type Token } from './tokens'

/**
 * Named entities of one article: people, organisations and places, each mention resolved to a
 * canonical name within the article.
 *
 *   1 tokens        per sentence, with offsets
 *   2 candidates    the trained tagger (model/), gazetteers (gazetteers/), trigger rules (rules/)
 *   3 resolve       one reading per stretch of text; name boundaries without proclitics
 *   4 nisba         adjectives of countries (الروسية → روسيا) as their own mentions
 *   5 not entities  bylines and credits
 *   6 propagate     names found once are found everywhere in the article
 *   7 aliases       surnames, variants, acronyms → one canonical name per entity
 */
export function tagEntities(article: Article, sentences: Sentence[]): EntityMention[] {
  const text = article.text
  if (!text) return []
  const tokensBySentence = sentences.map((s) => tokenize(text, s.start, s.end))
  const forms = new Set<string>()
  for (const ts of tokensBySentence) for (const t of ts) forms.add(t.norm)
  const lex: Lexicon = {
    frequency: (t) => stemFrequency(bare(fullStem(t.norm).stem)),
    givenName: (t) => isGivenName(t.norm),
  }
  const evidence: Evidence = {
    listed: (stem) => startsName(stem) || isGivenName(stem),
    inArticle: (stem) => forms.has(stem),
  }

  let drafts: Draft[] = []
  tokensBySentence.forEach((tokens) => {
    const candidates = sentenceCandidates(tokens, modelSpans(tokens), lex)
    const kept = resolve(candidates)
    for (const c of kept) drafts.push(toDraft(text, tokens, c, evidence))
    drafts.push(...nisbas(text, tokens, kept))
  })

  drafts = salientNested(drafts)
  drafts.push(...bracketed(text, drafts))
  const zones = bylineZones(sentences, tokensBySentence)
  drafts = drafts.filter(
    (d) =>
      (d.type !== 'PER' || !zones.some((z) => d.start >= z.start && d.end <= z.end)) &&
      !(d.type === 'LOC' && RE_TIME_ZONE.test(text.slice(Math.max(0, d.start - 8), d.start))),
  )
  drafts = propagate(text, tokensBySentence, drafts, zones)
  drafts.sort((a, b) => a.start - b.start || b.end - a.end)

  return resolveAliases(text, drafts).map((d) => {
    const m: EntityMention = {
      start: d.start,
      end: d.end,
      text: d.text,
      type: d.type,
      kind: d.kind,
      canonical: d.canonical,
      source: d.source,
    }
    if (d.extent) m.extent = d.extent
    return m
  })
}

/**
 * "منظمة معاهدة الأمن الجماعي (CSTO)", "هيئة الطاقة (NEA)": a Latin-script word in brackets
 * right after an organisation or place is another name of it (aliases.ts joins them).
 */
function bracketed(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const starts = new Set(drafts.map((d) => d.start))
  for (const d of drafts) {
    if (d.type === 'PER' || d.kind === 'nisba') continue
    const m = /^\s*\(\s*([A-Z][A-Za-z.-]*(?: [A-Z][A-Za-z.-]*){0,3})\s*\)/.exec(
      text.slice(d.end, d.end + 60),
    )
    if (!m) continue
    const start = d.end + m[0].indexOf(m[1]!)
    if (starts.has(start)) continue
    out.push({
      start,
      end: start + m[1]!.length,
      text: m[1]!,
      type: d.type,
      kind: /^[A-Z.]+$/.test(m[1]!) ? 'acronym' : 'name',
      source: 'bracket',
      display: m[1]!,
    })
  }
  return out
}

/** "بتوقيت القدس": a time zone, not a place in the story. */
const RE_TIME_ZONE = /توقيت\s*$/u

/**
 * A place inside a longer name (وكالة الأنباء السعودية، قصر قرطاج) is a mention of that place
 * only when the article also names the place on its own: otherwise the place is part of the
 * name, not a topic of the article.
 */
function salientNested(drafts: Draft[]): Draft[] {
  // Sweep in text order, keeping the containers (names other than people's) still open.
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end)
  const nested = new Set<Draft>()
  let open: Draft[] = []
  for (const d of sorted) {
    open = open.filter((c) => c.end > d.start)
    if (open.some((c) => c.end >= d.end && c.end - c.start > d.end - d.start)) nested.add(d)
    if (d.kind === 'name' && d.type !== 'PER') open.push(d)
  }
  const key = (d: Draft) => d.fixed ?? d.display
  const standalone = new Set(drafts.filter((d) => d.type === 'LOC' && !nested.has(d)).map(key))
  return drafts.filter((d) => d.type !== 'LOC' || !nested.has(d) || standalone.has(key(d)))
}

function toDraft(text: string, tokens: Token[], c: Candidate, ev: Evidence): Draft {
  const first = tokens[c.from]!
  const b = c.skip !== undefined ? null : boundary(first, ev, tokens[c.from - 1])
  const [start, end] = trimInvisible(text, first.start + (c.skip ?? b!.skip), tokens[c.to - 1]!.end)
  const written = text.slice(start, end)
  const display = (b?.elidedArticle ? 'ال' : '') + displayName(written)
  const draft: Draft = {
    start,
    end,
    text: written,
    type: c.type,
    kind: c.kind,
    source: c.source,
    display,
    fixed: c.canonical,
  }
  if (c.extentFrom !== undefined && c.extentFrom < c.from) {
    draft.extent = { start: tokens[c.extentFrom]!.start + (c.extentSkip ?? 0), end } satisfies Span
  }
  return draft
}

/** Country adjectives outside person and place names (inside organisation names too). */
function nisbas(text: string, tokens: Token[], kept: Candidate[]): Draft[] {
  const out: Draft[] = []
  const inName = new Uint8Array(tokens.length)
  for (const c of kept) if (c.type !== 'ORG') inName.fill(1, c.from, c.to)
  tokens.forEach((t, i) => {
    if (inName[i]) return
    const n = nisbaOf(t)
    if (!n) return
    const [start, end] = trimInvisible(text, t.start + n.skip, t.end)
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'LOC',
      kind: 'nisba',
      source: n.entry.source,
      fixed: n.entry.canonical,
      display: displayName(text.slice(start, end)),
    })
  })
  return out
}
