import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const RESULTS = join(import.meta.dirname, '..', 'test-results')
mkdirSync(RESULTS, { recursive: true })

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A fresh Chromium profile (nothing persisted between tests). */
export async function launch(
  options: { width?: number; dark?: boolean; locale?: string; timezoneId?: string } = {},
) {
  const context: BrowserContext = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'mirsad-e2e-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.dark ? 'dark' : 'light',
      locale: options.locale,
      timezoneId: options.timezoneId,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  )
  const page: Page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  return { context, page, errors }
}

/** Waits until every file row has finished parsing. */
export async function waitForParsed(page: Page, rows: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const all = document.querySelectorAll('[data-testid=file-status]')
      return all.length >= n && ![...all].some((r) => r.getAttribute('data-status') === 'parsing')
    },
    rows,
    { timeout: 30_000 },
  )
}

/** Waits until the tables hold at least `n` events (the demo corpus has 19). */
export async function waitForEvents(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (min) => document.querySelectorAll('[data-testid=timeline-table] tbody tr').length >= min,
    n,
    { timeout: 30_000 },
  )
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(RESULTS, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/**
 * Records what a page does on the network and what its Content-Security-Policy refused: every
 * request of the context (pages and workers) and every `securitypolicyviolation` event, plus the
 * console's "Refused to ..." lines (violations inside workers only show there).
 */
export async function watchPage(context: BrowserContext, page: Page) {
  const requests: string[] = []
  const consoleErrors: string[] = []
  context.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => {
    if (m.type() === 'error' || /refused to/i.test(m.text())) consoleErrors.push(m.text())
  })
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    )
  })
  return {
    requests,
    consoleErrors,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  }
}

/** The origin a request went to; data: URLs stay in the page, blob: URLs carry their origin. */
export function originOf(url: string): string {
  if (url.startsWith('data:')) return 'data:'
  return new URL(url.startsWith('blob:') ? url.slice(5) : url).origin
}
