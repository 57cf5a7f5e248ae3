import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers/fixtures'

const ROOT = join(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

function parse(...args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'cli', 'parse.ts'), ...args], { encoding: 'utf8', cwd: ROOT })
}

describe('CLI parse', () => {
  it('prints exactly one JSON corpus for a folder, errors included', () => {
    const r = parse(join(FIXTURES, 'articles'), join(FIXTURES, 'does-not-exist.txt'))
    expect(r.status).toBe(0)
    const corpus = JSON.parse(r.stdout)
    expect(corpus.articles.map((a: { file: string }) => a.file)).toEqual([
      'articles/flood-relief.txt',
      'articles/port-strike.txt',
    ])
    expect(corpus.errors).toHaveLength(1)
    expect(corpus.errors[0].code).toBe('not-found')
    for (const key of ['timexes', 'entities', 'events', 'deployments', 'cooccurrence']) {
      expect(corpus).toHaveProperty(key)
    }
  }, 30_000)

  it('exits 2 on a usage error and prints nothing to stdout', () => {
    const none = parse()
    expect(none.status).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toMatch(/usage/)
    expect(parse('--max-file-mb', 'zero', 'x').status).toBe(2)
  }, 30_000)
})
