import { afterEach, describe, expect, inject, it } from 'vitest'
import { launch, waitForParsed } from './browser'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

const rows = (page: import('playwright-core').Page) =>
  page
    .locator('[data-testid=file-status]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-status')]),
    )

describe('persistence', () => {
  it('a dropped article and the removal of the sample survive a reload', async () => {
    const { page, context, errors } = await launch()
    close = () => context.close()
    await page.goto(inject('baseURL'))
    await waitForParsed(page, 1)
    await page.setInputFiles('input[type=file][data-testid=file-input]', {
      name: 'kept.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('أعلنت الحكومة حالة الطوارئ في العاصمة يوم الأحد الماضي.\n', 'utf8'),
    })
    await waitForParsed(page, 2)
    await page
      .locator('[data-file="youm7-blinken-kazakhstan-2022-01-08.txt"] button')
      .last()
      .click()
    await expect.poll(() => rows(page)).toEqual([['kept.txt', expect.stringMatching(/ok|warning/)]])
    const before = await page.locator('[data-testid=reader]').innerText()

    const sampleFetches: string[] = []
    page.on('request', (r) => r.url().includes('/samples/') && sampleFetches.push(r.url()))
    await page.reload()
    await waitForParsed(page, 1)
    expect(await rows(page)).toEqual([['kept.txt', expect.stringMatching(/ok|warning/)]])
    expect(before).toContain('حالة الطوارئ')
    expect(await page.locator('[data-testid=reader]').innerText()).toBe(before)
    expect(sampleFetches).toEqual([])
    expect(errors).toEqual([])
  })
})
