import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

function ner(input: string, ...args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'cli', 'ner.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    input,
  })
}

interface Line {
  text: string
  entities: { start: number; end: number; type: string; text: string }[]
}

describe('CLI ner', () => {
  it('prints one JSON line per input line, with offsets into the line', () => {
    const input = [
      'وصلت قوات روسية إلى كازاخستان وأعلنت منظمة معاهدة الأمن الجماعي دعمها.',
      '',
      'وقال المتحدث إن الأمم المتحدة تتابع الوضع في ألماتي.',
    ].join('\n')
    const r = ner(input + '\n')
    expect(r.status).toBe(0)
    const lines: Line[] = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.text)).toEqual(input.split('\n'))
    for (const l of lines) {
      for (const e of l.entities) expect(l.text.slice(e.start, e.end)).toBe(e.text)
    }
    expect(lines[0]!.entities.map((e) => [e.text, e.type])).toEqual([
      ['كازاخستان', 'LOC'],
      ['منظمة معاهدة الأمن الجماعي', 'ORG'],
    ])
    expect(lines[1]!.entities).toEqual([])
    expect(lines[2]!.entities.map((e) => [e.text, e.type])).toEqual([
      ['الأمم المتحدة', 'ORG'],
      ['ألماتي', 'LOC'],
    ])
  }, 30_000)

  it('reads a file, and exits 2 on a usage error with nothing on stdout', () => {
    const ok = ner('', join(ROOT, 'tests', 'fixtures', 'articles', 'port-strike.txt'))
    expect(ok.status).toBe(0)
    expect(ok.stdout.trim().split('\n').length).toBeGreaterThan(0)
    const bad = ner('', 'a.txt', 'b.txt')
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/usage/)
  }, 30_000)
})
