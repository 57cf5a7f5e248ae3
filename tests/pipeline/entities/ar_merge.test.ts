import { describe, expect, it } from 'vitest'
import { mergeEntities } from '../../../src/pipeline/entities/merge'
import { resultOf } from './helpers'

const names = (e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].sort()

describe('mergeEntities across articles', () => {
  it('merges transliteration variants of one person and one place', () => {
    const index = mergeEntities([
      resultOf('a-1', 'وصل توكاييف إلى ألماتي.', [
        { text: 'توكاييف', type: 'PER' },
        { text: 'ألماتي', type: 'LOC' },
      ]),
      resultOf('a-2', 'غادر توقاييف ألما آتا.', [
        { text: 'توقاييف', type: 'PER' },
        { text: 'ألما آتا', type: 'LOC' },
      ]),
      resultOf('a-3', 'زار توكايف ألما-آتا.', [
        { text: 'توكايف', type: 'PER' },
        { text: 'ألما-آتا', type: 'LOC' },
      ]),
    ])
    expect(index.entities).toHaveLength(2)
    const loc = index.entities.find((e) => e.type === 'LOC')!
    expect(names(loc)).toEqual(['ألما آتا', 'ألما-آتا', 'ألماتي'])
    expect(loc.mentions).toHaveLength(3)
  })

  it('joins a surname to the one full name that ends in it, across articles', () => {
    const index = mergeEntities([
      resultOf('a-1', 'قال قاسم جومارت توكاييف ذلك.', [
        { text: 'قاسم جومارت توكاييف', type: 'PER' },
      ]),
      resultOf('a-2', 'وقال توكاييف.', [{ text: 'توكاييف', type: 'PER' }]),
      resultOf('a-3', 'أعلن قاسم توكاييف.', [{ text: 'قاسم توكاييف', type: 'PER' }]),
    ])
    expect(index.entities).toHaveLength(1)
    expect(index.entities[0]!.name).toBe('قاسم جومارت توكاييف')
    expect(index.idOf('a-2', 'توكاييف')).toBe(index.entities[0]!.id)
  })

  it('keeps two people who share a surname apart, and the bare surname too', () => {
    const index = mergeEntities([
      resultOf('a-1', 'قال جو بايدن.', [{ text: 'جو بايدن', type: 'PER' }]),
      resultOf('a-2', 'قال هانتر بايدن.', [{ text: 'هانتر بايدن', type: 'PER' }]),
      resultOf('a-3', 'قال بايدن.', [{ text: 'بايدن', type: 'PER' }]),
    ])
    expect(index.entities.map((e) => e.name).sort()).toEqual(['بايدن', 'جو بايدن', 'هانتر بايدن'])
  })

  it('lists nisba adjectives and designator forms among the aliases', () => {
    const text = 'قالت الحكومة الروسية إن روسيا مستعدة. وزار منطقة مانجيستاو.'
    const r = resultOf('a-1', text, [
      { text: 'الروسية', type: 'LOC', kind: 'nisba', canonical: 'روسيا' },
      { text: 'روسيا', type: 'LOC' },
      { text: 'مانجيستاو', type: 'LOC' },
    ])
    const m = r.mentions.find((x) => x.text === 'مانجيستاو')!
    m.extent = { start: text.indexOf('منطقة'), end: m.end }
    const index = mergeEntities([r])
    const russia = index.entities.find((e) => e.name === 'روسيا')!
    expect(russia.aliases).toEqual(['الروسية'])
    expect(russia.mentions.map((x) => x.kind).sort()).toEqual(['name', 'nisba'])
    const region = index.entities.find((e) => e.name === 'مانجيستاو')!
    expect(region.aliases).toEqual(['منطقة مانجيستاو'])
  })

  it('gives the same ids whatever the order of the articles', () => {
    const a = resultOf('a-1', 'قال بوتين في موسكو.', [
      { text: 'بوتين', type: 'PER', canonical: 'فلاديمير بوتين' },
      { text: 'موسكو', type: 'LOC' },
    ])
    const b = resultOf('a-2', 'قال فلاديمير بوتين.', [{ text: 'فلاديمير بوتين', type: 'PER' }])
    const ids = (rs: (typeof a)[]) =>
      mergeEntities(rs)
        .entities.map((e) => `${e.id}:${e.name}:${e.aliases.join('|')}`)
        .sort()
    expect(ids([a, b])).toEqual(ids([b, a]))
  })

  it('never merges across types', () => {
    const index = mergeEntities([
      resultOf('a-1', 'تونس وتونس.', [
        { text: 'تونس', type: 'LOC', nth: 0 },
        { text: 'تونس', type: 'ORG', nth: 1 },
      ]),
    ])
    expect(index.entities.map((e) => e.type).sort()).toEqual(['LOC', 'ORG'])
  })
})
