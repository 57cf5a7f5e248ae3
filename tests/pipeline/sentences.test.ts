import { describe, expect, it } from 'vitest'
import { MAX_SENTENCE, splitParagraphs, splitSentences } from '../../src/pipeline/sentences'

describe('splitSentences', () => {
  it.each([
    ['جملة أولى. جملة ثانية.', ['جملة أولى.', 'جملة ثانية.']],
    ['هل وصلوا؟ نعم وصلوا!', ['هل وصلوا؟', 'نعم وصلوا!']],
    ['بلغت القوة 6.4 درجات. ثم هدأت.', ['بلغت القوة 6.4 درجات.', 'ثم هدأت.']],
    ['في 2022.01.05 حدث ذلك.', ['في 2022.01.05 حدث ذلك.']],
    ['نقلت أ.ف.ب الخبر. وانتهى.', ['نقلت أ.ف.ب الخبر.', 'وانتهى.']],
    ['وقال: "انتهى الأمر." ثم غادر.', ['وقال: "انتهى الأمر."', 'ثم غادر.']],
    ['بلا علامة في النهاية', ['بلا علامة في النهاية']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected)
  })

  describe('text with no full stops is cut into pieces of at most MAX_SENTENCE', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `كلمة${i % 97}`).join(' ')
    it.each([
      ['spaces only', words(2000), /\S$/],
      ['commas', Array.from({ length: 200 }, (_, i) => `${words(5)} ${i}`).join('، '), /،$/],
      ['one 3000-letter word', 'ب'.repeat(3000), /ب$/],
    ])('%s', (_name, text, pieceEnd) => {
      const sentences = splitSentences(text)
      expect(sentences.length).toBeGreaterThan(1)
      for (const s of sentences) {
        expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE)
        expect(text.slice(s.start, s.end)).toBe(s.text)
      }
      // Pieces tile the text: nothing lost between them but the spaces cut at.
      expect(
        sentences
          .map((s) => s.text)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(text.replace(/\s/g, ''))
      for (const s of sentences.slice(0, -1)) expect(s.text).toMatch(pieceEnd)
    })

    it('leaves a long real sentence under the limit whole', () => {
      const text = `${words(100)}. ${words(3)}.`
      expect(text.length).toBeLessThan(MAX_SENTENCE)
      expect(splitSentences(text)).toHaveLength(2)
    })
  })

  it('keeps offsets into the text and paragraph numbers', () => {
    const text = 'فقرة أولى. وجملة.\n\n  فقرة ثانية.  '
    const sentences = splitSentences(text)
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1])
  })

  it('finds no sentences in blank text', () => {
    expect(splitSentences(' \n\n \t')).toEqual([])
    expect(splitParagraphs('')).toEqual([])
  })
})
