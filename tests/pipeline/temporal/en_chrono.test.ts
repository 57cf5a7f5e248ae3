import { describe, expect, it } from 'vitest'
import { tagTemporal } from '../../../src/pipeline/temporal'
import type { Article } from '../../../src/pipeline/types'

function english(text: string, published: string | null): Article {
  return {
    id: 'a-en',
    file: 'en.txt',
    title: null,
    published,
    author: null,
    language: 'en',
    text,
    warnings: [],
  }
}

describe('English articles go through chrono-node', () => {
  it.each([
    ['The government resigned on January 5, 2022.', 'January 5, 2022', '2022-01-05', 'explicit'],
    ['Troops arrived yesterday in the capital.', 'yesterday', '2022-01-07', 'publication'],
    ['The talks ended last Friday.', 'last Friday', '2022-01-07', 'publication'],
    [
      'A curfew was imposed at 11 pm on Wednesday.',
      '11 pm on Wednesday',
      '2022-01-05T23:00',
      'publication',
    ],
    ['The emergency will last for two weeks.', 'for two weeks', 'P2W', 'explicit'],
  ])('%s', (text, expression, value, anchor) => {
    const [timex] = tagTemporal(english(text, '2022-01-08T07:00'), [])
    expect(timex).toMatchObject({ text: expression, value, anchor, articleId: 'a-en' })
    expect(text.slice(timex!.start, timex!.end)).toBe(expression)
  })

  it('keeps X digits without a publication date', () => {
    const [timex] = tagTemporal(english('Protesters gathered on Friday.', null), [])
    expect(timex).toMatchObject({ text: 'Friday', value: 'XXXX-WXX-5', anchor: 'none' })
  })
})
