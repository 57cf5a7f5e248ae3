import { splitParagraphs, splitSentences } from '../../../src/pipeline/sentences'
import type {
  Article,
  ArticleResult,
  EntityMention,
  EntityType,
  MentionKind,
} from '../../../src/pipeline/types'

/** An article built from invented text, with its paragraphs. */
export function article(text: string, id = 'a-test'): Article {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    published: null,
    author: null,
    language: 'ar',
    text,
    warnings: [],
    paragraphs: splitParagraphs(text),
  }
}

export interface Spec {
  text: string
  type: EntityType
  canonical?: string
  kind?: MentionKind
  /** Which occurrence of `text` (default: every one). */
  nth?: number
}

/** An ArticleResult whose mentions are given by hand (for the corpus-level steps). */
export function resultOf(id: string, text: string, specs: Spec[]): ArticleResult {
  const a = article(text, id)
  const mentions: EntityMention[] = []
  for (const s of specs) {
    let n = 0
    for (let i = text.indexOf(s.text); i >= 0; i = text.indexOf(s.text, i + 1), n++) {
      if (s.nth !== undefined && s.nth !== n) continue
      mentions.push({
        start: i,
        end: i + s.text.length,
        text: s.text,
        type: s.type,
        kind: s.kind ?? 'name',
        canonical: s.canonical ?? s.text,
      })
    }
  }
  return {
    article: a,
    sentences: splitSentences(text, a.paragraphs),
    timexes: [],
    mentions,
    events: [],
    deployments: [],
  }
}
