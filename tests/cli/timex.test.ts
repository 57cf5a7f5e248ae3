import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

function timex(input: string, ...args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'cli', 'timex.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    input,
  })
}

describe('CLI timex', () => {
  it('prints one JSON line per input line, with exactly the contract fields', () => {
    const r = timex('وصل الوفد أمس\n\nالساعة الثالثة والربع عصرا\n', '--ref', '2013-02-12T04:30:00')
    expect(r.status).toBe(0)
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toEqual([
      {
        text: 'وصل الوفد أمس',
        timexes: [
          {
            text: 'أمس',
            start: 10,
            end: 13,
            type: 'DATE',
            value: '2013-02-11',
            anchor: 'publication',
          },
        ],
      },
      { text: '', timexes: [] },
      {
        text: 'الساعة الثالثة والربع عصرا',
        timexes: [
          {
            text: 'الساعة الثالثة والربع عصرا',
            start: 0,
            end: 26,
            type: 'TIME',
            value: '2013-02-12T15:15',
            anchor: 'publication',
          },
        ],
      },
    ])
  }, 30_000)

  it('leaves relative values underspecified without --ref, and rejects a bad one', () => {
    const r = timex('الجمعة\n')
    expect(JSON.parse(r.stdout).timexes[0].value).toBe('XXXX-WXX-5')
    const bad = timex('x\n', '--ref', 'yesterday')
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
  }, 30_000)
})
