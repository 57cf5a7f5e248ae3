import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import ar from '../../src/i18n/locales/ar.json'
import en from '../../src/i18n/locales/en.json'
import { EVENT_TYPES, QUANTITY_UNITS } from '../../src/pipeline/types'
import { FILE_ERROR_CODES, fileErrorKey } from '../../src/lib/messages'

type Tree = { [k: string]: string | Tree }

function flatten(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}
function sortedEverywhere(t: Tree): boolean {
  const keys = Object.keys(t)
  const sorted = [...keys].sort()
  return (
    keys.every((k, i) => k === sorted[i]) &&
    Object.values(t).every((v) => typeof v === 'string' || sortedEverywhere(v))
  )
}

const arKeys = flatten(ar as Tree)
const enKeys = flatten(en as Tree)
const lookup = (key: string) => arKeys.get(key)

describe('message files', () => {
  it('have the same keys, sorted, none empty', () => {
    expect([...enKeys.keys()].sort()).toEqual([...arKeys.keys()].sort())
    expect(sortedEverywhere(ar as Tree)).toBe(true)
    expect(sortedEverywhere(en as Tree)).toBe(true)
    for (const v of [...arKeys.values(), ...enKeys.values()]) expect(v.trim()).not.toBe('')
  })

  it('give Arabic plurals all six forms where English has plural forms', () => {
    for (const [key, v] of enKeys) {
      if (!v.includes('|')) continue
      expect(lookup(key)!.split('|'), key).toHaveLength(6)
    }
  })

  it('name every event type, quantity unit and file error code', () => {
    for (const t of EVENT_TYPES) expect(lookup(`eventType.${t}`), t).toBeTruthy()
    for (const u of QUANTITY_UNITS) expect(lookup(`quantity.${u}`), u).toBeTruthy()
    for (const c of FILE_ERROR_CODES) expect(lookup(fileErrorKey(c)), c).toBeTruthy()
    expect(fileErrorKey('something-new')).toBe('errors.internal')
    expect(fileErrorKey(undefined)).toBe('errors.internal')
  })

  it('hold every literal key the components ask for', () => {
    const root = join(import.meta.dirname, '..', '..', 'src')
    const files: string[] = []
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.(?:vue|ts)$/.test(n) && !p.includes('pipeline')) files.push(p)
      }
    }
    walk(root)
    const used = new Set<string>()
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(
        /\bt\(\s*'(?<key>[a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g,
      )) {
        used.add(m.groups!.key!)
      }
    }
    expect(used.size).toBeGreaterThan(50)
    const missing = [...used].filter((k) => !arKeys.has(k))
    expect(missing).toEqual([])
  })
})
