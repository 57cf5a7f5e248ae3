import { describe, expect, it } from 'vitest'
import { compiledLexicon } from '../../../src/pipeline/events/detect'
import { TRIGGER_RULES } from '../../../src/pipeline/events/lexicon/triggers'
import { compilePattern, findMatches, firstWordIndex } from '../../../src/pipeline/events/pattern'
import { cliticForms, tokenize } from '../../../src/pipeline/events/tokens'
import { EVENT_TYPES } from '../../../src/pipeline/types'

describe('trigger lexicon', () => {
  it('compiles, with unique ids named after their type', () => {
    expect(() => compiledLexicon()).not.toThrow()
    const ids = TRIGGER_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of TRIGGER_RULES) {
      expect(r.id.startsWith(`${r.type}.`), r.id).toBe(true)
      expect(r.match.length, r.id).toBeGreaterThan(0)
    }
  })

  it('starts every pattern with a word the index can find (prefixes of two letters or more)', () => {
    for (const r of TRIGGER_RULES) {
      for (const m of r.match) {
        const first = firstWordIndex(compilePattern(m))
        expect(first.keys.length + first.prefixes.length, m).toBeGreaterThan(0)
        expect(
          first.prefixes.every((p) => p.length >= 2),
          m,
        ).toBe(true)
      }
    }
  })

  it('covers every event type', () => {
    const covered = new Set(TRIGGER_RULES.map((r) => r.type))
    expect(EVENT_TYPES.filter((t) => !covered.has(t))).toEqual([])
  })

  it('gives reporting frames only to statements and requests', () => {
    for (const r of TRIGGER_RULES.filter((x) => x.frame)) {
      expect(['statement', 'request'], r.id).toContain(r.type)
    }
  })
})

describe('pattern language', () => {
  const hits = (pattern: string, text: string) =>
    findMatches(compilePattern(pattern), tokenize(text)).map((m) => [m.first, m.last])

  it.each([
    // word, clitics, spelling folds
    ['قال', 'وقال الوزير', [[0, 0]]],
    ['قال', 'قالب', []],
    ['الطوارئ', 'والطوارىء', []],
    ['الطوارئ', 'والطوارئ', [[0, 0]]],
    ['إعلان', 'وبإعلان', [[0, 0]]],
    ['مدينة', 'للمدينة', [[0, 0]]],
    // exact and no-preposition modes
    ['=قال', 'وقال', []],
    ['=قال', 'قال', [[0, 0]]],
    ['^احتجاجات', 'للاحتجاجات', []],
    ['^احتجاجات', 'والاحتجاجات', [[0, 0]]],
    // any ending, optional words, gaps, numbers
    ['اعتقال*', 'اعتقالات', [[0, 0]]],
    ['اتصالا هاتفيا?', 'اتصالا مع', [[0, 0]]],
    ['أرسل ..2 قوات', 'أرسل الجيش قوات', [[0, 2]]],
    ['أرسل ..1 قوات', 'أرسل الجيش الوطني قوات', []],
    ['مقتل #num', 'مقتل 13', [[0, 1]]],
    ['مقتل #num', 'مقتل عشرات', [[0, 1]]],
    ['مقتل #num', 'مقتل عناصر', []],
    // quotes between words are skipped
    ['قتل #num', 'قتل "عشرات"', [[0, 2]]],
  ])('%s in "%s" → %j', (pattern, text, expected) => {
    expect(hits(pattern, text)).toEqual(expected)
  })

  it('rejects a pattern that starts with an optional word', () => {
    expect(() => compilePattern('قد? أعلن')).toThrow()
  })

  it('reads proclitics off a word, keeping roots that only look like them', () => {
    const forms = (w: string) => cliticForms(w).map((f) => f.form)
    expect(forms('وبالقوات')).toContain('قوات')
    expect(forms('بحث')).not.toContain('حث')
    expect(forms('وحث')).toContain('حث')
  })

  it('keeps numbers and models whole', () => {
    expect(tokenize('43.556 قتيلا و٢,٠٠٠ جريح من طراز إل-76').map((t) => t.text)).toEqual([
      '43.556',
      'قتيلا',
      'و٢,٠٠٠',
      'جريح',
      'من',
      'طراز',
      'إل-76',
    ])
  })
})
