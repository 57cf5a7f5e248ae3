import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runPipeline } from '../../../src/pipeline'
import type { Corpus, Deployment, MirsadEvent } from '../../../src/pipeline/types'
import {
  EVENT_GOLD,
  type ArticleGold,
  type GoldDeployment,
  type GoldEvent,
} from '../../fixtures/events/gold'

/**
 * Scores the event layer on the invented articles of tests/fixtures/events against their hand
 * annotations (gold.ts), the way ../shared/tools/score-gold.py scores the real gold set:
 *
 *   recall     required gold events found with a right type, date and modality
 *   precision  extracted events that match some gold event (type and anchor)
 *   quantities gold figures found on the matching event
 *   deployments gold deployment fields found on the record of the matching event
 *
 * Every failed check is listed by name, so that a test can print what went wrong.
 */

export const EVENT_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'events')

export interface ArticleScore {
  file: string
  recall: [number, number]
  precision: [number, number]
  quantities: [number, number]
  deployments: [number, number]
  /** Failed checks, one line each. */
  misses: string[]
  /** Failed checks that another layer is known to cause (not asserted). */
  pending: string[]
}

export async function parseFixtures(files = EVENT_GOLD.map((g) => g.file)): Promise<Corpus> {
  return runPipeline(
    files.map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(EVENT_FIXTURES, name))),
    })),
  )
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/["«»“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const FACTUAL = new Set(['asserted', 'reported'])

export function scoreArticle(corpus: Corpus, gold: ArticleGold): ArticleScore {
  const article = corpus.articles.find((a) => a.file === gold.file)
  if (!article) throw new Error(`${gold.file} was not parsed`)
  const events = corpus.events.filter((e) => e.sources.some((s) => s.articleId === article.id))
  const sentences = (e: MirsadEvent) =>
    e.sources.filter((s) => s.articleId === article.id).map((s) => norm(s.sentence))
  const withAnchor = (anchor: string) =>
    events.filter((e) => sentences(e).some((s) => s.includes(norm(anchor))))
  const typeOk = (g: GoldEvent, e: MirsadEvent) => e.type === g.type || !!g.also?.includes(e.type)
  const s: ArticleScore = {
    file: gold.file,
    recall: [0, 0],
    precision: [0, events.length],
    quantities: [0, 0],
    deployments: [0, 0],
    misses: [],
    pending: [],
  }
  const miss = (g: { pending?: string }, line: string) =>
    (g.pending ? s.pending : s.misses).push(g.pending ? `${line} (${g.pending})` : line)

  for (const g of gold.events) {
    const candidates = withAnchor(g.anchor).filter((e) => typeOk(g, e))
    const hit = candidates.find((e) => dateOk(g, e) && modalityOk(g, e))
    if (g.required !== false) {
      s.recall[1]++
      if (hit) s.recall[0]++
      else {
        const got = candidates.map((e) => `${e.type} ${e.date} ${e.dateSource} ${e.modality}`)
        miss(
          g,
          `missed ${g.type} «${g.anchor}» ${JSON.stringify(g.dates)}: got ${got.join('; ') || 'nothing'}`,
        )
      }
    }
    for (const [value, unit] of g.quantities ?? []) {
      s.quantities[1]++
      const found = candidates.some((e) =>
        e.quantities.some((q) => q.value === value && q.unit === unit),
      )
      if (found) s.quantities[0]++
      else miss(g, `no ${value} ${unit} on «${g.anchor}»`)
    }
  }
  for (const e of events) {
    const ok = gold.events.some(
      (g) => typeOk(g, e) && sentences(e).some((x) => x.includes(norm(g.anchor))),
    )
    if (ok) s.precision[0]++
    else s.misses.push(`extra ${e.type} «${e.trigger}» in «${sentences(e)[0]?.slice(0, 60)}»`)
  }
  for (const g of gold.deployments ?? []) scoreDeployment(corpus, g, withAnchor(g.anchor), s, miss)
  return s
}

function dateOk(g: GoldEvent, e: MirsadEvent): boolean {
  if (g.dates !== '*' && !g.dates.includes(e.date)) return false
  return !g.dateSource || e.dateSource === g.dateSource
}

function modalityOk(g: GoldEvent, e: MirsadEvent): boolean {
  return g.modality ? e.modality === g.modality : FACTUAL.has(e.modality)
}

function scoreDeployment(
  corpus: Corpus,
  g: GoldDeployment,
  events: MirsadEvent[],
  s: ArticleScore,
  miss: (g: { pending?: string }, line: string) => void,
): void {
  const ids = new Set(events.map((e) => e.id))
  const records = corpus.deployments.filter((d) => ids.has(d.eventId) && d.kind === g.kind)
  const names = (id: string | null): string[] => {
    if (id === null) return []
    const e = corpus.entities.find((x) => x.id === id)
    return e ? [e.name, ...e.aliases] : [id]
  }
  const check = (what: string, ok: boolean) => {
    s.deployments[1]++
    if (ok) s.deployments[0]++
    else miss(g, `deployment «${g.anchor}»: ${what} (records: ${describe(records, names)})`)
  }
  const field = (key: 'sender' | 'destination' | 'origin', want?: string[]) => {
    if (!want) return
    check(
      `${key} ${want.join('|')}`,
      records.some((d) => names(d[key]).some((n) => want.includes(n))),
    )
  }
  check(`a ${g.kind} record`, records.length > 0)
  field('sender', g.sender)
  field('destination', g.destination)
  field('origin', g.origin)
  for (const [value, unit, model] of g.contingent ?? []) {
    check(
      `contingent ${value} ${unit}${model ? ` ${model}` : ''}`,
      records.some((d) =>
        d.contingent.some(
          (q) => q.value === value && q.unit === unit && (!model || q.model === model),
        ),
      ),
    )
  }
  for (const kind of g.units ?? []) {
    check(
      `unit ${kind}`,
      records.some((d) => (d.units ?? []).some((u) => u.kind === kind)),
    )
  }
  for (const c of g.contributors ?? []) {
    check(
      `contributor ${c}`,
      records.some((d) => names(d.sender).includes(c)),
    )
  }
  if (g.ends) {
    const ends = corpus.events.filter((e) =>
      e.sources.some((x) => norm(x.sentence).includes(norm(g.ends!))),
    )
    const targets = new Set(
      corpus.deployments.filter((d) => ends.some((e) => e.id === d.eventId)).map((d) => d.id),
    )
    check(
      `ends «${g.ends}»`,
      records.some((d) => d.withdraws !== undefined && targets.has(d.withdraws)),
    )
  }
}

function describe(records: Deployment[], names: (id: string | null) => string[]): string {
  return (
    records
      .map(
        (d) =>
          `${names(d.sender)[0] ?? '-'} ${names(d.origin)[0] ?? '-'}→${names(d.destination)[0] ?? '-'} ` +
          d.contingent.map((q) => `${q.value}${q.unit}`).join(','),
      )
      .join('; ') || 'none'
  )
}

export function total(
  scores: ArticleScore[],
  key: 'recall' | 'precision' | 'quantities' | 'deployments',
) {
  const [a, b] = scores.reduce(([x, y], s) => [x + s[key][0], y + s[key][1]], [0, 0])
  return { hits: a, of: b, ratio: b ? a / b : 1 }
}
