import { describe, expect, it } from 'vitest'
import { applyAliasEdits } from '../../../src/pipeline/entities/edits'
import { mergeEntities } from '../../../src/pipeline/entities/merge'
import { resultOf } from './helpers'

// Invented: "نور سلطان" the capital and the given name, merged by mistake; two spellings of one
// city kept apart.
const { entities } = mergeEntities([
  resultOf('a-1', 'وصل الوفد إلى نور سلطان ثم إلى أستانا.', [
    { text: 'نور سلطان', type: 'LOC' },
    { text: 'أستانا', type: 'LOC' },
  ]),
  resultOf('a-2', 'قال نور سلطان إن الوضع هادئ في نور-سلطان.', [
    { text: 'نور سلطان', type: 'LOC', canonical: 'نور سلطان' },
    { text: 'نور-سلطان', type: 'LOC', canonical: 'نور سلطان' },
  ]),
])
const id = (name: string) => entities.find((e) => e.name === name)!.id

describe('applyAliasEdits', () => {
  it('merges entities: the first keeps its id and name, the others become aliases', () => {
    const { entities: out, idMap } = applyAliasEdits(entities, {
      merge: [[id('نور سلطان'), id('أستانا')]],
    })
    expect(out).toHaveLength(1)
    expect(out[0]!.id).toBe(id('نور سلطان'))
    expect(out[0]!.aliases).toContain('أستانا')
    expect(out[0]!.mentions).toHaveLength(4)
    expect(idMap.get(id('أستانا'))).toBe(id('نور سلطان'))
  })

  it('splits a spelling out into an entity of its own', () => {
    const { entities: out } = applyAliasEdits(entities, {
      split: { [id('نور سلطان')]: ['نور-سلطان'] },
    })
    const names = out.map((e) => `${e.name}:${e.mentions.length}`).sort()
    expect(names).toEqual(['أستانا:1', 'نور سلطان:2', 'نور-سلطان:1'])
  })

  it('renames, keeping the old name as an alias; ignores unknown ids and empty names', () => {
    const { entities: out } = applyAliasEdits(entities, {
      rename: { [id('أستانا')]: 'أستانة', 'e-unknown': 'x', [id('نور سلطان')]: ' ' },
    })
    const e = out.find((x) => x.id === id('أستانا'))!
    expect(e.name).toBe('أستانة')
    expect(e.aliases).toEqual(['أستانا'])
    expect(out.find((x) => x.id === id('نور سلطان'))!.name).toBe('نور سلطان')
  })

  it('leaves the input untouched', () => {
    const before = JSON.stringify(entities)
    applyAliasEdits(entities, { merge: [[id('نور سلطان'), id('أستانا')]], rename: { x: 'y' } })
    expect(JSON.stringify(entities)).toBe(before)
  })
})
