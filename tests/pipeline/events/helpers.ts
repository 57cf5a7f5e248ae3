import { extractEvents, type EventInput, type EventOutput } from '../../../src/pipeline/events'
import { splitParagraphs, splitSentences } from '../../../src/pipeline/sentences'
import type {
  Article,
  EntityMention,
  EntityType,
  MentionKind,
  MirsadEvent,
  Timex,
} from '../../../src/pipeline/types'

/** A time expression given by its words and its TIMEX3 value (the temporal layer's output). */
export type TimexSpec = [text: string, value: string | null, type?: Timex['type']]
/** An entity mention given by its words (every occurrence), type, canonical name and kind. */
export type MentionSpec = [text: string, type: EntityType, canonical?: string, kind?: MentionKind]

export interface InputOptions {
  id?: string
  published?: string | null
  title?: string | null
  timexes?: TimexSpec[]
  mentions?: MentionSpec[]
}

export function makeInput(text: string, opts: InputOptions = {}): EventInput {
  const id = opts.id ?? 'a-test'
  const paragraphs = splitParagraphs(text)
  const article: Article = {
    id,
    file: `${id}.txt`,
    title: opts.title ?? null,
    published: opts.published === undefined ? '2023-03-10' : opts.published,
    author: null,
    language: 'ar',
    text,
    warnings: [],
    paragraphs,
  }
  const timexes: Timex[] = []
  for (const [t, value, type] of opts.timexes ?? []) {
    for (const at of occurrences(text, t)) {
      timexes.push({
        articleId: id,
        text: t,
        start: at,
        end: at + t.length,
        type: type ?? 'DATE',
        value,
        anchor: 'explicit',
      })
    }
  }
  const mentions: EntityMention[] = []
  for (const [t, type, canonical, kind] of opts.mentions ?? []) {
    for (const at of occurrences(text, t)) {
      mentions.push({
        start: at,
        end: at + t.length,
        text: t,
        type,
        kind: kind ?? 'name',
        canonical: canonical ?? t,
      })
    }
  }
  timexes.sort((a, b) => a.start - b.start)
  mentions.sort((a, b) => a.start - b.start)
  return { article, sentences: splitSentences(text, paragraphs), timexes, mentions }
}

export function run(text: string, opts: InputOptions = {}): EventOutput {
  return extractEvents(makeInput(text, opts))
}

export function events(text: string, opts: InputOptions = {}): MirsadEvent[] {
  return run(text, opts).events
}

export function types(text: string, opts: InputOptions = {}): string[] {
  return [...new Set(events(text, opts).map((e) => e.type))].sort()
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push(i)
  }
  return out
}
