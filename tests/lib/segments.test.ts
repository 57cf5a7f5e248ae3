import { describe, expect, it } from 'vitest'
import { articleMarks, revealControls, segmentText } from '../../src/lib/segments'
import { syntheticCorpus } from '../helpers/synthetic'

describe('segmentText', () => {
  it('cuts text where marks start and end; each run lists its marks', () => {
    const segs = segmentText('abcdef', [
      { start: 1, end: 4, kind: 'x' },
      { start: 2, end: 3, kind: 'y' },
    ])
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.kind).join('+')])).toEqual([
      ['a', ''],
      ['b', 'x'],
      ['c', 'x+y'],
      ['d', 'x'],
      ['ef', ''],
    ])
  })

  it('keeps to a paragraph and ignores empty marks', () => {
    const segs = segmentText(
      'ab\ncd',
      [
        { start: 1, end: 4, kind: 'x' },
        { start: 2, end: 2, kind: 'z' },
      ],
      3,
      5,
    )
    expect(segs.map((s) => [s.text, s.marks.length])).toEqual([
      ['c', 1],
      ['d', 0],
    ])
  })
})

describe('revealControls', () => {
  it('turns bidi overrides and zero-width characters into visible pieces', () => {
    expect(revealControls('a\u202Eبج\u202Cd\u200Be')).toEqual([
      { text: 'a' },
      { text: '\u202E', control: 'RLO' },
      { text: 'بج' },
      { text: '\u202C', control: 'PDF' },
      { text: 'd' },
      { text: '\u200B', control: 'ZWSP' },
      { text: 'e' },
    ])
  })

  it('keeps joiners, which only shape letters, and plain text as one piece', () => {
    expect(revealControls('می\u200Cخواهم')).toEqual([{ text: 'می\u200Cخواهم' }])
    expect(revealControls('')).toEqual([{ text: '' }])
  })
})

describe('articleMarks', () => {
  const { corpus } = syntheticCorpus()
  const article = corpus.articles[0]!
  const all = { timex: true, PER: true, ORG: true, LOC: true, event: true }
  const kinds = (layers: typeof all) =>
    new Set(articleMarks(article.id, corpus, corpus.events, layers).map((m) => m.kind))

  it('marks dates, entities by type, event sentences and triggers of one article', () => {
    expect(kinds(all)).toEqual(
      new Set(['timex', 'entity-PER', 'entity-ORG', 'entity-LOC', 'event', 'trigger']),
    )
    for (const m of articleMarks(article.id, corpus, corpus.events, all)) {
      expect(m.end).toBeLessThanOrEqual(article.text.length)
    }
  })

  it('leaves out switched-off layers', () => {
    expect(kinds({ ...all, timex: false, LOC: false, event: false })).toEqual(
      new Set(['entity-PER', 'entity-ORG']),
    )
  })
})
