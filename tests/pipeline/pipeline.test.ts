import { describe, expect, it } from 'vitest'
import { parseFile, runPipeline } from '../../src/pipeline'
import { allArticleFixtures, fixture, textFile } from '../helpers/fixtures'

describe('runPipeline', () => {
  it('returns the contract for good files', async () => {
    const corpus = await runPipeline(allArticleFixtures())
    expect(corpus.errors).toEqual([])
    expect(corpus.articles.length).toBe(allArticleFixtures().length)
    for (const a of corpus.articles) {
      expect(a.id).toMatch(/^a-[0-9a-f]{14}$/)
      expect(a.language).toBe('ar')
      expect(a.text.length).toBeGreaterThan(50)
      expect(Array.isArray(a.warnings)).toBe(true)
    }
    for (const key of ['timexes', 'entities', 'events', 'deployments', 'cooccurrence']) {
      expect(Array.isArray(corpus[key as keyof typeof corpus])).toBe(true)
    }
  })

  it('does not depend on the order of the files', async () => {
    const files = allArticleFixtures()
    const a = await runPipeline(files)
    const b = await runPipeline([...files].reverse())
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('gives one file the same article whatever else is parsed with it', async () => {
    const alone = await parseFile(fixture('port-strike.txt'))
    const corpus = await runPipeline(allArticleFixtures())
    const inCorpus = corpus.articles.find((a) => a.file === 'port-strike.txt')
    expect(inCorpus).toEqual(alone.results[0]!.article)
  })

  it('lists bad files in errors and still parses the rest', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const corpus = await runPipeline(
      [
        textFile('empty.txt', ''),
        textFile('blank.txt', '  \n\t\n '),
        { name: 'photo.txt', bytes: png },
        { name: 'big.txt', bytes: new Uint8Array(2048).fill(0x41) },
        fixture('port-strike.txt'),
      ],
      { maxFileBytes: 1024 },
    )
    expect(corpus.articles.map((a) => a.file)).toEqual(['port-strike.txt'])
    const byFile = Object.fromEntries(corpus.errors.map((e) => [e.file, e]))
    expect(byFile['empty.txt']?.code).toBe('empty')
    expect(byFile['blank.txt']?.code).toBe('empty')
    expect(byFile['photo.txt']?.code).toBe('binary')
    expect(byFile['big.txt']?.code).toBe('too-large')
    for (const e of corpus.errors) expect(e.message.length).toBeGreaterThan(5)
  })

  it('counts the same file dropped twice once', async () => {
    const f = fixture('port-strike.txt')
    const corpus = await runPipeline([f, { ...f, name: 'copy-of-port-strike.txt' }])
    expect(corpus.articles).toHaveLength(1)
    expect(corpus.duplicates).toEqual([{ file: 'port-strike.txt', of: 'copy-of-port-strike.txt' }])
  })

  it('applies a publication date set by the user', async () => {
    const f = fixture('port-strike.txt')
    const first = await runPipeline([f])
    const id = first.articles[0]!.id
    const corpus = await runPipeline([f], { publishedOverrides: { [id]: '2023-03-14' } })
    expect(corpus.articles[0]!.published).toBe('2023-03-14')
    expect(corpus.articles[0]!.publishedSource).toBe('user')
  })
})
