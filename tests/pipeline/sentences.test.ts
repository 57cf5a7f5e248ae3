import { describe, expect, it } from 'vitest'
import { splitParagraphs, splitSentences } from '../../src/pipeline/sentences'

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
