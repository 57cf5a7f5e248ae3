import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchTerm } from '../../src/lib/search'
import ar from '../../src/i18n/locales/ar.json'
import en from '../../src/i18n/locales/en.json'
import type { EventType } from '../../src/pipeline/types'
import { syntheticCorpus } from '../helpers/synthetic'

const { corpus } = syntheticCorpus()
const index = buildSearchIndex(corpus, (t: EventType) => [ar.eventType[t], en.eventType[t]])
const kinds = (q: string) => index.search(q, 50).map((h) => `${h.kind}:${h.title}`)

describe('searchTerm', () => {
  it.each([
    ['إسبانيا', 'اسبانيا'],
    ['مستشفى', 'مستشفي'],
    ['الحكومة', 'حكومه'],
    ['والحكومة', 'حكومه'],
    ['بالمغرب', 'مغرب'],
    ['MSF', 'msf'],
    ['الم', 'الم'], // too short to lose its article
    ['ولد', 'ولد'], // a lone و is a letter of the word, not a clitic
  ])('%s → %s', (input, out) => expect(searchTerm(input)).toBe(out))
})

describe('buildSearchIndex', () => {
  it('finds an entity whatever the hamza spelling', () => {
    expect(kinds('اسبانيا')).toContain('entity:إسبانيا')
    expect(kinds('إسبانيا')).toContain('entity:إسبانيا')
  })

  it('finds an entity by an alias, and events by their words', () => {
    expect(kinds('msf')).toContain('entity:أطباء بلا حدود')
    expect(index.search('استقالته').map((h) => h.kind)).toContain('event')
  })

  it('finds events by their type in either language', () => {
    const ids = (q: string) =>
      index
        .search(q, 50)
        .filter((h) => h.kind === 'event')
        .map((h) => h.ref)
    const withdrawals = corpus.events.filter((e) => e.type === 'withdrawal').map((e) => e.id)
    expect(ids('Withdrawal').sort()).toEqual([...withdrawals].sort())
    expect(ids('انسحاب').sort()).toEqual([...withdrawals].sort())
  })

  it('finds articles by words of their text, and gives the article of an event', () => {
    const hits = index.search('الأنقاض')
    expect(hits.some((h) => h.kind === 'article')).toBe(true)
    const ev = index.search('اعتقلت').find((h) => h.kind === 'event')!
    expect(corpus.articles.map((a) => a.id)).toContain(ev.articleId)
  })

  it.each(['', '   ', 'بطريق', 'zzzz'])('finds nothing for %j', (q) => {
    expect(index.search(q)).toEqual([])
  })
})
