import { describe, expect, it } from 'vitest'
import {
  applyEdits,
  countEdits,
  emptyEdits,
  resolveMerges,
  sanitizeEdits,
  splitId,
  type Edits,
} from '../../src/lib/edits'
import { entityId, syntheticCorpus } from '../helpers/synthetic'

const { corpus, sources } = syntheticCorpus()
const edits = (patch: Partial<Edits>): Edits => ({ ...emptyEdits(), ...patch })
const depEvent = corpus.events.find((e) => e.type === 'deployment' && e.date === '2030-03-15')!

describe('applyEdits: events', () => {
  it('returns the parser corpus itself when there is nothing to apply', () => {
    expect(applyEdits(corpus, emptyEdits(), sources)).toBe(corpus)
  })

  it('changes a type and a date; the deployment follows', () => {
    const out = applyEdits(
      corpus,
      edits({ events: { [depEvent.id]: { type: 'withdrawal', date: '2030-03-20' } } }),
      sources,
    )
    const e = out.events.find((x) => x.id === depEvent.id)!
    expect([e.type, e.date]).toEqual(['withdrawal', '2030-03-20'])
    const d = out.deployments.find((x) => x.eventId === depEvent.id)!
    expect([d.kind, d.date]).toEqual(['withdrawal', '2030-03-20'])
    // Re-sorted by date: the edited event is now the last dated one.
    expect(out.events.filter((x) => x.date).at(-1)!.id).toBe(depEvent.id)
  })

  it('drops the deployment when its event is no longer a deployment', () => {
    const out = applyEdits(
      corpus,
      edits({ events: { [depEvent.id]: { type: 'statement' } } }),
      sources,
    )
    expect(out.deployments.some((d) => d.eventId === depEvent.id)).toBe(false)
    expect(out.deployments).toHaveLength(corpus.deployments.length - 1)
  })

  it('deletes an event and its deployment, and can make an event undated', () => {
    const other = corpus.events.find((e) => e.type === 'protest')!
    const out = applyEdits(
      corpus,
      edits({ events: { [depEvent.id]: { deleted: true }, [other.id]: { date: null } } }),
      sources,
    )
    expect(out.events.some((e) => e.id === depEvent.id)).toBe(false)
    expect(out.deployments.some((d) => d.eventId === depEvent.id)).toBe(false)
    expect(out.events.find((e) => e.id === other.id)!.date).toBeNull()
  })

  it('never changes the parser corpus', () => {
    const before = JSON.stringify(corpus)
    const spain = entityId(corpus, 'إسبانيا')
    applyEdits(
      corpus,
      edits({
        events: { [depEvent.id]: { type: 'other' } },
        renames: { [spain]: 'مملكة إسبانيا' },
        merges: { [entityId(corpus, 'مراكش')]: entityId(corpus, 'المغرب') },
      }),
      sources,
    )
    expect(JSON.stringify(corpus)).toBe(before)
  })

  it('survives a re-parse: the same edits on a fresh corpus give the same result', () => {
    const e = edits({ events: { [depEvent.id]: { type: 'clash' } } })
    const again = syntheticCorpus()
    expect(applyEdits(again.corpus, e, again.sources)).toEqual(applyEdits(corpus, e, sources))
  })
})

describe('applyEdits: entities', () => {
  const marrakesh = entityId(corpus, 'مراكش')
  const morocco = entityId(corpus, 'المغرب')

  it('renames an entity; the old name becomes an alias', () => {
    const out = applyEdits(corpus, edits({ renames: { [morocco]: 'المملكة المغربية' } }), sources)
    const e = out.entities.find((x) => x.id === morocco)!
    expect(e.name).toBe('المملكة المغربية')
    expect(e.aliases).toContain('المغرب')
  })

  it('changes an entity type', () => {
    const out = applyEdits(corpus, edits({ retypes: { [marrakesh]: 'ORG' } }), sources)
    expect(out.entities.find((x) => x.id === marrakesh)!.type).toBe('ORG')
  })

  it('merges: mentions join, references move, co-occurrence is recounted without self-pairs', () => {
    const out = applyEdits(corpus, edits({ merges: { [marrakesh]: morocco } }), sources)
    expect(out.entities.some((e) => e.id === marrakesh)).toBe(false)
    const m = out.entities.find((e) => e.id === morocco)!
    const before = (id: string) => corpus.entities.find((e) => e.id === id)!.mentions.length
    expect(m.mentions).toHaveLength(before(morocco) + before(marrakesh))
    expect(m.aliases).toContain('مراكش')
    const refs = out.events.flatMap((e) => [...e.actors, ...e.locations])
    expect(refs).not.toContain(marrakesh)
    expect(out.cooccurrence.some((p) => p.a === marrakesh || p.b === marrakesh)).toBe(false)
    expect(out.cooccurrence.some((p) => p.a === p.b)).toBe(false)
  })

  it('merges without parsed sentences by remapping pairs', () => {
    const out = applyEdits(corpus, edits({ merges: { [marrakesh]: morocco } }))
    expect(out.cooccurrence.some((p) => p.a === marrakesh || p.b === marrakesh)).toBe(false)
    expect(out.cooccurrence.every((p) => p.a < p.b)).toBe(true)
  })

  it('splits chosen spellings into a new entity; an event naming both keeps the old one', () => {
    const msf = entityId(corpus, 'أطباء بلا حدود')
    const id = splitId(msf, 'MSF')
    const out = applyEdits(
      corpus,
      edits({ splits: [{ id, from: msf, name: 'MSF', texts: ['MSF'] }] }),
      sources,
    )
    const created = out.entities.find((e) => e.id === id)!
    expect(created.mentions.map((m) => m.text)).toEqual(['MSF'])
    const rest = out.entities.find((e) => e.id === msf)!
    expect(rest.mentions.every((m) => m.text !== 'MSF')).toBe(true)
    expect(rest.aliases).not.toContain('MSF')
    const statement = out.events.find((e) => e.actors.includes(msf) || e.actors.includes(id))!
    expect(statement.actors).toContain(msf)
  })

  it.each([
    ['every spelling', ['أطباء بلا حدود', 'MSF']],
    ['no spelling', ['غير موجود']],
  ])('ignores a split that would move %s', (_, texts) => {
    const msf = entityId(corpus, 'أطباء بلا حدود')
    const out = applyEdits(
      corpus,
      edits({ splits: [{ id: splitId(msf, 'x'), from: msf, name: 'x', texts }] }),
      sources,
    )
    expect(out.entities).toHaveLength(corpus.entities.length)
  })
})

describe('resolveMerges', () => {
  const known = new Set(['a', 'b', 'c', 'd'])
  it('follows chains to the final entity', () => {
    expect([...resolveMerges({ a: 'b', b: 'c' }, known)]).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ])
  })
  it.each([
    ['a cycle', { a: 'b', b: 'a' }],
    ['an unknown target', { a: 'zz' }],
    ['an unknown source', { zz: 'a' }],
  ])('ignores %s', (_, merges) => {
    expect(resolveMerges(merges, known).size).toBe(0)
  })
})

describe('sanitizeEdits', () => {
  it('keeps well-formed edits', () => {
    const good = edits({
      events: {
        'v-1': { type: 'clash', date: '2030-01-02' },
        'v-2': { deleted: true, date: null },
      },
      renames: { 'e-1': 'اسم' },
      retypes: { 'e-1': 'ORG' },
      merges: { 'e-2': 'e-1' },
      splits: [{ id: 'e-3', from: 'e-1', name: 'x', texts: ['x'] }],
    })
    expect(sanitizeEdits(JSON.parse(JSON.stringify(good)))).toEqual(good)
    expect(countEdits(good)).toBe(6)
  })

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['an array', []],
  ])('turns %s into no edits', (_, raw) => {
    expect(sanitizeEdits(raw)).toEqual(emptyEdits())
  })

  it('drops malformed entries and never touches a prototype', () => {
    const raw = JSON.parse(
      '{"events":{"__proto__":{"deleted":true},"v-1":{"type":"bogus","date":"5/1/2030"},"v-2":{"type":"clash"}},' +
        '"renames":{"e-1":"  ","constructor":"x"},"retypes":{"e-1":"THING"},"merges":{"e-1":"e-1","e-2":"<x>"},' +
        '"splits":[{"id":"e-9","from":"e-1","name":"x","texts":[1,2]},"junk"]}',
    )
    const out = sanitizeEdits(raw)
    expect(out).toEqual(edits({ events: { 'v-2': { type: 'clash' } } }))
    expect(({} as Record<string, unknown>).deleted).toBeUndefined()
    expect(Object.getPrototypeOf(out.events)).toBe(Object.prototype)
  })
})
