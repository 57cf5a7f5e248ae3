import type { ContingentUnit, Deployment, EntityMention, Quantity, Span } from '../types'
import { hashString } from '../util/hash'
import type { Clause } from './clauses'
import type { Trigger } from './detect'
import {
  AFFILIATION_CUES,
  ARRIVAL_PREPS,
  COMPOSITION_CUES,
  DESTINATION_PREPS,
  LEAVE_VERBS,
  MISSION_CUES,
  ORG_ADJECTIVES,
  ORIGIN_PREPS,
} from './lexicon/cues'
import { FORCES } from './lexicon/triggers'
import { UNIT_KINDS } from './lexicon/units'
import { compilePattern, findMatches } from './pattern'
import { tokenKey, type Token } from './tokens'

/**
 * Structured deployment records: who sent what from where to where, for which mission, read
 * from the deployment sentence and its entity mentions ("أرسلت روسيا 3000 جندي إلى كازاخستان"، "القوات
 * الروسية"، "قوات حفظ السلام التابعة لمنظمة ..."، "وحدات من روسيا وبيلاروسيا"). Entity fields hold
 * `EntityMention.canonical` names until the corpus merge resolves them.
 */

export interface DeploymentInfo {
  sender: string | null
  origin: string | null
  destination: string | null
  mission: string | null
  /** Per-country contributions where the text lists them. */
  contributors: { sender: string; contingent: Quantity[] }[]
  /** Kinds of units and equipment named (paratroopers, frigates). */
  units: ContingentUnit[]
}

const DEST = new Set(DESTINATION_PREPS.map(tokenKey))
const ARRIVAL = new Set(ARRIVAL_PREPS.map(tokenKey))
const ORIGIN = new Set(ORIGIN_PREPS.map(tokenKey))
const FORCE = compilePattern(FORCES)
const LEAVE = compilePattern(LEAVE_VERBS)
const MISSION = MISSION_CUES.map(compilePattern)
const COMPOSITION = COMPOSITION_CUES.map(compilePattern)
const AFFILIATION = AFFILIATION_CUES.map(compilePattern)
const ADJECTIVES = ORG_ADJECTIVES.map((a) => ({ pattern: compilePattern(a.match), org: a.org }))
const PREPS = new Set([...DEST, ...ARRIVAL, ...ORIGIN])
/** How far after a force word its nisba may stand ("طائرات نقل عسكرية ألمانية"). */
const NISBA_REACH = 3
/** قواتها، جنوده، طائراتهم (on the written word: the key folds ة into ه) */
const RE_POSSESSIVE = /(?:ها|ه|هم|هما)$/u
const CONTINGENT_UNITS = new Set(['troops', 'aircraft', 'vehicles'])
const KINDS = UNIT_KINDS.map((k) => ({ kind: k.kind, patterns: k.match.map(compilePattern) }))

export interface DeploymentInput {
  tokens: Token[]
  clause: Clause
  /** Every clause of the sentence: the contingent may go on past a comma ("، تقل مظليين"). */
  clauses: Clause[]
  trigger: Trigger
  /** Mentions of the whole sentence. */
  mentions: EntityMention[]
  /** Quantities of the whole sentence. */
  quantities: Quantity[]
  withdrawal: boolean
  /** Speakers of the sentence's reporting verbs: who announced it did not send it. */
  speakers: Span[]
}

export function deploymentInfo(input: DeploymentInput): DeploymentInfo {
  const { tokens, clause, trigger, mentions, withdrawal } = input
  const at = (m: EntityMention) => tokens.findIndex((t) => t.end > m.start)
  const after = mentions.filter((m) => at(m) >= trigger.first)
  const places = after.filter((m) => m.type === 'LOC' && m.kind !== 'nisba')
  const destination =
    places.find((m) => DEST.has(prepBefore(tokens, m))) ??
    (withdrawal
      ? undefined
      : places.filter((m) => inClause(m, clause) && ARRIVAL.has(prepBefore(tokens, m))).at(-1))
  const forceWords = findMatches(FORCE, tokens, clause.first, clause.last + 1).map((m) => m.first)
  const origin =
    places.find(
      (m) =>
        ORIGIN.has(prepBefore(tokens, m)) && !forceWords.includes(at(m) - 2) && m !== destination,
    ) ?? leftPlace(tokens, clause, trigger, places, destination)
  const candidates = mentions.filter(
    (m) => !input.speakers.some((sp) => sp.start <= m.start && m.end <= sp.end),
  )
  const mission = missionOf(tokens, mentions)
  // A force named after an organisation ("قوات حفظ السلام التابعة لمنظمة ...") is its to send.
  const sender =
    senderOf(tokens, clause, trigger, candidates, forceWords) ??
    mission.org ??
    possessor(tokens, trigger, mentions, forceWords) ??
    announcerCountry(input)
  return {
    sender: sender?.canonical ?? orgAdjective(tokens, forceWords),
    origin: origin?.canonical ?? null,
    destination: destination?.canonical ?? null,
    mission: mission.name,
    contributors: contributorsOf(input),
    units: unitsOf(tokens, contingentSpan(input)),
  }
}

/**
 * Where a contingent is told: the trigger's clause and the clauses after it that continue it
 * (no connective, no و/ف opening a new statement: "في مطار بيمبا، تقل مظليين").
 */
function contingentSpan(input: DeploymentInput): { first: number; last: number } {
  const { tokens, clause, clauses } = input
  let last = clause.last
  for (const c of clauses) {
    if (c.first !== last + 1 && c.first !== last + 2) continue
    if (c.opened || /^[وف]/.test(tokens[c.first]!.key)) break
    last = c.last
  }
  return { first: clause.first, last }
}

/** "وغادرت طائرتان تقلان 220 جنديا مطار باماكو": the place a leaving verb takes as its object. */
function leftPlace(
  tokens: Token[],
  clause: Clause,
  trigger: Trigger,
  places: EntityMention[],
  destination: EntityMention | undefined,
): EntityMention | undefined {
  if (!findMatches(LEAVE, tokens, trigger.first, trigger.first + 1).length) return
  return places.find((m) => m !== destination && inClause(m, clause) && !prepBefore(tokens, m))
}

/** Unit kinds named in a span of tokens, once each, in the order of the lexicon. */
export function unitsOf(tokens: Token[], span: { first: number; last: number }): ContingentUnit[] {
  const out: ContingentUnit[] = []
  for (const { kind, patterns } of KINDS) {
    const m = patterns.flatMap((p) => findMatches(p, tokens, span.first, span.last + 1))[0]
    if (!m) continue
    const text = tokens
      .slice(m.first, m.last + 1)
      .map((t) => t.text)
      .join(' ')
    out.push({ kind, text })
  }
  return out
}

/** One record per deployment event, plus one per contributing country. */
export function deploymentRecords(
  eventId: string,
  date: string | null,
  kind: 'deployment' | 'withdrawal',
  infos: DeploymentInfo[],
  quantities: Quantity[],
): Deployment[] {
  const pick = (f: (i: DeploymentInfo) => string | null) =>
    infos.map(f).find((x) => x !== null) ?? null
  const main: Deployment = {
    id: `dp-${hashString(`${eventId}|`)}`,
    eventId,
    sender: pick((i) => i.sender),
    contingent: quantities.filter((q) => CONTINGENT_UNITS.has(q.unit)),
    origin: pick((i) => i.origin),
    destination: pick((i) => i.destination),
    date,
    mission: pick((i) => i.mission),
    kind,
  }
  const units = uniqueKinds(infos.flatMap((i) => i.units))
  const out = [units.length ? { ...main, units } : main]
  const seen = new Set([main.sender])
  for (const c of infos.flatMap((i) => i.contributors)) {
    if (seen.has(c.sender)) continue
    seen.add(c.sender)
    out.push({
      ...main,
      id: `dp-${hashString(`${eventId}|${c.sender}`)}`,
      sender: c.sender,
      contingent: c.contingent,
    })
  }
  return out
}

function uniqueKinds(units: ContingentUnit[]): ContingentUnit[] {
  const seen = new Set<string>()
  return units.filter((u) => !seen.has(u.kind) && seen.add(u.kind))
}

function inClause(m: Span, c: Clause): boolean {
  return m.start >= c.start && m.end <= c.end
}

/**
 * The word before a mention, or the proclitic attached to it ("بكازاخستان" → ب, "إلى كازاخستان"
 * → إلى, "من شبه جزيرة القرم" → من).
 */
function prepBefore(tokens: Token[], m: EntityMention): string {
  const i = tokens.findIndex((t) => t.end > m.start)
  if (i < 0) return ''
  const t = tokens[i]!
  if (m.start > t.start) {
    const clitic = tokenKey(t.text.slice(0, m.start - t.start)).replace(/^و/, '')
    return clitic.replace(/ال$/, '') || clitic
  }
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (tokens[k]!.kind !== 'word') return ''
    const key = tokens[k]!.key.replace(/^و(?=\S{2})/, '')
    if (DEST.has(key) || ARRIVAL.has(key) || ORIGIN.has(key)) return key
  }
  return ''
}

/**
 * The sender: a nisba on the force ("القوات الروسية"), a country or organisation between the verb
 * and the force ("أرسلت روسيا قوات"), a subject before the verb ("المنظمة ترسل قوات"), or the
 * organisation the force belongs to ("التابعة لمنظمة ...").
 */
function senderOf(
  tokens: Token[],
  clause: Clause,
  trigger: Trigger,
  mentions: EntityMention[],
  forceWords: number[],
): EntityMention | undefined {
  const inside = mentions.filter((m) => inClause(m, clause))
  const at = (m: EntityMention) => tokens.findIndex((t) => t.end > m.start)
  // "قوات روسية"، "طائرات نقل عسكرية ألمانية": the nisba describes the force, up to two words
  // after it, with no preposition or comma between ("قوات إلى الحدود الروسية" is a place).
  const describes = (m: EntityMention, f: number) =>
    at(m) > f &&
    at(m) - f <= NISBA_REACH &&
    tokens.slice(f + 1, at(m)).every((t) => t.kind === 'word' && !PREPS.has(t.key))
  const nisba = inside.find((m) => m.kind === 'nisba' && forceWords.some((f) => describes(m, f)))
  if (nisba) return nisba
  const firstForce = forceWords.find((f) => f > trigger.first) ?? clause.last + 1
  const subject = inside.find(
    (m) =>
      m.type !== 'PER' && at(m) > trigger.first && at(m) < firstForce && !prepBefore(tokens, m),
  )
  if (subject) return subject
  const before = inside.filter(
    (m) => m.type !== 'PER' && at(m) < trigger.first && !prepBefore(tokens, m),
  )
  if (before.length) return before[before.length - 1]
  const affiliations = AFFILIATION.flatMap((p) =>
    findMatches(p, tokens, clause.first, clause.last + 1),
  )
  for (const m of affiliations) {
    const org = mentions.find((x) => x.type === 'ORG' && at(x) > m.last && at(x) <= m.last + 2)
    if (org) return org
  }
  return undefined
}

/**
 * "أعلنت روسيا انسحاب قواتها": a force with a possessive suffix belongs to the subject before
 * the verb, even when that subject only announces the move.
 */
function possessor(
  tokens: Token[],
  trigger: Trigger,
  mentions: EntityMention[],
  forceWords: number[],
): EntityMention | undefined {
  if (
    !forceWords.some(
      (f) =>
        f >= trigger.first && RE_POSSESSIVE.test(tokens[f]!.text.replace(/[\u064B-\u0652]/gu, '')),
    )
  )
    return
  const at = (m: EntityMention) => tokens.findIndex((t) => t.end > m.start)
  return mentions.filter((m) => m.type !== 'PER' && at(m) < trigger.first).at(-1)
}

/**
 * "أعلنت وزارة الدفاع البريطانية إرسال فرقاطتين": a country's ministry or minister announcing
 * that forces are sent speaks for the country that sends them. Only for sending: who announces
 * an arrival may be the host.
 */
function announcerCountry(input: DeploymentInput): EntityMention | undefined {
  if (input.withdrawal || !input.trigger.rule.id.startsWith('deployment.sent')) return
  const inSpeaker = (m: EntityMention) =>
    input.speakers.some((sp) => sp.start <= m.start && m.end <= sp.end)
  return input.mentions.filter((m) => m.kind === 'nisba' && inSpeaker(m)).at(-1)
}

/** "قوات حفظ السلام الأممية": an organisation's adjective up to three words after a force. */
function orgAdjective(tokens: Token[], forceWords: number[]): string | null {
  for (const f of forceWords) {
    for (const { pattern, org } of ADJECTIVES) {
      if (findMatches(pattern, tokens, f + 1, Math.min(tokens.length, f + 4)).length) return org
    }
  }
  return null
}

function missionOf(
  tokens: Token[],
  mentions: EntityMention[],
): { name: string | null; org?: EntityMention } {
  const at = (m: EntityMention) => tokens.findIndex((t) => t.end > m.start)
  for (const p of MISSION) {
    const m = findMatches(p, tokens)[0]
    if (!m) continue
    const org = mentions.find((x) => x.type === 'ORG' && at(x) > m.last && at(x) <= m.last + 4)
    if (org) return { name: org.canonical, org }
    // "قوات حفظ السلام" with no organisation named: the force's name as written.
    const from = m.first > 0 && /قو/.test(tokens[m.first - 1]!.key) ? m.first - 1 : m.first
    const name = tokens
      .slice(from, m.last + 1)
      .map((t) => t.text)
      .join(' ')
    return { name }
  }
  return { name: null }
}

/** "وحدات من القوات المسلحة لروسيا وبيلاروسيا وأرمينيا": one contributor per listed country. */
function contributorsOf(input: DeploymentInput): DeploymentInfo['contributors'] {
  const { tokens, mentions, quantities } = input
  const cue = COMPOSITION.flatMap((p) => findMatches(p, tokens))[0]
  if (!cue) return []
  const listed = mentions.filter((m) => m.type === 'LOC' && m.start >= tokens[cue.last]!.end)
  const names = [...new Set(listed.map((m) => m.canonical))]
  if (names.length < 2) return []
  return names.map((sender) => {
    const m = listed.find((x) => x.canonical === sender)!
    const next = listed.find((x) => x.start > m.start && x.canonical !== sender)
    const contingent = quantities.filter(
      (q) =>
        CONTINGENT_UNITS.has(q.unit) &&
        q.start! >= m.end &&
        (next === undefined || q.end! <= next.start),
    )
    return { sender, contingent }
  })
}
