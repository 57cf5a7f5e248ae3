import { describe, expect, it } from 'vitest'
import { normaliseTag, readConll, repairBio, score, spans } from '../../../scripts/ner/data'
import { rng } from '../../../scripts/lib/rng'

describe('NER training data helpers', () => {
  it.each([
    ['B-PERS', 'B-PER'],
    ['I-PER', 'I-PER'],
    ['B-LOC', 'B-LOC'],
    ['i-org', 'I-ORG'],
    ['B-MISC', 'B-MISC'],
    ['O', 'O'],
    ['B-DATE', 'O'],
    ['junk', 'O'],
  ])('normalises tag %s to %s', (raw, tag) => {
    expect(normaliseTag(raw)).toBe(tag)
  })

  it('reads sentences separated by blank lines and repairs orphan I- tags', () => {
    const text = 'ذهب O\nأحمد I-PERS\nإلى O\n\nمدينة B-LOC\nعمان I-LOC\n'
    expect(readConll(text)).toEqual([
      { words: ['ذهب', 'أحمد', 'إلى'], tags: ['O', 'B-PER', 'O'] },
      { words: ['مدينة', 'عمان'], tags: ['B-LOC', 'I-LOC'] },
    ])
  })

  it('repairs only I- tags that continue nothing of their type', () => {
    expect(repairBio(['I-LOC', 'I-LOC', 'I-ORG', 'O'])).toEqual(['B-LOC', 'I-LOC', 'B-ORG', 'O'])
    expect(repairBio(['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER'])
  })

  it('reads exact spans without MISC', () => {
    expect([...spans(['B-PER', 'I-PER', 'O', 'B-MISC', 'B-LOC', 'B-LOC'])]).toEqual([
      'PER:0:2',
      'LOC:4:5',
      'LOC:5:6',
    ])
    expect(spans(['O', 'O']).size).toBe(0)
  })

  it('scores exact spans only (a boundary error is a miss and a false hit)', () => {
    const report = score([
      { gold: new Set(['PER:0:2', 'LOC:3:4']), pred: new Set(['PER:0:1', 'LOC:3:4']) },
    ])
    expect(report.LOC).toEqual({ p: 1, r: 1, f1: 1 })
    expect(report.PER).toEqual({ p: 0, r: 0, f1: 0 })
    expect(report.ALL).toEqual({ p: 0.5, r: 0.5, f1: 0.5 })
  })

  it('gives the same random stream for the same seed only', () => {
    const take = (seed: number) => Array.from({ length: 3 }, rng(seed))
    expect(take(1)).toEqual(take(1))
    expect(take(1)).not.toEqual(take(2))
    for (const x of take(7)) expect(x >= 0 && x < 1).toBe(true)
  })
})
