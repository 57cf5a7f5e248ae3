import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { launch, originOf, waitForParsed, watchPage } from './browser'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/**
 * A full session: first visit, drop an article, make a share link, export a table and a bundle,
 * reload. Returns every request the browser made for the page and its workers.
 */
async function fullSession(url: string) {
  const { context, page, errors } = await launch()
  close = () => context.close()
  const watch = await watchPage(context, page)
  const sockets: string[] = []
  page.on('websocket', (ws) => sockets.push(ws.url()))
  await page.goto(url)
  await waitForParsed(page, 1)
  await page.setInputFiles('input[type=file][data-testid=file-input]', {
    name: 'private.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('اعتقلت السلطات عشرين ناشطًا في المدينة مساء الاثنين.\n', 'utf8'),
  })
  await waitForParsed(page, 2)
  await page.click('[data-testid=share-copy]')
  expect(await page.locator('[data-testid=share-link]').inputValue()).toContain('#share=')
  await download(page, '[data-testid=export-events-csv]')
  await download(page, '[data-testid=bundle-export]')
  await page.reload()
  await waitForParsed(page, 2)
  return { context, page, errors, watch, sockets }
}

async function download(page: Page, selector: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)])
  expect(await file.path()).toBeTruthy()
}

async function noViolations(page: Page, watch: Awaited<ReturnType<typeof watchPage>>) {
  expect(await watch.cspViolations()).toEqual([])
  expect(watch.consoleErrors).toEqual([])
}

describe('privacy: nothing leaves the machine', () => {
  it('the hosted build: every request stays on the page origin', async () => {
    const url = inject('baseURL')
    const { page, errors, watch, sockets } = await fullSession(url)
    const origins = [...new Set(watch.requests.map(originOf))]
    console.info(`hosted session: ${watch.requests.length} requests, origins ${origins.join(' ')}`)
    expect(watch.requests.length).toBeGreaterThan(3) // the recorder did see the page load
    expect(origins.filter((o) => o !== new URL(url).origin && o !== 'data:')).toEqual([])
    expect(sockets).toEqual([])
    await noViolations(page, watch)
    expect(errors).toEqual([])
  })

  it('the single file: no request at all beyond the file itself and its worker blob', async () => {
    const url = inject('singleFileURL')
    const { page, errors, watch, sockets } = await fullSession(url)
    console.info(`single-file session: ${watch.requests.join(' ')}`)
    const other = watch.requests.filter((u) => u !== url && !u.startsWith('blob:null/'))
    expect(other).toEqual([])
    expect(sockets).toEqual([])
    await noViolations(page, watch)
    expect(errors).toEqual([])
  })

  it('private mode keeps nothing across a reload, and remembers only the switch', async () => {
    const { context, page } = await launch()
    close = () => context.close()
    await page.goto(inject('baseURL'))
    await waitForParsed(page, 1)
    await page.check('[data-testid=private-mode]')
    await page.setInputFiles('input[type=file][data-testid=file-input]', {
      name: 'secret.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('نص سري عن اجتماع مغلق.\n', 'utf8'),
    })
    await waitForParsed(page, 2)
    await page.reload()
    await waitForParsed(page, 1)
    const names = await page
      .locator('[data-testid=file-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-file')))
    expect(names).toEqual(['youm7-blinken-kazakhstan-2022-01-08.txt'])
    expect(await page.isChecked('[data-testid=private-mode]')).toBe(true)
    expect(await storedFileCount(context, page)).toBe(0)
  })

  it('clear all asks first, then empties the page and the storage', async () => {
    const { context, page } = await launch()
    close = () => context.close()
    await page.goto(inject('baseURL'))
    await waitForParsed(page, 1)
    await expect.poll(() => storedFileCount(context, page)).toBe(1)
    await page.click('[data-testid=clear-all]')
    expect(await page.locator('[data-testid=file-status]').count()).toBe(1) // only asked so far
    await page.click('[data-testid=clear-confirm]')
    await expect.poll(() => page.locator('[data-testid=file-status]').count()).toBe(0)
    await expect.poll(() => storedFileCount(context, page)).toBe(0)
  })
})

/** How many files the page has kept in IndexedDB. */
function storedFileCount(_context: BrowserContext, page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('mirsad')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          if (!db.objectStoreNames.contains('files')) return resolve(0)
          const count = db.transaction('files').objectStore('files').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      }),
  )
}
