import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { INIT_OPTIONS_KEY } from 'vue-echarts'
import App from '../../App.vue'
import { createAppI18n, applyDocumentLocale } from '../../i18n'
import { setPipelineClient } from '../../stores/useCorpusStore'

import fixture from '../../../tests/fixtures/articles/port-strike.txt?raw'

function mountApp() {
  const pinia = createPinia()
  setActivePinia(pinia)
  applyDocumentLocale('ar')
  return mount(App, {
    attachTo: document.body,
    global: {
      plugins: [pinia, createAppI18n('ar')],
      provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg', width: 600, height: 300 } },
    },
  })
}

/** Waits until no file row is parsing any more. */
async function settle() {
  await flushPromises()
  await vi.waitFor(
    () => {
      if (document.querySelector('[data-status=parsing]')) throw new Error('still parsing')
    },
    // The first parse compiles every parser's patterns: allow for a loaded CI machine.
    { timeout: 15_000, interval: 20 },
  )
  await flushPromises()
}

describe('App', () => {
  beforeEach(() => {
    setPipelineClient(null) // no Worker in jsdom: the client runs the pipeline in place
    localStorage.clear()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(fixture)),
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('loads the sample on a first visit, with its own row', async () => {
    const wrapper = mountApp()
    await settle()
    const rows = wrapper.findAll('[data-testid=file-status]')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.attributes('data-status')).toMatch(/ok|warning/)
    expect(wrapper.find('[data-testid=reader]').text()).toContain('إضراب')
    for (const id of ['timeline-chart', 'deployments-chart', 'cooccurrence-chart']) {
      expect(wrapper.find(`[data-testid=${id}]`).exists()).toBe(true)
    }
    wrapper.unmount()
  })

  it('adds chosen files beside the sample and marks a bad one as an error', async () => {
    const wrapper = mountApp()
    await settle()
    const input = wrapper.find('input[type=file][data-testid=file-input]')
    expect(input.attributes()).toHaveProperty('multiple')
    const files = [
      new File(['مقال قصير عن اجتماع وزراء الخارجية في القاهرة.'], 'good.txt', {
        type: 'text/plain',
      }),
      new File([], 'empty.txt', { type: 'text/plain' }),
    ]
    Object.defineProperty(input.element, 'files', { value: files })
    await input.trigger('change')
    await settle()
    const rows = wrapper.findAll('[data-testid=file-status]')
    expect(rows.map((r) => r.attributes('data-file'))).toEqual([
      'youm7-blinken-kazakhstan-2022-01-08.txt',
      'good.txt',
      'empty.txt',
    ])
    expect(rows[2]!.attributes('data-status')).toBe('error')
    expect(rows[2]!.text()).toMatch(/empty/i)
    expect(rows[1]!.attributes('data-status')).not.toBe('error')
    wrapper.unmount()
  })

  it('switches locale: dir, lang and labels follow, and the choice persists', async () => {
    const wrapper = mountApp()
    await settle()
    expect(document.documentElement.dir).toBe('rtl')
    const heading = () => wrapper.find('#timeline-title').text()
    expect(heading()).toBe('الخط الزمني للأحداث')
    await wrapper.find('select[data-testid=locale-switch]').setValue('en')
    expect(document.documentElement.dir).toBe('ltr')
    expect(document.documentElement.lang).toBe('en')
    expect(heading()).toBe('Event timeline')
    expect(localStorage.getItem('mirsad.locale')).toBe('en')
    wrapper.unmount()
  })
})
