import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { INIT_OPTIONS_KEY } from 'vue-echarts'
import App from '../../App.vue'
import { createAppI18n, applyDocumentLocale } from '../../i18n'
import { setPipelineClient, useCorpusStore } from '../../stores/useCorpusStore'
import { useFiltersStore } from '../../stores/useFiltersStore'
import { useViewStore } from '../../stores/useViewStore'

/** Mounts the dashboard on the invented demo corpus (?demo). */
async function mountDemo(query = '') {
  history.replaceState(null, '', `/?demo${query}`)
  const pinia = createPinia()
  setActivePinia(pinia)
  applyDocumentLocale('ar')
  const wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [pinia, createAppI18n('ar')],
      provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg', width: 600, height: 300 } },
    },
  })
  await vi.waitFor(
    () => {
      if (wrapper.findAll('[data-testid=timeline-table] tbody tr').length === 0)
        throw new Error('empty')
    },
    { timeout: 15_000 },
  )
  await flushPromises()
  return wrapper
}

const rows = (w: VueWrapper) => w.findAll('[data-testid=timeline-table] tbody tr')

// Whole-app tests with charts rendered to SVG in jsdom: slower than unit tests.
describe('dashboard on the demo corpus', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setPipelineClient(null)
    localStorage.clear()
    Element.prototype.scrollIntoView = vi.fn()
  })
  afterEach(() => {
    document.body.innerHTML = ''
    history.replaceState(null, '', '/')
  })

  it('fills every table: one row per event, deployment and pair, with the data attributes', async () => {
    const w = await mountDemo()
    const corpus = useCorpusStore().corpus
    expect(rows(w)).toHaveLength(corpus.events.length)
    expect(w.findAll('[data-testid=deployments-table] tbody tr')).toHaveLength(
      corpus.deployments.length,
    )
    expect(w.findAll('[data-testid=cooccurrence-table] tbody tr')).toHaveLength(
      corpus.cooccurrence.length,
    )
    const first = rows(w)[0]!
    expect(first.attributes('data-event-date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(first.attributes('data-event-type')).toBe(corpus.events[0]!.type)
    expect(rows(w).some((r) => r.attributes('data-event-date') === '')).toBe(true)
    expect(rows(w).some((r) => r.attributes('data-source-count') === '2')).toBe(true)
    w.unmount()
  })

  it('clicking a table row opens its article and flashes its sentence', async () => {
    const w = await mountDemo()
    const row = rows(w).find((r) => r.attributes('data-event-type') === 'resignation')!
    await row.trigger('click')
    await flushPromises()
    const id = row.attributes('data-event-id')!
    const runs = w.findAll(`[data-testid=reader] [data-event-ids~="${id}"]`)
    expect(runs.length).toBeGreaterThan(0)
    expect(
      runs.every((r) => r.classes().includes('selected') && r.classes().includes('flash')),
    ).toBe(true)
    expect(runs.map((r) => r.text()).join('')).toContain('استقالته')
    expect(row.classes()).toContain('selected')
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled()
    w.unmount()
  })

  it('is keyboard-operable: Enter on a focused row selects it', async () => {
    const w = await mountDemo()
    const row = rows(w)[2]!
    await row.trigger('keydown', { key: 'Enter' })
    expect(useViewStore().eventId).toBe(row.attributes('data-event-id'))
    w.unmount()
  })

  it('filters by type: chips, tables and the URL follow', async () => {
    const w = await mountDemo()
    await w.find('[data-testid=type-chip][data-type=withdrawal]').trigger('click')
    expect(rows(w).map((r) => r.attributes('data-event-type'))).toEqual([
      'withdrawal',
      'withdrawal',
    ])
    expect(w.findAll('[data-testid=deployments-table] tbody tr')).toHaveLength(2)
    await flushPromises()
    expect(new URLSearchParams(location.search).get('types')).toBe('withdrawal')
    expect(location.search).toBe('?demo&types=withdrawal') // other parameters keep their spelling
    await w.find('[data-testid=clear-filters]').trigger('click')
    await flushPromises()
    expect(new URLSearchParams(location.search).has('types')).toBe(false)
    w.unmount()
  })

  it('reads filters from a bookmarked URL', async () => {
    const w = await mountDemo('&from=2030-03-16&to=2030-03-16')
    const dates = rows(w).map((r) => r.attributes('data-event-date'))
    expect(dates.length).toBeGreaterThan(0)
    expect(new Set(dates)).toEqual(new Set(['2030-03-16']))
    expect((w.find('[data-testid=filter-from]').element as HTMLInputElement).value).toBe(
      '2030-03-16',
    )
    w.unmount()
  })

  it('clicking an entity filters everything to it; its chip removes the filter', async () => {
    const w = await mountDemo()
    const total = rows(w).length
    const entity = w
      .findAll('[data-testid=entity-row]')
      .find((r) => r.text().includes('كريم العلوي'))!
    await entity.find('[data-testid=entity-filter]').trigger('click')
    expect(rows(w).map((r) => r.attributes('data-event-type'))).toEqual(['resignation'])
    expect(w.find('[data-testid=entity-chip]').text()).toContain('كريم العلوي')
    await w.find('[data-testid=entity-chip]').trigger('click')
    expect(rows(w)).toHaveLength(total)
    w.unmount()
  })

  it('corrects an event: new type, then delete, then undo', async () => {
    const w = await mountDemo()
    const row = rows(w).find((r) => r.attributes('data-event-type') === 'request')!
    const id = row.attributes('data-event-id')!
    await row.find('[data-testid=edit-event]').trigger('click')
    await flushPromises()
    await w.find('[data-testid=edit-type]').setValue('diplomacy')
    await w.find('[data-testid=event-editor] form').trigger('submit')
    await flushPromises()
    expect(w.find(`tr[data-event-id="${id}"]`).attributes('data-event-type')).toBe('diplomacy')

    await w.find(`tr[data-event-id="${id}"] [data-testid=edit-event]`).trigger('click')
    await flushPromises()
    await w.find('[data-testid=edit-delete]').trigger('click')
    await flushPromises()
    expect(w.find(`tr[data-event-id="${id}"]`).exists()).toBe(false)

    const log = w.find('[data-testid=edits-log]')
    expect(log.text()).toMatch(/حُذف/)
    await log.find('li button').trigger('click')
    await flushPromises()
    expect(w.find(`tr[data-event-id="${id}"]`).attributes('data-event-type')).toBe('request')
    w.unmount()
  })

  it('merges two entities into one', async () => {
    const w = await mountDemo()
    const before = w.findAll('[data-testid=entity-row]').length
    const pick = (name: string) =>
      w.findAll('[data-testid=entity-row]').find((r) => r.find('.name').text() === name)!
    await pick('مراكش').find('input[type=checkbox]').setValue(true)
    await pick('الحوز').find('input[type=checkbox]').setValue(true)
    await w.find('[data-testid=entity-merge]').trigger('click')
    expect(w.findAll('[data-testid=entity-row]')).toHaveLength(before - 1)
    const merged = useCorpusStore().corpus.entities.find((e) => e.name === 'مراكش')!
    expect(merged.aliases).toContain('الحوز')
    w.unmount()
  })

  it('sets a missing publication date and re-parses that file', async () => {
    const w = await mountDemo()
    const corpus = useCorpusStore()
    const undated = corpus.corpus.articles.find((a) => !a.published)!
    useViewStore().openArticle(undated.id)
    await flushPromises()
    await w.find('[data-testid=set-published-date]').setValue('2030-03-18')
    await w.find('[data-testid=set-published]').trigger('submit')
    await vi.waitFor(
      () => {
        if (!corpus.corpus.articles.find((a) => a.id === undated.id)?.published)
          throw new Error('not yet')
      },
      { timeout: 10_000 },
    )
    const a = corpus.corpus.articles.find((x) => x.id === undated.id)!
    expect([a.published, a.publishedSource]).toEqual(['2030-03-18', 'user'])
    expect(corpus.overrides).toEqual({ [undated.id]: '2030-03-18' })
    w.unmount()
  })

  it('searches with Arabic spelling variants and filters to an entity hit', async () => {
    const w = await mountDemo()
    await w.find('[data-testid=search]').setValue('اسبانيا')
    // The search chunk loads on first use.
    await vi.waitFor(
      () => {
        if (!w.find('[data-testid=search-hit]').exists()) throw new Error('no hits yet')
      },
      { timeout: 10_000 },
    )
    const hit = w
      .findAll('[data-testid=search-hit]')
      .find((h) => h.attributes('data-kind') === 'entity')!
    expect(hit.text()).toContain('إسبانيا')
    await hit.trigger('click')
    expect(useFiltersStore().filters.entities).toHaveLength(1)
    w.unmount()
  })

  it('switches to Arabic-Indic digits', async () => {
    const w = await mountDemo()
    const cell = () => rows(w)[0]!.find('td').text()
    expect(cell()).toMatch(/\d/)
    await w.find('[data-testid=digits-switch]').setValue('arab')
    expect(cell()).toMatch(/[\u0660-\u0669]/) // Arabic-Indic digits
    expect(cell()).not.toMatch(/\d/)
    w.unmount()
  })

  it('shows bidi control characters from an article instead of obeying them', async () => {
    const w = await mountDemo()
    const corpus = useCorpusStore()
    const tricky = corpus.corpus.articles.find((a) => a.text.includes('\u202E'))!
    useViewStore().openArticle(tricky.id)
    await flushPromises()
    const badges = w.findAll('[data-testid=reader] .ctrl').map((b) => b.text())
    expect(badges).toEqual(['RLO', 'PDF'])
    expect(w.find('[data-testid=reader]').text()).not.toContain('\u202E')
    w.unmount()
  })

  it('marks a file that repeats an article already loaded', async () => {
    const w = await mountDemo()
    const corpus = useCorpusStore()
    const first = corpus.files[0]!.input!
    await corpus.addInputs([{ name: 'copy.txt', bytes: first.bytes }])
    await flushPromises()
    // The corpus keeps one of the two (by file name, whatever the order); the other row says so.
    const notes = w
      .findAll('[data-testid=file-status]')
      .filter((r) => r.find('[data-testid=duplicate]').exists())
    expect(notes).toHaveLength(1)
    const [dup, of] = [notes[0]!.attributes('data-file'), notes[0]!.find('bdi:last-child').text()]
    expect(new Set([dup, of])).toEqual(new Set(['copy.txt', first.name]))
    w.unmount()
  })

  it('adds pasted text as a file', async () => {
    const w = await mountDemo()
    await w.find('[data-testid=paste-text]').setValue('اجتمع الوزراء في عمّان أمس.')
    await w.find('[data-testid=paste-add]').trigger('submit')
    await vi.waitFor(
      () => {
        const r = w.findAll('[data-testid=file-status]').at(-1)!
        if (r.attributes('data-status') === 'parsing') throw new Error('parsing')
      },
      { timeout: 10_000 },
    )
    const last = w.findAll('[data-testid=file-status]').at(-1)!
    expect(last.attributes('data-file')).toMatch(/^pasted-\d+\.txt$/)
    expect(last.attributes('data-status')).not.toBe('error')
    w.unmount()
  })
})
