import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { InputFile } from '../../src/pipeline/types'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** An input file from tests/fixtures/articles. */
export function fixture(name: string): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, 'articles', name))) }
}

export function allArticleFixtures(): InputFile[] {
  return readdirSync(join(FIXTURES, 'articles'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map(fixture)
}

export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) }
}
