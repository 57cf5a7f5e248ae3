import type { Article, EntityType } from '../types'
import { splitSentences } from '../sentences'
import { tagEntities } from '.'

export interface LineEntity {
  start: number
  end: number
  type: EntityType
  text: string
}

/**
 * Names in one standalone sentence (the `ner` CLI, and the held-out evaluation of the training
 * script): the full tagger on a one-paragraph article, keeping names only. Country adjectives
 * are left out, and so is a place inside a longer name (the airport, not its city).
 */
export function tagLine(line: string): LineEntity[] {
  const article: Article = {
    id: 'a-line',
    file: 'line',
    title: null,
    published: null,
    author: null,
    language: 'ar',
    text: line,
    warnings: [],
    paragraphs: line.trim() ? [{ start: 0, end: line.length }] : [],
  }
  const names = tagEntities(article, splitSentences(line, article.paragraphs)).filter(
    (m) => m.kind !== 'nisba',
  )
  return names
    .filter(
      (m) =>
        !names.some(
          (o) =>
            o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        ),
    )
    .map((m) => ({ start: m.start, end: m.end, type: m.type, text: m.text }))
}
