import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, screenshot, waitForEvents, waitForParsed } from './browser'

// The dashboard on the real pipeline: the sample, then two invented articles about the same
// crisis (e2e/fixtures, written for these tests) dropped beside it.

const baseURL = inject('baseURL')
const FIXTURES = join(import.meta.dirname, 'fixtures')
let close: (() => Promise<void>) | undefined

afterEach(async () => {
  await close?.()
  close = undefined
})

async function open() {
  const session = await launch()
  close = () => session.context.close()
  await session.page.goto(baseURL)
  await waitForParsed(session.page, 1)
  await waitForEvents(session.page, 1)
  return session
}

type Row = { type: string; date: string; sources: number }
function eventRows(page: Page): Promise<Row[]> {
  return page.locator('[data-testid=timeline-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      type: tr.getAttribute('data-event-type') ?? '',
      date: tr.getAttribute('data-event-date') ?? '',
      sources: Number(tr.getAttribute('data-source-count')),
    })),
  )
}
const count = (page: Page, id: string) => page.locator(`[data-testid=${id}] tbody tr`).count()

/** The entity rows whose name contains `part`: [id, mention count]. */
function entityRows(page: Page, part: string): Promise<[string, number][]> {
  return page
    .locator('[data-testid=entity-row]')
    .evaluateAll(
      (lis, p) =>
        lis
          .filter((li) => li.querySelector('[data-testid=entity-filter]')?.textContent?.includes(p))
          .map(
            (li) =>
              [
                li.getAttribute('data-entity-id') ?? '',
                Number(li.querySelector('.n')?.textContent?.trim()),
              ] as [string, number],
          ),
      part,
    )
}

describe('the dashboard on the real pipeline', () => {
  it("puts the sample's protests and the resignation on their real dates", async () => {
    const { page, errors } = await open()
    const rows = await eventRows(page)
    const on = (date: string) => rows.filter((r) => r.date === date).map((r) => r.type)
    expect(on('2022-01-02')).toContain('protest')
    expect(on('2022-01-04')).toContain('protest')
    expect(on('2022-01-05')).toContain('resignation')
    expect(await count(page, 'deployments-table')).toBeGreaterThan(0)
    expect(await count(page, 'cooccurrence-table')).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('clicking an event highlights its sentence in the reader', async () => {
    const { page } = await open()
    const row = page
      .locator('[data-testid=timeline-table] tbody tr[data-event-type=resignation]')
      .first()
    await row.click()
    const selected = page.locator('[data-testid=reader] .event.selected')
    await selected.first().waitFor({ timeout: 10_000 })
    expect(await selected.allInnerTexts()).toContainEqual(expect.stringContaining('استقالة'))
  })

  it('two dropped articles add their events and sources, merge shared entities and update every table', async () => {
    const { page, errors } = await open()
    const before = {
      events: await eventRows(page),
      deployments: await count(page, 'deployments-table'),
      pairs: await count(page, 'cooccurrence-table'),
      tokayev: await entityRows(page, 'توكاييف'),
    }
    expect(before.tokayev).toHaveLength(1)
    await page.setInputFiles(
      'input[type=file][data-testid=file-input]',
      ['almaty-curfew.txt', 'csto-contingents.txt'].map((name) => ({
        name,
        mimeType: 'text/plain',
        buffer: readFileSync(join(FIXTURES, name)),
      })),
    )
    await waitForParsed(page, 3)
    await waitForEvents(page, before.events.length + 2)
    const after = await eventRows(page)
    expect(after.length).toBeGreaterThan(before.events.length)
    expect(after.some((r) => r.type === 'arrest')).toBe(true) // only the dropped articles have one
    expect(await count(page, 'deployments-table')).toBeGreaterThan(before.deployments)
    expect(await count(page, 'cooccurrence-table')).toBeGreaterThan(before.pairs)
    // The president is one entity across the three articles, with more mentions than before.
    const tokayev = await entityRows(page, 'توكاييف')
    expect(tokayev).toHaveLength(1)
    expect(tokayev[0]![0]).toBe(before.tokayev[0]![0])
    expect(tokayev[0]![1]).toBeGreaterThan(before.tokayev[0]![1])
    await screenshot(page, 'pipeline-three-articles-ar-1280')
    expect(errors).toEqual([])
  })
})
