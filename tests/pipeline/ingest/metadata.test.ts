import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/pipeline/ingest'
import { bytesOf } from './helpers'

const TAIL = 'إن فرق الإنقاذ تمكنت من إخراج جميع العالقين من المبنى المنهار خلال ساعات الليل.'

async function article(name: string, text: string) {
  const { articles } = await ingestFile({ name, bytes: bytesOf(text) })
  return articles[0]!
}

describe('dateline place', () => {
  it.each([
    [`حلب - قال الدفاع المدني ${TAIL}`, 'حلب'],
    [`دير الزور (رويترز) - قال الدفاع المدني ${TAIL}`, 'دير الزور'],
    [`وأضاف: ${TAIL}`, null],
    [`قال المتحدث باسم الدفاع المدني ${TAIL}`, null],
    [`رويترز - قال الدفاع المدني ${TAIL}`, null],
  ])('%s → %s', async (text, place) => {
    expect((await article('a.txt', text)).dateline).toBe(place)
  })
})

describe('outlet', () => {
  it('is read from a copyright line', async () => {
    const a = await article(
      'a.txt',
      `${'قال الدفاع المدني '.repeat(2)}${TAIL}\n\n© 2023 صحيفة الوادي. جميع الحقوق محفوظة`,
    )
    expect(a.outlet).toBe('صحيفة الوادي')
    expect(a.text).not.toContain('©')
  })
})

describe('page metadata and the printed dateline', () => {
  const page = (published: string, dateline: string) =>
    `<html><head><meta property="article:published_time" content="${published}"></head><body><article>
     <h1>انهيار مبنى سكني في وسط المدينة</h1><p>${dateline}</p>
     <p>قال المتحدث باسم الدفاع المدني ${TAIL}</p><p>وأضاف أن ${TAIL}</p><p>وتابع أن ${TAIL}</p></article></body></html>`

  it('takes the time from the dateline when the metadata only gives the day', async () => {
    const a = await article('p.html', page('2022-01-08', 'السبت 8 يناير 2022 - 22:10'))
    expect(a.published).toBe('2022-01-08T22:10')
    expect(a.publishedSource).toBe('text')
  })

  it('trusts the metadata when it disagrees with the page text', async () => {
    const a = await article(
      'p.html',
      page('2022-01-09T08:00:00+02:00', 'السبت 8 يناير 2022 - 22:10'),
    )
    expect(a.published).toBe('2022-01-09T08:00')
    expect(a.publishedSource).toBe('metadata')
  })
})
