import { describe, expect, it } from 'vitest'
import { walkEntry, type Entry } from '../../src/lib/dropped'

/** A minimal stand-in for the browser's Entry tree. */
function file(name: string): Entry {
  return {
    name,
    isFile: true,
    isDirectory: false,
    file: (ok: (f: File) => void) => ok(new File([name], name)),
  } as unknown as Entry
}
function dir(name: string, children: Entry[], batch = 100): Entry {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0
      return {
        readEntries: (ok: (e: Entry[]) => void) => {
          ok(children.slice(at, at + batch))
          at += batch
        },
      }
    },
  } as unknown as Entry
}

describe('walkEntry', () => {
  it('walks folders, keeps paths from the dropped folder and skips hidden files', async () => {
    const tree = dir('reports', [
      file('b.txt'),
      dir('kz', [file('a.txt'), file('.DS_Store')]),
      file('Thumbs.db'),
      dir('.git', [file('config')]),
    ])
    const out = await walkEntry(tree)
    expect(out.map((f) => f.path)).toEqual(['reports/b.txt', 'reports/kz/a.txt'])
    expect(out[1]!.file).toBeInstanceOf(File)
  })

  it('reads folders of more than one batch (readEntries returns ~100 at a time)', async () => {
    const many = Array.from({ length: 250 }, (_, i) => file(`f${String(i).padStart(3, '0')}.txt`))
    const out = await walkEntry(dir('big', many, 100))
    expect(out).toHaveLength(250)
    expect(out.at(-1)!.path).toBe('big/f249.txt')
  })

  it('returns a dropped file by its own name', async () => {
    expect((await walkEntry(file('x.html'))).map((f) => f.path)).toEqual(['x.html'])
  })
})
