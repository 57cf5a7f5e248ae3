import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InputFile } from '../../../src/pipeline/types'
import { FIXTURES } from '../../helpers/fixtures'

export const INGEST_FIXTURES = join(FIXTURES, 'ingest')

/** A file from tests/fixtures/ingest ("sites/breadcrumb.txt"), named by its base name. */
export function ingestFixture(path: string): InputFile {
  const name = path.split('/').pop()!
  return { name, bytes: new Uint8Array(readFileSync(join(INGEST_FIXTURES, path))) }
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
