import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../../i18n'
import { setPipelineClient, useCorpusStore } from '../../../stores/useCorpusStore'
import SharePanel from '../SharePanel.vue'

function mountPanel(locale: 'ar' | 'en' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(SharePanel, { global: { plugins: [pinia, createAppI18n(locale)] } })
}

const settle = async () => {
  await flushPromises()
  await vi.waitFor(() => expect(useCorpusStore().busy).toBe(false), { timeout: 10_000 })
  await flushPromises()
}

describe('SharePanel', () => {
  beforeEach(() => {
    setPipelineClient(null)
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('نص العينة.')),
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    history.replaceState(null, '', '/')
  })

  it('says plainly that a link holds the full text, in both languages', async () => {
    expect(mountPanel('en').text()).toContain('contains the full text of every article')
    expect(mountPanel('ar').text()).toContain('النص الكامل لكل المقالات')
  })

  it('without Web Crypto the passphrase is off and the page says why', async () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) })
    const w = mountPanel()
    expect(w.find('[data-testid=share-passphrase]').attributes()).toHaveProperty('disabled')
    expect(w.text()).toMatch(/secure page/)
  })

  it('makes a link of the open corpus', async () => {
    const w = mountPanel()
    await settle()
    await w.find('[data-testid=share-copy]').trigger('click')
    await vi.waitFor(() => expect(w.find('[data-testid=share-link]').exists()).toBe(true), {
      timeout: 10_000,
    })
    const link = (w.find('[data-testid=share-link]').element as HTMLInputElement).value
    expect(link).toMatch(/#share=[\w-]+$/)
  })

  it('a damaged link in the address shows a clear error instead of the sample', async () => {
    history.replaceState(null, '', '/#share=TQEAAAAIxx')
    const w = mountPanel()
    await settle()
    expect(w.find('[data-testid=share-incoming-error]').text()).toMatch(/truncated/)
    expect(useCorpusStore().files).toHaveLength(0)
    await w
      .findAll('button')
      .find((b) => b.text() === 'Not now')!
      .trigger('click')
    await settle()
    expect(useCorpusStore().files.map((f) => f.sample)).toEqual([true])
    expect(location.hash).toBe('')
  })

  it('asks before clearing everything', async () => {
    const w = mountPanel()
    await settle()
    await w.find('[data-testid=clear-all]').trigger('click')
    expect(useCorpusStore().files).toHaveLength(1)
    await w.find('[data-testid=clear-confirm]').trigger('click')
    await flushPromises()
    expect(useCorpusStore().files).toHaveLength(0)
  })
})
