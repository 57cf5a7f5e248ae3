import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/pipeline/ingest'
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/pipeline/ingest/limits'
import type { InputFile, ParseOptions } from '../../../src/pipeline/types'
import { bytesOf, ingestFixture } from './helpers'

async function errorOf(file: InputFile, options?: ParseOptions) {
  const { articles, errors } = await ingestFile(file, options)
  expect(articles).toEqual([])
  expect(errors).toHaveLength(1)
  expect(errors[0]!.file).toBe(file.name)
  return errors[0]!
}

describe('bad files', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), 'empty', /empty/],
    ['blank.txt', bytesOf('  \n\t\r\n \u00a0 '), 'empty', /whitespace/],
    ['dots.txt', bytesOf('... --- ***'), 'empty', /no words/],
    [
      'chrome-only.txt',
      bytesOf('مشاركة\nاضف تعليق\nالرجوع إلى أعلى الصفحة'),
      'empty',
      /page furniture/,
    ],
    [
      'photo.txt',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0),
      'binary',
      /PNG/,
    ],
    ['data.txt', Uint8Array.of(0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02), 'binary', /binary/],
    ['sheet.xlsx', bytesOf('x'), 'unsupported', /\.xlsx/],
  ])('%s: %s', async (name, bytes, code, message) => {
    const err = await errorOf({ name, bytes })
    expect(err.code).toBe(code)
    expect(err.message).toMatch(message)
  })

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(2048).fill(0x41)
    const err = await errorOf({ name: 'big.txt', bytes: big }, { maxFileBytes: 1024 })
    expect(err.code).toBe('too-large')
    expect(err.message).toBe('File is 2 KB, over the 1 KB limit')
  })

  it('has a 20 MB default limit', async () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(20 * 1024 * 1024)
    const huge = new Uint8Array(DEFAULT_MAX_FILE_BYTES + 1).fill(0x20)
    const err = await errorOf({ name: 'huge.txt', bytes: huge })
    expect(err.code).toBe('too-large')
    expect(err.message).toMatch(/20\.0 MB, over the 20\.0 MB limit/)
  })

  it('reads a large but allowed article', async () => {
    const paragraph =
      'وأعلنت السلطات المحلية أن فرق الإنقاذ ما زالت تبحث عن المفقودين في القرى المتضررة.\n\n'
    const text = 'فيضانات تجتاح القرى الجبلية\n\n' + paragraph.repeat(8000)
    const { articles, errors } = await ingestFile({ name: 'long.txt', bytes: bytesOf(text) })
    expect(errors).toEqual([])
    expect(articles[0]!.paragraphs!.length).toBe(8001)
  })
})

describe('archives', () => {
  it('ingests each article in a zip, skips pictures and system files, reports bad entries', async () => {
    const { articles, errors } = await ingestFile(ingestFixture('articles.zip'))
    expect(articles.map((a) => a.file).sort()).toEqual([
      'articles.zip/batch/dam-level.txt',
      'articles.zip/batch/market-fire.txt',
    ])
    expect(errors).toEqual([
      { file: 'articles.zip/batch/empty.txt', code: 'empty', message: 'File is empty' },
    ])
    const fire = articles.find((a) => a.file.endsWith('market-fire.txt'))!
    expect(fire.title).toBe('حريق في سوق الخضار القديم')
    expect(fire.published).toBe('2023-09-02')
  })

  it('gives an archived article the id it has outside the archive', async () => {
    const inside = (await ingestFile(ingestFixture('articles.zip'))).articles
    const outside = (await ingestFile(ingestFixture('enc-utf8.txt'))).articles[0]!
    const dam = inside.find((a) => a.file.endsWith('dam-level.txt'))!
    expect(dam.contentHash).toBe(outside.contentHash)
    expect(dam.text).toBe(outside.text)
  })

  it('stops a zip bomb by its expansion ratio', async () => {
    const bomb = zipSync({ 'a.txt': new Uint8Array(8 * 1024 * 1024).fill(0x41) }, { level: 9 })
    expect(bomb.length).toBeLessThan(100_000)
    const err = await errorOf({ name: 'bomb.zip', bytes: bomb })
    expect(err.code).toBe('archive')
    expect(err.message).toMatch(/zip bomb/)
  })

  it('stops an archive that expands past the size cap, whatever its headers claim', async () => {
    const text = bytesOf('خبر قصير عن الطقس في المدينة اليوم.\n'.repeat(20000))
    const zip = zipSync({ 'a.txt': text, 'b.txt': text }, { level: 1 })
    // Make the local header of the first entry lie about its size (offset 22: uncompressed size).
    new DataView(zip.buffer).setUint32(22, 10, true)
    const err = await errorOf(
      { name: 'big.zip', bytes: zip },
      { maxExpandedBytes: text.length, maxExpansionRatio: 10_000 },
    )
    expect(err.code).toBe('archive')
    expect(err.message).toMatch(/expands to more than/)
  })

  it('reports an archive entry over the file size limit and reads the others', async () => {
    const small = bytesOf('عنوان\n\nنص الخبر القصير عن افتتاح مدرسة جديدة في الحي.')
    const zip = zipSync({ 'big.txt': new Uint8Array(5000).fill(0x41), 'small.txt': small })
    const { articles, errors } = await ingestFile(
      { name: 'mixed.zip', bytes: zip },
      { maxFileBytes: 4000 },
    )
    expect(articles.map((a) => a.file)).toEqual(['mixed.zip/small.txt'])
    expect(errors).toEqual([
      { file: 'mixed.zip/big.txt', code: 'too-large', message: 'File is over the 4 KB limit' },
    ])
  })

  it('reports a damaged or empty archive', async () => {
    const zip = ingestFixture('articles.zip').bytes
    expect((await errorOf({ name: 'cut.zip', bytes: zip.slice(0, 200) })).code).toBe('archive')
    const empty = zipSync({})
    const err = await errorOf({ name: 'empty.zip', bytes: empty })
    expect(err.code).toBe('archive')
    expect(err.message).toMatch(/no article files/)
  })

  it('opens a zip inside a zip, but not deeper', async () => {
    const article = bytesOf('عنوان الخبر\n\nنص الخبر عن افتتاح مستشفى جديد في المدينة الشمالية.')
    const inner = zipSync({ 'a.txt': article })
    const outer = zipSync({ 'inner.zip': inner })
    const { articles } = await ingestFile({ name: 'outer.zip', bytes: outer })
    expect(articles.map((a) => a.file)).toEqual(['outer.zip/inner.zip/a.txt'])
    const deepest = zipSync({ 'outer.zip': outer })
    const { errors } = await ingestFile({ name: 'deepest.zip', bytes: deepest })
    expect(errors[0]).toMatchObject({ file: 'deepest.zip/outer.zip/inner.zip', code: 'archive' })
  })

  it('reads a Word document whatever it is named', async () => {
    const docx = ingestFixture('article.docx').bytes
    const { articles } = await ingestFile({ name: 'no-extension', bytes: docx })
    expect(articles[0]!.format).toBe('docx')
    expect(articles[0]!.title).toBe('المجلس البلدي يقر موازنة العام المقبل')
  })
})
