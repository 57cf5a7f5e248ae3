import type {
  Article,
  Deployment,
  EntityMention,
  EventSource,
  EventType,
  MirsadEvent,
  Modality,
  Quantity,
  QuantityUnit,
  Sentence,
  Span,
  Timex,
} from '../types'
import { COUNTRIES } from '../entities/gazetteers/countries'
import { hashString } from '../util/hash'
import { argumentsIn, lastActorBefore, unique } from './arguments'
import { indexClauses, splitBefore, splitClauses, type Clause } from './clauses'
import { clusterEvents, combine } from './cluster'
import {
  earlierSpans,
  makeDateFinder,
  sequenceCues,
  type DateFinder,
  type EventDate,
  type SequenceCue,
} from './dates'
import {
  deploymentInfo,
  deploymentRecords,
  type DeploymentInfo,
  type DeploymentInput,
} from './deployments'
import { detectTriggers, type Trigger } from './detect'
import { articleLayout, bySentence, inStamp, type Layout } from './layout'
import { ATTRIBUTION_BEFORE, CALL_COMPLEMENTS, SOURCE_CUES } from './lexicon/cues'
import type { TriggerRule } from './lexicon/triggers'
import { modalityOf } from './modality'
import { compilePattern, findMatches } from './pattern'
import { readQuantities } from './quantities'
import {
  explicitSpeaker,
  resolveFrames,
  speakersMatch,
  type FrameGroup,
  type Speaker,
} from './statements'
import { markAsides, tokenKey, tokenize, type Token } from './tokens'

export interface EventInput {
  article: Article
  sentences: Sentence[]
  timexes: Timex[]
  mentions: EntityMention[]
}

export interface EventOutput {
  /** `actors` and `locations` hold `EntityMention.canonical` names until the corpus merge. */
  events: MirsadEvent[]
  deployments: Deployment[]
}

/**
 * Events of one article: typed, dated, with their sources, arguments and quantities.
 *
 *   per sentence  tokens → clauses → triggers (lexicon/triggers.ts) → modality → reporting verbs
 *                 (statements.ts) → date, quantities, actors and places per clause
 *   per article   a statement continued with no speaker ("وأضاف:") joins the one before it;
 *                 reports of one event (headline and body, several sentences) are merged
 *                 (cluster.ts); deployment records are built from the merged events.
 */
export function extractEvents(raw: EventInput): EventOutput {
  const { article, sentences } = raw
  if (!sentences.length) return { events: [], deployments: [] }
  const layout = articleLayout(article, sentences, raw.timexes, raw.mentions)
  // The agency and the newsroom's place in a dateline take part in no event.
  const input = { ...raw, mentions: raw.mentions.filter((m) => !inStamp(layout, m)) }
  const dates = makeDateFinder(article, sentences, input.timexes, layout)
  const timexesBySentence = bySentence(sentences, input.timexes)
  const mentionsBySentence = bySentence(sentences, input.mentions)
  const found: Candidate[] = []
  let lastStatement: Candidate | null = null
  sentences.forEach((sentence, index) => {
    const tokens = tokenize(sentence.text, sentence.start)
    const timexes = timexesBySentence[index]!
    const clauses = splitClauses(tokens, timexes)
    markAsides(tokens, timexes)
    const earlier = earlierSpans(tokens, clauses)
    const sequences = sequenceCues(tokens)
    const { events, groups } = analyseSentence(input, dates, {
      sentence,
      index,
      tokens,
      timexes,
      clauses,
      earlier,
      sequences,
      mentions: mentionsBySentence[index]!,
    })
    dates.endSentence(index, clauses, earlier, sequences)
    found.push(...events)
    for (const g of groups) {
      if (g.kind === 'content') lastStatement = null
      else if (g.kind === 'statement') {
        found.push(g.candidate)
        if (g.candidate.type === 'statement') lastStatement = g.candidate
      } else if (lastStatement) {
        // "وأضاف:" continues the statement before it. When the verb before it reported an event
        // instead, there is no statement to continue and the fragment adds nothing.
        lastStatement.more.push(sourceOf(article, g.candidate))
      }
    }
  })
  return assemble(article, found, layout, input.mentions)
}

/** One event found in a sentence, before the article-level merge. */
interface Candidate {
  type: EventType
  rule: TriggerRule
  sentence: Sentence
  trigger: Span
  date: EventDate
  modality: Modality
  actors: string[]
  locations: string[]
  quantities: Quantity[]
  speaker: Speaker | null
  deployment: DeploymentInfo | null
  /** Further sentences of the same statement. */
  more: EventSource[]
}

type GroupOutcome =
  | { kind: 'statement'; candidate: Candidate }
  | { kind: 'continuation'; candidate: Candidate }
  | { kind: 'content' }

const SOURCES = SOURCE_CUES.map(compilePattern)
const ATTRIBUTIONS = ATTRIBUTION_BEFORE.map(compilePattern)
/** Which figures each event type carries. */
const ACCEPTS: Partial<Record<EventType, QuantityUnit[]>> = {
  casualties: ['killed', 'injured'],
  arrest: ['arrested'],
  deployment: ['troops', 'aircraft', 'vehicles'],
  withdrawal: ['troops', 'aircraft', 'vehicles'],
  other: ['other'],
}

/** One sentence, tokenized and split into clauses. */
interface SentenceView {
  sentence: Sentence
  index: number
  tokens: Token[]
  timexes: Timex[]
  clauses: Clause[]
  /** Spans told as before the story's day (dates.ts). */
  earlier: Span[]
  /** "لليوم الرابع على التوالي" cues (dates.ts). */
  sequences: SequenceCue[]
  /** Entity mentions inside the sentence. */
  mentions: EntityMention[]
}

function analyseSentence(
  input: EventInput,
  dates: DateFinder,
  view: SentenceView,
): { events: Candidate[]; groups: GroupOutcome[] } {
  const { article } = input
  const { sentence, index, tokens, timexes, clauses: coarse } = view
  const found = detectTriggers(tokens, coarse)
  // "بحسب ما أفادت الوزارة" attributes the sentence: no statement of its own.
  const attributions = found.filter((t) => t.rule.frame === 'report' && attributes(tokens, t))
  const triggers = found.filter((t) => !attributions.includes(t))
  if (!triggers.length) return { events: [], groups: [] }
  // A trigger after و opens a clause of its own ("مقتل عناصر ... وإصابة المئات").
  const opening = triggers.filter((t) => t.opensClause).map((t) => t.first)
  const clauses = splitBefore(tokens, coarse, opening)
  const fine = indexClauses(clauses, tokens.length)
  const wide = indexClauses(coarse, tokens.length)
  const clauseOf = (t: Trigger) => fine.at(t.first)!
  const modality = new Map(triggers.map((t) => [t, modalityOf(tokens, clauseOf(t), t)] as const))
  const speakerOf = (t: Trigger) => explicitSpeaker(tokens, wide.at(t.first)!, t, timexes)
  const attributed =
    attributions.length > 0 || SOURCES.some((p) => findMatches(p, tokens).length > 0)
  const frames = resolveFrames(
    triggers,
    wide,
    quotedRanges(tokens),
    modality,
    speakerOf,
    attributed,
  )
  const mentions = view.mentions

  const make = (t: Trigger): Candidate => {
    const clause = clauseOf(t)
    const span = { start: tokens[t.headFirst]!.start, end: tokens[t.headLast]!.end }
    const m = modality.get(t) ?? 'asserted'
    const date = dates.dateOf({
      sentence: index,
      clause,
      trigger: span,
      speech: t.rule.type === 'statement' || t.rule.type === 'request',
      earlier: view.earlier.some((e) => e.start <= span.start && span.start < e.end),
      future: m === 'planned' || m === 'conditional',
      until: t.rule.frame === 'call' ? complementStart(tokens, t) : undefined,
      sequence: view.sequences.find((c) => clause.start <= c.start && c.end <= clause.end)?.n,
    })
    return {
      type: t.rule.type,
      rule: t.rule,
      sentence,
      trigger: span,
      date,
      modality: m,
      ...argumentsIn(mentions, clause),
      quantities: [],
      speaker: null,
      deployment: null,
      more: [],
    }
  }

  const events: Candidate[] = []
  const byTrigger = new Map<Candidate, Trigger>()
  for (const t of triggers) {
    const disposition = frames.content.get(t)
    if (!disposition || disposition === 'drop') continue
    const c = make(t)
    if (disposition === 'reported') c.modality = 'reported'
    events.push(c)
    byTrigger.set(c, t)
  }
  const groups = frames.groups.map((g) => {
    // A report whose content is an event is that event; a call or a denial stays a statement;
    // "لم تعلن الحكومة ..." is no statement at all.
    const news = g.root.rule.frame === 'report' && g.hasContent && !g.root.rule.reaction
    if (news || modality.get(g.root) === 'denied') {
      return { kind: 'content' } as const
    }
    return statementOf(g, make(g.root), tokens, mentions)
  })

  const quantities = clauses.map((clause) => ({
    clause,
    quantities: readQuantities(tokens, clause.first, clause.last, {
      articleId: article.id,
      text: article.text,
      timexes,
      personUnit: (i) => personUnit(triggers, fine.at(i), i),
    }),
  }))
  assignQuantities(events, quantities)
  const all = quantities.flatMap((q) => q.quantities)
  const speakers = triggers
    .filter((t) => t.rule.frame)
    .map(speakerOf)
    .filter((sp) => sp !== null)
    .map((sp) => ({ start: tokens[sp.first]!.start, end: tokens[sp.last]!.end }))
  for (const c of events) {
    if (c.type !== 'deployment' && c.type !== 'withdrawal') continue
    addDeployment(c, {
      tokens,
      clause: clauseOfSpan(clauses, c.trigger),
      clauses,
      trigger: byTrigger.get(c)!,
      mentions,
      quantities: all,
      withdrawal: c.type === 'withdrawal',
      speakers,
    })
  }
  return { events, groups }
}

/**
 * The statement (or request) of a group of reporting verbs. Its actors are the entities named as
 * its speaker, else the last person or organisation before the verb ("راشد الغنوشي ... ندد");
 * with neither, it continues the previous statement.
 */
function statementOf(
  g: FrameGroup,
  c: Candidate,
  tokens: Token[],
  mentions: EntityMention[],
): GroupOutcome {
  c.speaker = g.speaker
  const named = g.speaker
    ? argumentsIn(mentions, {
        start: tokens[g.speaker.first]!.start,
        end: tokens[g.speaker.last]!.end,
      }).actors
    : []
  const subject = g.speaker
    ? undefined
    : lastActorBefore(mentions, c.sentence.start, c.trigger.start)
  c.actors = unique([...named, ...(subject ? [subject.canonical] : []), ...c.actors])
  const continuation = c.type === 'statement' && !g.speaker && !g.root.rule.act && !subject
  return { kind: continuation ? 'continuation' : 'statement', candidate: c }
}

/**
 * Sender, origin, destination and mission of a deployment. The countries sending a force are
 * not where it goes: its places become its destination and origin, when known.
 */
function addDeployment(c: Candidate, input: DeploymentInput): void {
  const info = deploymentInfo(input)
  c.deployment = info
  const places = [info.destination, info.origin].filter((x) => x !== null)
  const senders = new Set([info.sender, ...info.contributors.map((x) => x.sender)])
  c.locations = places.length ? places : c.locations.filter((l) => !senders.has(l))
}

function attributes(tokens: Token[], verb: Trigger): boolean {
  const lo = Math.max(0, verb.first - 3)
  return ATTRIBUTIONS.some((p) =>
    findMatches(p, tokens, lo, verb.first).some((m) => m.last === verb.first - 1),
  )
}

/** Whether a token lies inside quotation marks (“...”، «...»، "..."). */
function quotedRanges(tokens: Token[]): (i: number) => boolean {
  const inside: boolean[] = []
  let open: string | null = null
  tokens.forEach((t, i) => {
    const ch = t.kind === 'punct' ? t.text : ''
    if (open === null && (ch === '“' || ch === '«' || ch === '"'))
      open = ch === '“' ? '”' : ch === '«' ? '»' : '"'
    else if (open !== null && ch === open) open = null
    inside[i] = open !== null
  })
  return (i) => inside[i] ?? false
}

/** The unit a bare count of people takes: that of the nearest trigger with one, in the clause. */
function personUnit(
  triggers: Trigger[],
  clause: Clause | undefined,
  at: number,
): QuantityUnit | undefined {
  let best: Trigger | undefined
  for (const t of triggers) {
    if (!t.rule.unit || !clause || t.first < clause.first || t.first > clause.last) continue
    if (!best || Math.abs(t.first - at) < Math.abs(best.first - at)) best = t
  }
  return best?.rule.unit
}

/**
 * Each figure goes to the event of its clause that carries its unit (the nearest one), else to
 * the nearest such event in the sentence.
 */
function assignQuantities(
  events: Candidate[],
  byClause: { clause: Clause; quantities: Quantity[] }[],
): void {
  const takersOf = new Map<QuantityUnit, Candidate[]>()
  for (const e of events) {
    for (const u of ACCEPTS[e.type] ?? []) takersOf.set(u, [...(takersOf.get(u) ?? []), e])
  }
  for (const { clause, quantities } of byClause) {
    for (const q of quantities) {
      const takers = takersOf.get(q.unit) ?? []
      if (!takers.length) continue
      const inClause = takers.filter(
        (e) => e.trigger.start >= clause.start && e.trigger.end <= clause.end,
      )
      const pool = inClause.length ? inClause : takers
      const nearest = pool.reduce((a, b) =>
        Math.abs(b.trigger.start - q.start!) < Math.abs(a.trigger.start - q.start!) ? b : a,
      )
      nearest.quantities.push(q)
    }
  }
}

const COMPLEMENTS = new Set(CALL_COMPLEMENTS.map(tokenKey))

/** Where what a call asks for begins ("دعا ... إلى إضراب عام يوم الاثنين"), if it does. */
function complementStart(tokens: Token[], t: Trigger): number | undefined {
  for (let i = t.last + 1; i < tokens.length; i++) {
    const tok = tokens[i]!
    if (COMPLEMENTS.has(tok.key) || (tok.forms[1]?.prep && /^[بل]/.test(tok.key))) return tok.start
  }
  return undefined
}

function clauseOfSpan(clauses: Clause[], span: Span): Clause {
  return clauses.find((c) => c.start <= span.start && span.end <= c.end) ?? clauses[0]!
}

function sourceOf(article: Article, c: Candidate): EventSource {
  return {
    articleId: article.id,
    sentence: c.sentence.text,
    start: c.sentence.start,
    end: c.sentence.end,
    trigger: c.trigger,
    date: c.date.date,
    dateSource: c.date.source,
    ...(c.date.end ? { dateEnd: c.date.end } : {}),
  }
}

/** Candidates → events: ids, the per-article merge, deployment records. */
function assemble(
  article: Article,
  candidates: Candidate[],
  layout: Layout,
  mentions: EntityMention[],
): EventOutput {
  const byId = new Map<string, Candidate>()
  const events = candidates.map((c) => {
    const id = `ev-${hashString(`${article.id}|${c.sentence.start}|${c.sentence.end}|${c.type}|${c.trigger.start}`)}`
    byId.set(id, c)
    const e: MirsadEvent = {
      id,
      type: c.type,
      date: c.date.date,
      dateSource: c.date.source,
      ...(c.date.end ? { dateEnd: c.date.end } : {}),
      modality: c.modality,
      sources: [sourceOf(article, c), ...c.more],
      actors: c.actors,
      locations: c.locations,
      quantities: c.quantities,
      trigger: article.text.slice(c.trigger.start, c.trigger.end),
      rule: c.rule.id,
    }
    return e
  })
  const headline = (e: MirsadEvent) => byId.get(e.id)?.sentence.paragraph === layout.titleParagraph
  const people = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.canonical))
  const groups = clusterEvents(events, {
    sameArticle: true,
    secondary: headline,
    conflict: (a, b) => deploymentsDiffer(byId.get(a.id)!, byId.get(b.id)!),
    broad: (place) => COUNTRY_NAMES.has(place),
    person: (actor) => people.has(actor),
    sameSpeaker: (a, b) => {
      const x = byId.get(a.id)!
      const y = byId.get(b.id)!
      if (x.sentence === y.sentence)
        return !(x.speaker && y.speaker) || speakersMatch(x.speaker, y.speaker)
      return speakersMatch(x.speaker, y.speaker)
    },
  })
  const merged: MirsadEvent[] = []
  const deployments: Deployment[] = []
  for (const g of groups) {
    const e = combine(g, headline)
    merged.push(e)
    if ((e.type === 'deployment' || e.type === 'withdrawal') && isFactual(e.modality)) {
      const infos = g.map((m) => byId.get(m.id)!.deployment).filter((d) => d !== null)
      deployments.push(...deploymentRecords(e.id, e.date, e.type, infos, e.quantities))
    }
  }
  return { events: merged, deployments }
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.names[0]!))

/** Two deployments told with different senders, or different troop counts, are two. */
function deploymentsDiffer(a: Candidate, b: Candidate): boolean {
  const [x, y] = [a.deployment, b.deployment]
  if (!x || !y) return false
  if (x.sender && y.sender && x.sender !== y.sender) return true
  const troops = (c: Candidate) =>
    c.quantities.filter((q) => q.unit === 'troops').map((q) => q.value)
  const [tx, ty] = [troops(a), troops(b)]
  return tx.length > 0 && ty.length > 0 && !tx.some((v) => ty.includes(v))
}

function isFactual(m: Modality): boolean {
  return m === 'asserted' || m === 'reported'
}
