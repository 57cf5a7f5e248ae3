import { describe, expect, it } from 'vitest'
import { boundary, type Evidence } from '../../../src/pipeline/entities/resolve'
import { readings, tokenize, writtenSkip } from '../../../src/pipeline/entities/tokens'

const token = (w: string) => tokenize(w)[0]!
const evidence = (inArticle: string[] = [], listed: string[] = []): Evidence => ({
  listed: (s) => listed.includes(s),
  inArticle: (s) => inArticle.includes(s),
})

describe('name boundaries leave proclitics out', () => {
  it.each([
    // word, words seen alone in the article, listed names, what the name reads as
    ['وبوتين', ['بوتين'], [], 'بوتين'],
    ['لتوكاييف', ['توكاييف'], [], 'توكاييف'],
    ['وبكازاخستان', [], ['كازاخستان'], 'كازاخستان'],
    ['بالكرملين', [], [], 'الكرملين'],
    ['والصين', [], [], 'الصين'],
    ['للكرملين', [], [], 'كرملين'],
    ['وتوكاييف', [], [], 'توكاييف'],
    // Names that start with a proclitic letter keep it.
    ['واشنطن', ['اشنطن'], ['واشنطن'], 'واشنطن'],
    ['بوتين', [], [], 'بوتين'],
    ['لوكاشينكو', [], [], 'لوكاشينكو'],
    ['بلينكن', [], [], 'بلينكن'],
    ['كازاخستان', [], [], 'كازاخستان'],
    ['وليد', [], ['وليد'], 'وليد'],
  ])('%s → %s', (word, inArticle, listed, expected) => {
    const t = token(word)
    const b = boundary(t, evidence(inArticle, listed))
    expect(word.slice(b.skip)).toBe(expected)
  })

  it('restores the article elided after لل', () => {
    expect(boundary(token('للكرملين'), evidence()).elidedArticle).toBe(true)
    expect(boundary(token('بالكرملين'), evidence()).elidedArticle).toBe(false)
  })

  it('counts diacritics with the letter they sit on', () => {
    expect(writtenSkip('وَبُوتين', 1)).toBe(2)
    expect(writtenSkip('بوتين', 0)).toBe(0)
  })

  it('reads a word as proclitics and stem, least stripped first', () => {
    expect(readings('وللامم').map((r) => r.stem)).toEqual(['وللامم', 'للامم', 'لامم', 'الامم'])
    expect(readings('CSTO')).toHaveLength(1)
  })
})

describe('tokenize', () => {
  it('keeps hyphenated names and offsets, splits punctuation', () => {
    const ts = tokenize('هبطت في ألما-آتا (CSTO).')
    expect(ts.map((t) => t.text)).toEqual(['هبطت', 'في', 'ألما-آتا', '(', 'CSTO', ')', '.'])
    for (const t of ts) expect('هبطت في ألما-آتا (CSTO).'.slice(t.start, t.end)).toBe(t.text)
  })

  it('normalises zero-width, bidi and letter variants for matching only', () => {
    const [t] = tokenize('توكاييڤ\u200f')
    expect(t!.norm).toBe('توكاييف')
    expect(t!.text).toBe('توكاييڤ\u200f')
  })
})
