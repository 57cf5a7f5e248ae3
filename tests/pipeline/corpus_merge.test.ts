import { describe, expect, it } from 'vitest'
import { assembleCorpus } from '../../src/pipeline/corpus'
import { splitParagraphs, splitSentences } from '../../src/pipeline/sentences'
import type { ArticleResult, EntityMention, EntityType, FileResult } from '../../src/pipeline/types'

/** Builds an ArticleResult whose mentions are every occurrence of the given names. */
function result(id: string, text: string, names: [string, EntityType, string?][]): FileResult {
  const mentions: EntityMention[] = []
  for (const [name, type, canonical] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      mentions.push({
        start: i,
        end: i + name.length,
        text: name,
        type,
        kind: 'name',
        canonical: canonical ?? name,
      })
    }
  }
  const paragraphs = splitParagraphs(text)
  const r: ArticleResult = {
    article: {
      id,
      file: `${id}.txt`,
      title: null,
      published: null,
      author: null,
      language: 'ar',
      text,
      warnings: [],
      paragraphs,
    },
    sentences: splitSentences(text, paragraphs),
    timexes: [],
    mentions,
    events: [],
    deployments: [],
  }
  return { file: r.article.file, results: [r], errors: [] }
}

describe('assembleCorpus: entities', () => {
  it('merges spellings that normalise alike, across articles', () => {
    const corpus = assembleCorpus([
      result('a-1', 'وصل توكاييف إلى ألماتى.', [
        ['توكاييف', 'PER'],
        ['ألماتى', 'LOC'],
      ]),
      result('a-2', 'غادر توكاييف ألماتي.', [
        ['توكاييف', 'PER'],
        ['ألماتي', 'LOC'],
      ]),
    ])
    const loc = corpus.entities.find((e) => e.type === 'LOC')!
    expect(corpus.entities.filter((e) => e.type === 'LOC')).toHaveLength(1)
    expect([loc.name, ...loc.aliases].sort()).toEqual(['ألماتى', 'ألماتي'])
    expect(loc.mentions.map((m) => m.articleId).sort()).toEqual(['a-1', 'a-2'])
    expect(loc.id).toMatch(/^e-[0-9a-f]{14}$/)
  })

  it('uses the canonical name for mentions such as surnames', () => {
    const corpus = assembleCorpus([
      result('a-1', 'قال فلاديمير بوتين. ثم أضاف بوتين.', [
        ['فلاديمير بوتين', 'PER'],
        ['أضاف بوتين', 'PER', 'فلاديمير بوتين'],
      ]),
    ])
    expect(corpus.entities).toHaveLength(1)
    expect(corpus.entities[0]!.name).toBe('فلاديمير بوتين')
  })

  it('keeps one type apart from another', () => {
    const corpus = assembleCorpus([
      result('a-1', 'تونس وتونس.', [
        ['تونس', 'LOC'],
        ['وتونس', 'ORG', 'تونس'],
      ]),
    ])
    expect(corpus.entities.map((e) => e.type).sort()).toEqual(['LOC', 'ORG'])
  })
})

describe('assembleCorpus: co-occurrence', () => {
  const corpus = assembleCorpus([
    result('a-1', 'التقى سمير بليلى في عمان. وعاد سمير إلى عمان.\nثم سافرت ليلى وحدها.', [
      ['سمير', 'PER'],
      ['ليلى', 'PER'],
      ['عمان', 'LOC'],
    ]),
  ])
  const name = (id: string) => corpus.entities.find((e) => e.id === id)!.name
  const pair = (x: string, y: string) =>
    corpus.cooccurrence.find((p) => [name(p.a), name(p.b)].sort().join() === [x, y].sort().join())

  it('counts shared sentences and paragraphs', () => {
    expect(pair('سمير', 'عمان')?.count).toBe(2)
    expect(pair('سمير', 'ليلى')?.count).toBe(1)
    expect(pair('سمير', 'ليلى')?.paragraphCount).toBe(1)
    expect(pair('ليلى', 'عمان')?.articleCount).toBe(1)
  })

  it('scores a pair that always appears together above one that does not', () => {
    expect(pair('سمير', 'عمان')!.score).toBeGreaterThan(pair('ليلى', 'عمان')!.score)
  })

  it('orders ids within a pair', () => {
    for (const p of corpus.cooccurrence) expect(p.a < p.b).toBe(true)
  })
})
