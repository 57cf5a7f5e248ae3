import { afterEach, describe, expect, inject, it } from 'vitest'
import { launch, screenshot, waitForParsed } from './browser'

const baseURL = inject('baseURL')
let close: (() => Promise<void>) | undefined

afterEach(async () => {
  await close?.()
  close = undefined
})

async function open(options: Parameters<typeof launch>[0] = {}) {
  const session = await launch(options)
  close = () => session.context.close()
  await session.page.goto(baseURL)
  return session
}

describe('dashboard', () => {
  it('shows the sample on a first visit, with its own row', async () => {
    const { page, errors } = await open()
    await waitForParsed(page, 1)
    const rows = page.locator('[data-testid=file-status]')
    expect(await rows.count()).toBe(1)
    expect(await rows.first().getAttribute('data-file')).toBe(
      'youm7-blinken-kazakhstan-2022-01-08.txt',
    )
    expect(await rows.first().getAttribute('data-status')).toMatch(/^(ok|warning)$/)
    expect(await page.locator('[data-testid=reader]').innerText()).toContain('كازاخستان')
    for (const id of ['timeline-chart', 'deployments-chart', 'cooccurrence-chart']) {
      expect(await page.locator(`[data-testid=${id}]`).isVisible()).toBe(true)
    }
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl'])
    await screenshot(page, 'dashboard-ar-1280')
    expect(errors).toEqual([])
  })

  it('adds picked files beside the sample; a broken one gets an error row', async () => {
    const { page, errors } = await open()
    await waitForParsed(page, 1)
    await page.setInputFiles('input[type=file][data-testid=file-input]', [
      {
        name: 'meeting.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('اجتمع وزراء الخارجية العرب في القاهرة أمس لبحث الأزمة.\n', 'utf8'),
      },
      {
        name: 'broken.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      },
    ])
    await waitForParsed(page, 3)
    const rows = page.locator('[data-testid=file-status]')
    const seen = await rows.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-status')]),
    )
    expect(seen.map(([f]) => f)).toEqual([
      'youm7-blinken-kazakhstan-2022-01-08.txt',
      'meeting.txt',
      'broken.txt',
    ])
    expect(seen[1]![1]).not.toBe('error')
    expect(seen[2]![1]).toBe('error')
    expect(await rows.nth(2).innerText()).toMatch(/binary/i)
    // The code is translated; the parser's own words stay beside it.
    expect(await rows.nth(2).innerText()).toContain('الملف ثنائي')
    expect(errors).toEqual([])
  })

  it('flips dir and labels when the locale switches, and remembers it', async () => {
    const { page } = await open()
    await waitForParsed(page, 1)
    await page.selectOption('select[data-testid=locale-switch]', 'en')
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['en', 'ltr'])
    expect(await page.locator('#timeline-title').innerText()).toBe('Event timeline')
    await screenshot(page, 'dashboard-en-1280')
    await page.reload()
    await waitForParsed(page, 1)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr')
  })
})
