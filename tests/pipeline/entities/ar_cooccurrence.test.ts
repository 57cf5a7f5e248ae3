import { describe, expect, it } from 'vitest'
import { computeCooccurrence } from '../../../src/pipeline/entities/cooccurrence'
import { mergeEntities } from '../../../src/pipeline/entities/merge'
import { resultOf } from './helpers'

// Invented: a country named in every sentence, two people who always appear together, and a
// city that appears once with one of them.
const TEXT = [
  'التقى سمير بليلى في عمان ثم غادرا إلى أثينا.',
  'وقال سمير إن ليلى ستعود إلى عمان.',
  'وأكدت عمان أن الزيارة ناجحة.',
  'وفي فقرة أخرى زار خالد عمان.',
].join('\n')

function pairs() {
  const results = [
    resultOf('a-1', TEXT, [
      { text: 'سمير', type: 'PER' },
      { text: 'ليلى', type: 'PER' },
      { text: 'عمان', type: 'LOC' },
      { text: 'أثينا', type: 'LOC' },
      { text: 'خالد', type: 'PER' },
    ]),
    resultOf('a-2', 'زار خالد أثينا.\nوعاد سمير.', [
      { text: 'خالد', type: 'PER' },
      { text: 'أثينا', type: 'LOC' },
      { text: 'سمير', type: 'PER' },
    ]),
  ]
  const { entities } = mergeEntities(results)
  const rows = computeCooccurrence(results, entities)
  const id = (name: string) => entities.find((e) => e.name === name)!.id
  return (x: string, y: string) => {
    const [a, b] = [id(x), id(y)].sort()
    return rows.find((r) => r.a === a && r.b === b)
  }
}

describe('computeCooccurrence', () => {
  const pair = pairs()

  it.each([
    ['سمير', 'ليلى', 2, 2, 1],
    ['سمير', 'عمان', 2, 2, 1],
    ['خالد', 'أثينا', 1, 1, 2],
    ['ليلى', 'أثينا', 1, 1, 1],
  ])('%s + %s: %i sentences, %i paragraphs, %i articles', (x, y, s, p, a) => {
    const row = pair(x, y)!
    expect(row.count).toBe(s)
    expect(row.paragraphCount).toBe(p)
    expect(row.articleCount).toBe(a)
  })

  it('leaves out a pair that shares only articles, never a sentence or paragraph', () => {
    expect(pair('سمير', 'خالد')).toBeUndefined()
  })

  it('scores people who always appear together above the country named everywhere', () => {
    expect(pair('سمير', 'ليلى')!.score).toBeGreaterThan(pair('ليلى', 'عمان')!.score)
    for (const x of [pair('سمير', 'ليلى')!, pair('خالد', 'أثينا')!]) {
      expect(x.score).toBeGreaterThan(0)
      expect(x.score).toBeLessThanOrEqual(1)
    }
  })
})
