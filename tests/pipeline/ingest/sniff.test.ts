import { describe, expect, it } from 'vitest'
import { IngestError } from '../../../src/pipeline/ingest/limits'
import { detectFormat } from '../../../src/pipeline/ingest/sniff'
import { bytesOf } from './helpers'

const PDF = bytesOf('%PDF-1.7\n...')
const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0)
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const OLE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1)

function errorOf(name: string, bytes: Uint8Array): IngestError {
  try {
    detectFormat(name, bytes)
  } catch (err) {
    if (err instanceof IngestError) return err
  }
  throw new Error('no error')
}

describe('detectFormat', () => {
  it.each([
    ['a.txt', bytesOf('خبر'), 'txt'],
    ['A.TXT', bytesOf('خبر'), 'txt'],
    ['notes', bytesOf('خبر'), 'txt'],
    ['a.md', bytesOf('# عنوان'), 'md'],
    ['a.htm', bytesOf('<p>خبر</p>'), 'html'],
    ['saved.txt', bytesOf('\n  <!DOCTYPE html><html><body>x</body></html>'), 'html'],
    ['a.docx', ZIP, 'docx'],
    ['a.zip', ZIP, 'zip'],
    ['folder-without-extension', ZIP, 'zip'],
    ['a.pdf', PDF, 'pdf'],
    ['renamed.txt', PDF, 'pdf'],
  ])('%s is %s', (name, bytes, format) => {
    expect(detectFormat(name, bytes)).toBe(format)
  })

  it.each([
    ['photo.txt', PNG, 'binary', /PNG image/],
    ['photo.png', PNG, 'unsupported', /\.png/],
    ['old.doc', OLE, 'unsupported', /\.doc/],
    ['old-renamed.txt', OLE, 'binary', /\.docx/],
    ['data.csv', bytesOf('a,b'), 'unsupported', /\.csv are not supported/],
    ['fake.pdf', bytesOf('just text'), 'unsupported', /not PDF/],
    ['fake.docx', bytesOf('just text'), 'unsupported', /not DOCX/],
  ])('%s is refused as %s', (name, bytes, code, message) => {
    const err = errorOf(name, bytes)
    expect(err.code).toBe(code)
    expect(err.message).toMatch(message)
  })
})
