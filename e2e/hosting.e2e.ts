import { afterEach, describe, expect, inject, it } from 'vitest'
import { launch, screenshot, waitForParsed, watchPage } from './browser'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function openWatched(url: string) {
  const session = await launch()
  close = () => session.context.close()
  const watch = await watchPage(session.context, session.page)
  await session.page.goto(url)
  return { ...session, watch }
}

async function sampleRow(page: import('playwright-core').Page) {
  await waitForParsed(page, 1)
  const row = page.locator('[data-testid=file-status]').first()
  return [await row.getAttribute('data-file'), await row.getAttribute('data-status')]
}

describe('static hosting', () => {
  it('works from a sub-path of a plain static server: worker, sample and CSP', async () => {
    const url = inject('subPathURL')
    expect(new URL(url).pathname).toBe('/some/sub/path/')
    const { page, errors, watch } = await openWatched(url)
    expect(await sampleRow(page)).toEqual([
      'youm7-blinken-kazakhstan-2022-01-08.txt',
      expect.stringMatching(/^(ok|warning)$/),
    ])
    expect(await page.locator('[data-testid=reader]').innerText()).toContain('كازاخستان')
    // Every asset, the worker and the sample came from under the sub-path.
    const paths = watch.requests.map((u) => new URL(u).pathname)
    expect(paths.some((p) => /pipeline\.worker-[\w-]+\.js$/.test(p))).toBe(true)
    expect(paths.some((p) => p.endsWith('/samples/youm7-blinken-kazakhstan-2022-01-08.txt'))).toBe(
      true,
    )
    expect(paths.filter((p) => !p.startsWith('/some/sub/path/'))).toEqual([])
    // The policy is in force and nothing the app does trips it.
    const csp = await page
      .locator('meta[http-equiv=Content-Security-Policy]')
      .getAttribute('content')
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(await watch.cspViolations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    expect(errors).toEqual([])
    // Control: the policy does block what it should, and the recorder sees it.
    await page.evaluate(() => {
      const style = document.createElement('style')
      style.textContent = 'body { color: red }'
      document.head.append(style)
    })
    await expect.poll(() => watch.cspViolations()).toEqual(['style-src-elem inline'])
  })

  it('the single file works from file:// with no server and no network at all', async () => {
    const url = inject('singleFileURL')
    expect(url).toMatch(/^file:\/\/.*\/dist-single\/index\.html$/)
    const { page, errors, watch } = await openWatched(url)
    expect(await sampleRow(page)).toEqual([
      'youm7-blinken-kazakhstan-2022-01-08.txt',
      expect.stringMatching(/^(ok|warning)$/),
    ])
    expect(await page.locator('[data-testid=reader]').innerText()).toContain('كازاخستان')
    const csp = await page
      .locator('meta[http-equiv=Content-Security-Policy]')
      .getAttribute('content')
    expect(csp).toMatch(/script-src 'sha256-[\w+/=]+'/)
    expect(csp).toContain("connect-src 'none'")
    expect(csp).toContain('worker-src blob:')
    // Only the file itself and the inlined worker's blob: URL.
    expect(watch.requests.filter((u) => u !== url && !u.startsWith('blob:'))).toEqual([])
    expect(await watch.cspViolations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    expect(errors).toEqual([])
    await screenshot(page, 'single-file')
  })

  it('the hosted build keeps working offline after the first visit', async () => {
    const { page, context, errors } = await openWatched(inject('baseURL'))
    await sampleRow(page)
    // The service worker has precached the app (and, later, the model weights).
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
      .toBe('activated')
    await context.setOffline(true)
    await page.reload()
    // Control: the network really is gone for anything not precached.
    const probe = () =>
      fetch('./not-precached.json').then(
        () => 'online',
        () => 'offline',
      )
    expect(await page.evaluate(probe)).toBe('offline')
    expect(await sampleRow(page)).toEqual([
      'youm7-blinken-kazakhstan-2022-01-08.txt',
      expect.stringMatching(/^(ok|warning)$/),
    ])
    // Parsing a new file offline needs the worker script: it comes from the cache too.
    await page.setInputFiles('input[type=file][data-testid=file-input]', {
      name: 'offline.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('أغلقت السلطات المطار بسبب العاصفة صباح السبت.\n', 'utf8'),
    })
    await waitForParsed(page, 2)
    const status = await page.locator('[data-file="offline.txt"]').getAttribute('data-status')
    expect(status).toMatch(/^(ok|warning)$/)
    expect(errors).toEqual([])
  })
})
