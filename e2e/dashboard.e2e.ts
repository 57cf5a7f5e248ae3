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
    // The translated reason (the UI is in Arabic by default).
    expect(await rows.nth(2).innerText()).toMatch(/ثنائي/)
    // The code is translated; the parser's own words stay beside it.
    expect(await rows.nth(2).innerText()).toContain('الملف ثنائي')
    expect(errors).toEqual([])
  })

  it('shows a progress bar with counts while many files parse, and stays responsive', async () => {
    const { page, errors } = await open()
    await waitForParsed(page, 1)
    // Record every progress text the page shows.
    await page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { seen: string[] }).seen = seen
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid=progress]')
        if (p) seen.push(p.textContent ?? '')
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    const files = Array.from({ length: 40 }, (_, i) => ({
      name: `report-${String(i).padStart(2, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(
        `تقرير رقم ${i}: اجتمع المجلس في القاهرة يوم ${(i % 28) + 1} مارس.\n`,
        'utf8',
      ),
    }))
    await page.setInputFiles('input[type=file][data-testid=file-input]', files)
    // The page answers while the worker parses.
    expect(await page.evaluate(() => document.title)).toContain('Mirsad')
    await waitForParsed(page, 41)
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.some((t) => /\d+\D+41/.test(t))).toBe(true) // "n of 41"
    expect(await page.isVisible('[data-testid=progress]')).toBe(false)
    expect(await page.locator('[data-testid=file-status]').count()).toBe(41)
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
