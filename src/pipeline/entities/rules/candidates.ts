import type { EntityType, MentionKind } from '../../types'
import { gregorianMonth, hijriMonth } from '../../lexicon/calendar'
import { cardinalValue, magnitudeValue } from '../../lexicon/numbers'
import { matchAt, nisbaOf } from '../gazetteers'
import { isLatin, type Token } from '../tokens'
import type { ModelSpan } from '../model'
import { triggerTable, wordSet } from './match'
import {
  COMPOUND_NAME_END_WORDS,
  FUNCTION_WORDS,
  LOC_DESIGNATORS,
  LOC_FACILITIES,
  NAME_LINK_WORDS,
  ORG_GENERIC_COMPLEMENTS,
  ORG_HEADS,
  PERSON_TITLES,
} from './triggers'

/**
 * Candidate mentions in one sentence, from the model, the gazetteers and the trigger rules,
 * before the resolver picks non-overlapping ones. Token indices are into the sentence's tokens.
 */
export interface Candidate {
  from: number
  to: number
  type: EntityType
  kind: MentionKind
  /** Rule or list that made it: model, gaz.country.KZ, org.ministry, loc.city ... */
  source: string
  /** Higher wins an overlap; then the longer span. */
  priority: number
  /** Canonical name fixed by a gazetteer. */
  canonical?: string
  /** Written proclitic characters known to precede the name in its first token. */
  skip?: number
  /** A listed name that is also a common word (مالي): dropped unless a rule confirms it. */
  pending?: boolean
  /** Token where the name's designator starts (مدينة ألماتي), and its proclitics. */
  extentFrom?: number
  extentSkip?: number
}

export const PRIORITY = { gazetteer: 5, rule: 4, model: 3, title: 2 } as const

/** What the rules need to know about a token beyond its text. */
export interface Lexicon {
  /** Frequency class of the token's stem in the training text (0: rare or unseen). */
  frequency(token: Token): number
  /** The token is a known given name. */
  givenName(token: Token): boolean
}

const titles = triggerTable(PERSON_TITLES)
const orgHeads = triggerTable(ORG_HEADS)
// البنك المركزي، الحزب الشيوعي، المجلس العسكري: a definite head names one organisation when
// adjectives follow it.
const definiteOrgHeads = triggerTable(
  ORG_HEADS.filter((h) => h.definite).map((h) => ({ ...h, words: 'ال' + h.words })),
)
const GENERIC = wordSet(ORG_GENERIC_COMPLEMENTS)
const designators = triggerTable(LOC_DESIGNATORS)
const facilities = triggerTable(LOC_FACILITIES)
const FUNCTION = wordSet(FUNCTION_WORDS)

/** Adjectives that continue an organisation's name although they are not nisbas. */
const NAME_ADJECTIVES = wordSet([
  'المتحدة',
  'العامة',
  'العام',
  'العليا',
  'الأعلى',
  'الكبرى',
  'المستقلة',
  'الحرة',
  'الموحدة',
  'المركزي',
  'المركزية',
])

const NAME_LINKS = wordSet(NAME_LINK_WORDS)
const COMPOUND_NAME_ENDS = wordSet(COMPOUND_NAME_END_WORDS)
const isNumber = (t: Token) => /^\d+$/.test(t.norm)
/** "ستة مليارات شيكل"، "200 روبل": a word counted by a number is a unit, not a name. */
const isCounted = (tokens: Token[], s: { from: number; to: number }) => {
  const prev = tokens[s.from - 1]
  return (
    s.to - s.from === 1 &&
    prev !== undefined &&
    (/^[\d.,]+$/.test(prev.norm) ||
      cardinalValue(prev.text) !== undefined ||
      magnitudeValue(prev.text) !== undefined)
  )
}
/** "رجب 1443"، "24 نيسان": a month name by a number is a date, not a name. */
const isDateMonth = (tokens: Token[], s: { from: number; to: number }) =>
  s.to - s.from === 1 &&
  (gregorianMonth(tokens[s.from]!.norm) !== undefined ||
    hijriMonth(tokens[s.from]!.norm) !== undefined) &&
  [tokens[s.from - 1], tokens[s.to]].some((t) => t !== undefined && isNumber(t))
const QUOTES = /^["«»“”„'‘’]$/u
/**
 * Written with the article itself (الثوار), not a name that begins with those letters after a
 * proclitic or a hamza (فالتر، ألبرت).
 */
const writtenDefinite = (t: Token) =>
  /^ال\p{L}{3}/u.test(t.text.replace(/[\u064B-\u0652\u0640]/gu, ''))
const isPunct = (t: Token) => /^[^\p{L}\p{N}]+$/u.test(t.norm)
const isDefinite = (t: Token) => /^(?:ال|لل)/.test(t.norm) && t.norm.length > 3
const isAdjective = (t: Token) =>
  isDefinite(t) &&
  !FUNCTION.has(t.norm) &&
  (/(?:ي|يه)$/.test(t.norm) || NAME_ADJECTIVES.has(t.norm))
const isCapitalLatin = (t: Token) => isLatin(t.text) && /^[A-Z]/.test(t.text)

/**
 * A common word inflected as names are not: an indefinite accusative (قضائيا، شاعرا) or a pronoun
 * suffix (عمه، سيماه) on a word the training text often uses outside names.
 */
function inflectedCommonWord(t: Token, lex: Lexicon): boolean {
  if (lex.givenName(t)) return false
  const m = /^(.{2,}?)(?:ا|ه|ها|هم|هما)$/u.exec(t.norm)
  return m !== null && lex.frequency({ ...t, norm: m[1]! }) > 0
}

function nameLike(t: Token | undefined, lex: Lexicon, allowDefinite: boolean): boolean {
  if (!t || isPunct(t) || FUNCTION.has(t.norm) || /\d/.test(t.norm)) return false
  if (inflectedCommonWord(t, lex)) return false
  if (isCapitalLatin(t)) return true
  if (isLatin(t.text)) return false
  if (isDefinite(t) && !allowDefinite) return false
  if (t.norm.startsWith('و') && t.norm.length > 3 && !lex.givenName(t)) return false
  return lex.frequency(t) === 0 || lex.givenName(t)
}

export function sentenceCandidates(tokens: Token[], model: ModelSpan[], lex: Lexicon): Candidate[] {
  const out: Candidate[] = []
  const named = new Map<number, Candidate>()
  const keepNamed = (c: Candidate) => {
    const old = named.get(c.from)
    if (!old || old.priority < c.priority || (old.priority === c.priority && old.to < c.to)) {
      named.set(c.from, c)
    }
  }

  // Gazetteer names (ambiguous ones only after a designator, below).
  const gaz = new Map<number, Candidate>()
  const ambiguous = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, true)
    if (!m) continue
    const c: Candidate = {
      from: m.from,
      to: m.to,
      type: m.entry.type,
      kind: m.entry.kind,
      source: m.entry.source,
      priority: PRIORITY.gazetteer,
      canonical: m.entry.canonical,
      skip: m.skip,
    }
    gaz.set(i, c)
    if (m.entry.ambiguous) ambiguous.add(i)
    else keepNamed(c)
  }

  // Model spans, trimmed (trimModelSpan).
  for (const span of model) {
    const s = trimModelSpan(tokens, span, lex)
    if (!s) continue
    const c: Candidate = { ...s, kind: 'name', source: 'model', priority: PRIORITY.model }
    out.push(c)
    keepNamed(c)
    // A place name the model reads as an organisation is one (برشلونة the club, الشرق الأوسط
    // the newspaper); inside a longer person's name, a listed place or company is part of the
    // name (نور سلطان نزارباييف، جيرالد فورد); a listed person inside a longer name is part of
    // it (جامعة السلطان قابوس).
    for (let i = s.from; i < s.to; i++) {
      const g = gaz.get(i)
      if (!g || g.to > s.to) continue
      const longer = g.to - g.from < s.to - s.from
      if (g.type === 'LOC' && s.type === 'ORG') gaz.delete(i)
      else if ((s.type === 'PER' || g.type === 'PER') && longer) gaz.delete(i)
    }
  }
  for (const [i, g] of gaz) {
    if (ambiguous.has(i)) g.pending = true
    out.push(g)
  }

  extendPeople(tokens, out, named, lex)
  completeLinkedNames(tokens, out, lex)
  extendPeopleLeft(tokens, out, named, lex)
  const cues: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    orgRule(tokens, i, named, out)
    const cue = placeRule(tokens, i, named, gaz, lex, out)
    if (cue) cues.push(cue)
    titleRule(tokens, i, named, lex, out)
  }
  const cue = new Uint8Array(tokens.length)
  for (const [a, b] of cues) cue.fill(1, a, b)
  const byFrom = (keep: (c: Candidate) => boolean) => {
    const m = new Map<number, Candidate[]>()
    for (const c of out) if (keep(c)) m.set(c.from, [...(m.get(c.from) ?? []), c])
    return m
  }
  const modelOrgs = byFrom((m) => m.source === 'model' && m.type === 'ORG')
  const ruleOrgs = byFrom((r) => r.priority === PRIORITY.rule && r.type === 'ORG')
  return out.filter((c) => {
    if (c.to <= c.from || c.pending) return false
    // A designator is not itself a name (the model sometimes tags "شبه جزيرة").
    if (c.source === 'model' && cue.subarray(c.from, c.to).some((x) => x === 1)) return false
    // The tagger's organisation name stands when a rule only adds a country adjective to it
    // (حزب الله | اللبناني).
    if (c.priority === PRIORITY.rule && c.type === 'ORG') {
      const shorter = modelOrgs.get(c.from)?.find((m) => m.to < c.to)
      if (shorter && tokens.slice(shorter.to, c.to).every((t) => nisbaOf(t))) return false
    }
    // A body or facility named after a listed person is not that person (مطار رفيق الحريري،
    // مؤسسة ياسر عرفات).
    if (c.source === 'gaz.person') {
      const around = out.some(
        (r) =>
          r.priority === PRIORITY.rule &&
          r.type !== 'PER' &&
          r.from <= c.from &&
          r.to >= c.to &&
          r.to - r.from > c.to - c.from,
      )
      if (around) return false
    }
    // A listed organisation continued by an adjective is another organisation: مجلس الأمن
    // الجماعي is not مجلس الأمن.
    if (c.priority === PRIORITY.gazetteer && c.type === 'ORG') {
      return !ruleOrgs.get(c.from)?.some((r) => r.to > c.to)
    }
    return true
  })
}

/**
 * A model span without what is not part of a name, or null when nothing is left:
 *   - a leading country adjective (الرئيس [البيلاروسى ألكسندر ...]) and digits at either end;
 *   - for a person, leading words written with the article (الثوار | أوليفر كرومول، النازي |
 *     أدولف هتلر), unless a given name or followed by a link (الحسن بن علي، الوليد بن طلال); a
 *     definite word left alone by that cut is not a name either;
 *   - a month by a number (24 نيسان) or a word counted by a number (ستة مليارات شيكل).
 */
function trimModelSpan(tokens: Token[], span: ModelSpan, lex: Lexicon): ModelSpan | null {
  const s = { ...span }
  while (s.from < s.to && (nisbaOf(tokens[s.from]!) || isNumber(tokens[s.from]!))) s.from++
  while (s.to > s.from && isNumber(tokens[s.to - 1]!)) s.to--
  const from = s.from
  while (
    s.type === 'PER' &&
    s.to - s.from > 1 &&
    writtenDefinite(tokens[s.from]!) &&
    !lex.givenName(tokens[s.from]!) &&
    !NAME_LINKS.has(tokens[s.from + 1]!.norm)
  )
    s.from++
  if (s.from > from && s.to - s.from === 1 && writtenDefinite(tokens[s.from]!)) return null
  if (s.to === s.from || isDateMonth(tokens, s) || isCounted(tokens, s)) return null
  return s
}

/**
 * A person's name the model started one word late: a given name before it belongs to it
 * (وكلّف [علي] خان إسماعيلوف). علي is also the preposition على when written with ى.
 */
function extendPeopleLeft(
  tokens: Token[],
  out: Candidate[],
  named: Map<number, Candidate>,
  lex: Lexicon,
) {
  const personEnds = new Set(out.filter((o) => o.type === 'PER').map((o) => o.to))
  for (const c of out) {
    if (c.source !== 'model' || c.type !== 'PER' || c.from === 0) continue
    const prev = tokens[c.from - 1]!
    if (!lex.givenName(prev) || named.has(c.from - 1) || /ى$/.test(prev.text)) continue
    // "عادل وياسمين ...": a name opened by و is the next item of a list, not a continuation.
    if (/^و/.test(tokens[c.from]!.norm) && !lex.givenName(tokens[c.from]!)) continue
    if (personEnds.has(c.from - 1)) continue
    if (FUNCTION.has(prev.norm) && prev.norm !== 'علي') continue
    c.from--
  }
}

/**
 * A person's name the model ended on the second word of a compound given name (سيف الدين |
 * مخلوف): the rare word after it is the surname. A given name alone takes a definite family
 * name after it.
 */
function extendPeople(
  tokens: Token[],
  out: Candidate[],
  named: Map<number, Candidate>,
  lex: Lexicon,
) {
  for (const c of out) {
    if (c.source !== 'model' || c.type !== 'PER') continue
    const last = tokens[c.to - 1]!
    const next = tokens[c.to]
    // A given name alone, then a definite word that is seldom a common word: the family name
    // (توفيق | الحكيم، وليد | المعلم).
    const family =
      c.to - c.from === 1 &&
      lex.givenName(last) &&
      next !== undefined &&
      isDefinite(next) &&
      !/^لل/.test(next.norm)
    if (!COMPOUND_NAME_ENDS.has(last.norm) && !family) continue
    if (!next || named.has(c.to) || nisbaOf(next)) continue
    if (family ? FUNCTION.has(next.norm) || lex.frequency(next) > 1 : !nameLike(next, lex, true)) {
      continue
    }
    // و opens the next name; ي ت ن open imperfect verbs (زكريا يتقمص), ل a verb or a preposition.
    if (lex.givenName(next) || /^[وفيتنل]/.test(next.norm)) continue
    c.to++
  }
}

/**
 * The ends of a person's name: a name that ends on a linking word (حمد بن عيسى آل | خليفة) goes
 * on to the next word, and past further linking words (دو لا | سابليير), but not to a common word
 * with a pronoun (صدام حسين | ابن عمه: the link is dropped). A given name alone takes an initial
 * after it, as the press writes suspects' names (محمد | ب.).
 */
function completeLinkedNames(tokens: Token[], out: Candidate[], lex: Lexicon) {
  const isLink = (k: number) => NAME_LINKS.has(tokens[k]?.norm ?? '')
  for (const c of out) {
    if (c.type !== 'PER') continue
    let to = c.to
    while (to < tokens.length && isLink(to - 1)) {
      const next = tokens[to]!
      // After a link comes a name, even one spelled like a particle (الحسن بن علي).
      if (isPunct(next) || /\d/.test(next.norm) || inflectedCommonWord(next, lex)) break
      to++
    }
    // A link left dangling is not part of the name.
    while (to > c.from + 1 && isLink(to - 1)) to--
    if (to === c.to && to - c.from === 1 && lex.givenName(tokens[c.from]!)) {
      const initial = tokens[to]
      if (initial && /^\p{L}$/u.test(initial.norm) && tokens[to + 1]?.norm === '.') to++
    }
    c.to = to
  }
}

/** Organisation heads: وزارة الدفاع الروسية، حزب [الليكود]، صحيفة [الشرق الأوسط]. */
function orgRule(tokens: Token[], i: number, named: Map<number, Candidate>, out: Candidate[]) {
  const head = orgHeads.at(tokens, i)
  if (!head) {
    const def = definiteOrgHeads.at(tokens, i)
    if (!def) return
    let k = i + def.length
    while (k < tokens.length && k - i < 4 && isAdjective(tokens[k]!) && !named.has(k)) k++
    if (k === i + def.length) return
    out.push({
      from: i,
      to: k,
      type: 'ORG',
      kind: 'name',
      source: def.trigger.id,
      priority: PRIORITY.rule,
      skip: def.skip,
    })
    return
  }
  const j = i + head.length
  const next = named.get(j)
  const { trigger } = head
  if (next) {
    if (trigger.descriptorOnly || (!trigger.inName && next.type === 'PER')) {
      // صحيفة [الشرق الأوسط]: the name is the organisation's, whatever it looks like.
      Object.assign(next, {
        type: 'ORG',
        canonical: undefined,
        source: trigger.id,
        extentFrom: i,
        extentSkip: head.skip,
      })
      next.priority = Math.max(next.priority, PRIORITY.rule)
    } else if (trigger.inName && next.priority === PRIORITY.gazetteer && next.type === 'ORG') {
      // منظمة [أوبك]: a listed organisation keeps its head word, and its canonical name.
      Object.assign(next, { from: i, skip: head.skip })
    } else if (trigger.inName) {
      out.push({
        from: i,
        to: next.to,
        type: 'ORG',
        kind: 'name',
        source: trigger.id,
        priority: PRIORITY.rule,
        skip: head.skip,
      })
    }
    return
  }
  if (trigger.descriptorOnly) return
  // A descriptive name: indefinite nouns of a construct chain, a definite noun, its adjectives;
  // the chain may sit in quotes (منظمة "الأمن الجماعي").
  if (titles.at(tokens, j)) return
  let k = j
  const quoted = QUOTES.test(tokens[k]?.norm ?? '')
  if (quoted) k++
  const from = k
  let indefinite = 0
  let definite = false
  for (; k < tokens.length && k - from < 6; k++) {
    const t = tokens[k]!
    if (isPunct(t) || FUNCTION.has(t.norm) || /^و/.test(t.norm) || isLatin(t.text)) break
    if (!definite) {
      if (isDefinite(t)) definite = true
      else if (++indefinite > 2) break
    } else if (!isAdjective(t) && !t.norm.startsWith('لل')) break
  }
  if (!definite) return
  // مجلس الإدارة، مجلس الوزراء: a body of any company or state, not a name.
  if (k - from === 1 && GENERIC.has(tokens[from]!.norm)) return
  if (quoted && QUOTES.test(tokens[k]?.norm ?? '')) k++
  out.push({
    from: i,
    to: k,
    type: 'ORG',
    kind: 'name',
    source: trigger.id,
    priority: PRIORITY.rule,
    skip: head.skip,
  })
}

/** Place designators (مدينة ألماتي، منطقة Mangystau) and facilities (مطار ألما آتا). */
function placeRule(
  tokens: Token[],
  i: number,
  named: Map<number, Candidate>,
  gaz: Map<number, Candidate>,
  lex: Lexicon,
  out: Candidate[],
): [number, number] | null {
  const des = designators.at(tokens, i)
  if (des) {
    const cue: [number, number] = [i, i + des.length]
    let j = i + des.length
    const extent = des.trigger.inName ? { extentFrom: i, extentSkip: des.skip } : {}
    for (let n = 0; n < (des.trigger.list ? 3 : 1); n++) {
      const next = named.get(j) ?? gaz.get(j)
      let to: number
      if (next) {
        next.type = 'LOC'
        if (extent.extentFrom !== undefined && !(next.extentFrom! < i)) Object.assign(next, extent)
        if (next.source === 'model') next.source = des.trigger.id
        next.priority = Math.max(next.priority, PRIORITY.rule)
        next.pending = false
        to = next.to
      } else if (nameLike(tokens[j], lex, false)) {
        to = j + 1
        out.push({
          from: j,
          to,
          type: 'LOC',
          kind: 'name',
          source: des.trigger.id,
          priority: PRIORITY.rule,
          ...extent,
        })
      } else return cue
      // A list of places after a plural or dual designator: مدينتي X و Y
      if (tokens[to]?.norm === 'و') j = to + 1
      else if (tokens[to]?.norm.startsWith('و') && nameLike(tokens[to], lex, false)) {
        j = to
      } else return cue
    }
    return cue
  }
  const fac = facilities.at(tokens, i)
  if (!fac) return null
  const j = i + fac.length
  const next = named.get(j) ?? gaz.get(j)
  if (next) {
    out.push({
      from: i,
      to: next.to,
      type: 'LOC',
      kind: 'name',
      source: fac.trigger.id,
      priority: PRIORITY.rule,
      skip: fac.skip,
    })
  } else if (nameLike(tokens[j], lex, false)) {
    out.push({
      from: i,
      to: j + 1,
      type: 'LOC',
      kind: 'name',
      source: fac.trigger.id,
      priority: PRIORITY.rule,
      skip: fac.skip,
    })
  }
  return [i, j]
}

/** Titles before names the model missed: رئيس الوزراء عسكر مامين. */
function titleRule(
  tokens: Token[],
  i: number,
  named: Map<number, Candidate>,
  lex: Lexicon,
  out: Candidate[],
) {
  const title = titles.at(tokens, i)
  if (!title) return
  let k = i + title.length
  // The title's complement: الخارجية، الأمريكي، باسم الكرملين، قيرغيزستان ...
  for (let n = 0; n < 4 && k < tokens.length; n++) {
    const t = tokens[k]!
    const span = named.get(k)
    if (span?.type === 'PER') return
    if (span) k = span.to
    else if (t.norm === 'باسم' || nisbaOf(t)) k++
    else if (isDefinite(t) && lex.frequency(t) > 0) k++
    else break
  }
  if (named.get(k)) return
  const first = tokens[k]
  if (!nameLike(first, lex, false) || isLatin(first!.text)) return
  if (/^[بلك]/.test(first!.norm) && !lex.givenName(first!)) return
  let end = k + 1
  while (end < tokens.length && end - k < 4 && nameLike(tokens[end], lex, true)) end++
  // One rare word after a title is as often a misspelling or a truncated word as a name: the
  // tagger decides those.
  if (end - k < 2) return
  out.push({
    from: k,
    to: end,
    type: 'PER',
    kind: 'name',
    source: title.trigger.id,
    priority: PRIORITY.title,
  })
}
