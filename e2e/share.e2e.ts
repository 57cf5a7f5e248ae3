import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { EVENT_COLUMNS } from '../src/export/tables'
import { launch, waitForParsed } from './browser'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of closers.splice(0)) await c()
})

/** A fresh browser profile: nothing kept from any other session. */
async function freshProfile(url?: string) {
  const session = await launch()
  closers.push(() => session.context.close())
  if (url) await session.page.goto(url)
  return session
}

const ARTICLE = {
  name: 'shared.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('تظاهر مئات المحتجين أمام البرلمان في العاصمة يوم الخميس.\n', 'utf8'),
}

const rows = (page: Page) =>
  page
    .locator('[data-testid=file-status]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-status')]),
    )

/** What the dashboard shows, outside the share panel. */
const dashboard = (page: Page) =>
  page.locator('main > section:not([data-testid=share-panel])').allInnerTexts()

/** The sender: the sample plus one dropped article, and a link made in the share panel. */
async function sender(passphrase?: string) {
  const { page } = await freshProfile(inject('baseURL'))
  await waitForParsed(page, 1)
  await page.setInputFiles('input[type=file][data-testid=file-input]', ARTICLE)
  await waitForParsed(page, 2)
  if (passphrase) await page.fill('[data-testid=share-passphrase]', passphrase)
  await page.click('[data-testid=share-copy]')
  const link = await page.locator('[data-testid=share-link]').inputValue()
  return { page, link }
}

describe('share links and bundles', () => {
  it('a link opened in a fresh profile shows the same dashboard', async () => {
    const { page: a, link } = await sender()
    expect(link).toMatch(/#share=[\w-]+$/)
    const { page: b, errors } = await freshProfile(link)
    await waitForParsed(b, 2)
    expect(await rows(b)).toEqual(await rows(a))
    expect(await dashboard(b)).toEqual(await dashboard(a))
    // The fragment is gone from the address bar once opened; a reload shows the kept copy.
    expect(new URL(b.url()).hash).toBe('')
    await b.reload()
    await waitForParsed(b, 2)
    expect(await rows(b)).toEqual(await rows(a))
    expect(errors).toEqual([])
  })

  it('a passphrase link needs its passphrase; a wrong one says so', async () => {
    const { page: a, link } = await sender('رمز سري 42')
    const { page: b } = await freshProfile(link)
    const banner = b.locator('[data-testid=share-incoming]')
    await banner.waitFor()
    expect(await b.locator('[data-testid=file-status]').count()).toBe(0)
    await b.fill('[data-testid=share-incoming-passphrase]', 'خطأ')
    await b.click('[data-testid=share-open]')
    await expect
      .poll(() => b.locator('[data-testid=share-incoming-error]').innerText())
      .toMatch(/خاطئة/)
    await b.fill('[data-testid=share-incoming-passphrase]', 'رمز سري 42')
    await b.click('[data-testid=share-open]')
    await waitForParsed(b, 2)
    expect(await rows(b)).toEqual(await rows(a))
    expect(await banner.count()).toBe(0)
  })

  it.each([
    ['truncated', (l: string) => l.slice(0, l.length - 40), /مبتور/],
    ['corrupted', (l: string) => l.replace(/#share=(.{30})./, '#share=$1!'), /تالفة/],
  ])('a %s link shows a clear error and can be dismissed', async (_, damage, message) => {
    const { link } = await sender()
    const { page: b } = await freshProfile(damage(link))
    const error = b.locator('[data-testid=share-incoming-error]')
    await error.waitFor()
    expect(await error.innerText()).toMatch(message)
    await b.getByRole('button', { name: 'ليس الآن' }).click()
    await waitForParsed(b, 1) // the sample, as on a first visit
    expect((await rows(b)).map(([f]) => f)).toEqual(['youm7-blinken-kazakhstan-2022-01-08.txt'])
  })

  it('exports a bundle that restores the corpus elsewhere, and CSV that parses', async () => {
    const { page: a } = await sender()
    const [bundle] = await Promise.all([
      a.waitForEvent('download'),
      a.click('[data-testid=bundle-export]'),
    ])
    expect(bundle.suggestedFilename()).toBe('mirsad-corpus.mirsad.json')
    const bundlePath = await bundle.path()
    expect(JSON.parse(readFileSync(bundlePath, 'utf8')).format).toBe('mirsad-corpus')

    const [csv] = await Promise.all([
      a.waitForEvent('download'),
      a.click('[data-testid=export-events-csv]'),
    ])
    expect(csv.suggestedFilename()).toBe('mirsad-events.csv')
    const table: string[][] = parse(readFileSync(await csv.path()), { bom: true })
    expect(table[0]).toEqual([...EVENT_COLUMNS])

    const { page: b } = await freshProfile(inject('baseURL'))
    await waitForParsed(b, 1)
    // Only the sample is open: nothing of the user's is replaced, so the bundle opens at once.
    await b.setInputFiles('[data-testid=bundle-import]', bundlePath)
    await waitForParsed(b, 2)
    expect(await rows(b)).toEqual(await rows(a))
  })
})
