import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launch, screenshot, waitForEvents, waitForParsed } from './browser'

// The dashboard on the invented demo corpus (?demo: tests/fixtures/corpus/synthetic.ts), which
// has events, entities and deployments while the pipeline's stages are still being written.
const baseURL = inject('baseURL')
const DEMO_EVENTS = 19
let close: (() => Promise<void>) | undefined

afterEach(async () => {
  await close?.()
  close = undefined
})

async function openDemo(
  options: Parameters<typeof launch>[0] & { lang?: 'ar' | 'en'; query?: string } = {},
) {
  const session = await launch(options)
  close = () => session.context.close()
  if (options.lang) {
    await session.page.addInitScript((l) => localStorage.setItem('mirsad.locale', l), options.lang)
  }
  await session.page.goto(`${baseURL}?demo${options.query ?? ''}`)
  await waitForParsed(session.page, 3)
  return session
}

/** The text of a chart's SVG labels (innerText is empty for SVG text). */
const svgText = (page: Page, testid: string) =>
  page
    .locator(`[data-testid=${testid}] svg text`)
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''))

const rows = (page: Page) => page.locator('[data-testid=timeline-table] tbody tr')

/** The text of the reader's runs for one event (a sentence is split by its highlights). */
async function sentenceOf(
  page: Page,
  eventId: string,
): Promise<{ text: string; flashed: boolean }> {
  return page.evaluate((id) => {
    const runs = [
      ...document.querySelectorAll<HTMLElement>('[data-testid=reader] [data-event-ids]'),
    ].filter((el) => el.dataset.eventIds!.split(' ').includes(id))
    return {
      text: runs.map((r) => r.textContent).join(''),
      flashed: runs.length > 0 && runs.every((r) => r.classList.contains('selected')),
    }
  }, eventId)
}

describe('dashboard on the demo corpus', () => {
  it.each([
    ['ar', false, 1280],
    ['ar', true, 1280],
    ['ar', false, 1920],
    ['ar', true, 1920],
    ['en', false, 1280],
    ['en', true, 1280],
    ['en', false, 1920],
    ['en', true, 1920],
  ] as const)('draws every chart and table (%s, dark=%s, %dpx)', async (lang, dark, width) => {
    const { page, errors } = await openDemo({ lang, dark, width })
    await waitForEvents(page, DEMO_EVENTS)
    expect(await rows(page).count()).toBe(DEMO_EVENTS)
    expect(await page.locator('[data-testid=deployments-table] tbody tr').count()).toBe(6)
    expect(await page.locator('[data-testid=cooccurrence-table] tbody tr').count()).toBeGreaterThan(
      10,
    )
    for (const id of ['timeline-chart', 'deployments-chart', 'cooccurrence-chart']) {
      const chart = page.locator(`[data-testid=${id}]`)
      expect(await chart.isVisible()).toBe(true)
      // Marks drawn: SVG paths inside the chart.
      expect(await chart.locator('svg path').count()).toBeGreaterThan(10)
    }
    // The map (a lazy chunk) has drawn its flows.
    await page.waitForSelector('[data-testid=deployments-chart] [data-flow=map] svg path')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(
      lang === 'ar' ? 'rtl' : 'ltr',
    )
    expect(
      await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'مرصاد')),
    ).toBe(true)
    await page.waitForTimeout(500) // let fonts settle in the charts
    await screenshot(page, `demo-${lang}-${dark ? 'dark' : 'light'}-${width}`)
    expect(errors).toEqual([])
  })

  it('clicking a timeline point scrolls the reader to its sentence and flashes it', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    // The one resignation: its point is the lowest mark of that colour (the legend icon is above).
    const handle = await page.evaluateHandle(() => {
      const paths = [...document.querySelectorAll('[data-testid=timeline-chart] svg path')].filter(
        (p) => /009e73|rgb\(0,\s*158,\s*115\)/i.test(p.getAttribute('fill') ?? ''),
      )
      return paths.sort((a, b) => b.getBoundingClientRect().y - a.getBoundingClientRect().y)[0]!
    })
    await handle.asElement()!.click()
    const row = page.locator('[data-testid=timeline-table] tbody tr.selected')
    await row.waitFor()
    expect(await row.getAttribute('data-event-type')).toBe('resignation')
    const sentence = await sentenceOf(page, (await row.getAttribute('data-event-id'))!)
    expect(sentence.flashed).toBe(true)
    expect(sentence.text).toContain('استقالته')
  })

  it('clicking a table row highlights its sentence in the reader', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    const row = page.locator('[data-testid=timeline-table] tbody tr[data-event-type=arrest]')
    await row.click()
    const id = (await row.getAttribute('data-event-id'))!
    await page.waitForFunction(
      (i) => document.querySelector(`[data-testid=reader] .event.selected[data-event-ids~="${i}"]`),
      id,
    )
    const sentence = await sentenceOf(page, id)
    expect(sentence.text).toContain('اعتقلت الشرطة')
    // The sentence is scrolled (smoothly) into view.
    await page.waitForFunction((i) => {
      const el = document.querySelector(`[data-testid=reader] [data-event-ids~="${i}"]`)
      const r = el?.getBoundingClientRect()
      return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight
    }, id)
  })

  it('rows are reachable by keyboard with a visible focus', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    const row = rows(page).nth(1)
    await row.focus()
    expect(await row.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    expect(await row.getAttribute('class')).toContain('selected')
  })

  it('keeps filters in the URL: a reload shows the same view', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    await page.click('[data-testid=type-chip][data-type=deployment]')
    await page.waitForFunction(() => location.search.includes('types=deployment'))
    const kinds = () =>
      rows(page).evaluateAll((els) => [
        ...new Set(els.map((e) => e.getAttribute('data-event-type'))),
      ])
    expect(await kinds()).toEqual(['deployment'])
    await page.reload()
    await waitForParsed(page, 3)
    await waitForEvents(page, 1)
    expect(await kinds()).toEqual(['deployment'])
    expect(
      await page.getAttribute('[data-testid=type-chip][data-type=deployment]', 'aria-pressed'),
    ).toBe('true')
  })

  it('brushing a period on the timeline sets the date filter', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    const box = (await page.locator('[data-testid=timeline-chart]').boundingBox())!
    // The toolbox stands at the start of the time axis (left in Arabic); its first icon is the brush.
    const icon = await page.evaluate((left) => {
      const small = [...document.querySelectorAll('[data-testid=timeline-chart] svg path')]
        .map((p) => p.getBoundingClientRect())
        .filter(
          (r) => r.width > 8 && r.width < 24 && r.height > 8 && r.height < 24 && r.x < left + 50,
        )
        .sort((a, b) => a.y - b.y)
      return small[0] && { x: small[0].x + small[0].width / 2, y: small[0].y + small[0].height / 2 }
    }, box.x)
    expect(icon).toBeTruthy()
    await page.mouse.click(icon!.x, icon!.y)
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 })
    await page.mouse.up()
    await page.waitForFunction(() =>
      /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.search),
    )
    const params = new URLSearchParams(await page.evaluate(() => location.search))
    const dates = await rows(page).evaluateAll((els) => els.map((e) => e.dataset.eventDate!))
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.length).toBeLessThan(DEMO_EVENTS)
    for (const d of dates) {
      expect(d >= params.get('from')! && d <= params.get('to')!).toBe(true)
    }
  })

  it('clicking a co-occurrence node filters everything to that entity', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    await page
      .locator('[data-testid=cooccurrence-chart] svg text', { hasText: 'كريم العلوي' })
      .first()
      .click()
    await page.waitForSelector('[data-testid=entity-chip]')
    expect(await page.innerText('[data-testid=entity-chip]')).toContain('كريم العلوي')
    expect(await rows(page).evaluateAll((els) => els.map((e) => e.dataset.eventType))).toEqual([
      'resignation',
    ])
    expect(await page.evaluate(() => location.search)).toMatch(/entities=e-/)
  })

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'keeps calendar dates in %s',
    async (timezoneId) => {
      const { page } = await openDemo({ timezoneId })
      await waitForEvents(page, DEMO_EVENTS)
      const first = rows(page).first()
      expect(await first.getAttribute('data-event-date')).toBe('2030-03-12')
      expect(await first.locator('td').first().innerText()).toContain('12 مارس 2030')
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid=timeline-chart] svg text')].some((t) =>
          t.textContent?.includes('مارس'),
        ),
      )
      const ticks = await svgText(page, 'timeline-chart')
      expect(ticks.join(' ')).toContain('12 مارس')
      expect(ticks.join(' ')).not.toContain('19 مارس')
    },
  )

  it('sets a missing publication date; the file is parsed again', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    const undated = page.locator(
      '[data-testid=file-status][data-file="demo/undated-withdrawal.txt"]',
    )
    expect(await undated.getAttribute('data-status')).toBe('warning')
    const id = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLOptionElement>('[data-testid=article-picker] option'),
        ].find((o) => o.textContent!.includes('سحب'))!.value,
    )
    await page.selectOption('[data-testid=article-picker]', id)
    await page.fill('[data-testid=set-published-date]', '2030-03-18')
    await page.click('[data-testid=set-published-button]')
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=reader-published]')
        ?.textContent?.includes('18 مارس 2030'),
    )
    await waitForParsed(page, 3)
    expect(await undated.getAttribute('data-status')).toBe('ok')
  })

  it('adds dropped files and pasted text beside what is there', async () => {
    const { page, errors } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    await page.evaluate(() => {
      const dt = new DataTransfer()
      dt.items.add(new File(['تظاهر المئات في بيروت أمس.'], 'beirut.txt', { type: 'text/plain' }))
      dt.items.add(new File(['اجتمع الوزراء في الرباط.'], 'rabat.txt', { type: 'text/plain' }))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        )
      }
    })
    await waitForParsed(page, 5)
    await page.click('.paste summary')
    await page.fill('[data-testid=paste-text]', 'أعلنت الحكومة حالة الطوارئ في البلاد.')
    await page.click('[data-testid=paste-add]')
    await waitForParsed(page, 6)
    const files = await page
      .locator('[data-testid=file-status]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-status')]),
      )
    expect(files.slice(3).map(([f]) => f)).toEqual(['beirut.txt', 'rabat.txt', 'pasted-1.txt'])
    expect(files.every(([, s]) => s !== 'error')).toBe(true)
    expect(await page.isVisible('.drop-overlay')).toBe(false)
    expect(errors).toEqual([])
  })

  it('switching to English relabels the charts too', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    const chartText = () => svgText(page, 'timeline-chart')
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=timeline-chart] svg text')].some((t) =>
        t.textContent?.includes('استقالة'),
      ),
    )
    expect((await chartText()).join(' ')).toContain('استقالة')
    await page.selectOption('select[data-testid=locale-switch]', 'en')
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=timeline-chart] svg text')].some((t) =>
        t.textContent?.includes('Resignation'),
      ),
    )
    expect((await chartText()).join(' ')).not.toContain('استقالة')
    expect(await page.innerText('[data-testid=timeline-table] thead')).toContain('Date')
  })

  it('saves each chart region as a PNG and an SVG that image programs open', async () => {
    const { page } = await openDemo()
    await waitForEvents(page, DEMO_EVENTS)
    await page.waitForSelector('[data-testid=deployments-chart] .flows svg')
    const save = async (name: string, format: 'png' | 'svg') => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click(
          `section:has([data-testid=${name}-chart]) [data-testid=chart-export][data-format=${format}]`,
        ),
      ])
      expect(file.suggestedFilename()).toBe(`mirsad-${name}.${format}`)
      return readFileSync(await file.path())
    }
    for (const name of ['timeline', 'deployments', 'cooccurrence']) {
      const png = await save(name, 'png')
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      // IHDR: twice the on-screen size.
      expect(png.readUInt32BE(16)).toBeGreaterThan(600)
      expect(png.readUInt32BE(20)).toBeGreaterThan(400)
      const svg = (await save(name, 'svg')).toString('utf8')
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
      expect(svg).toContain('<text')
      // The deployment bars and their flows, stacked in one image.
      if (name === 'deployments') expect(svg.match(/<svg\b/g)).toHaveLength(3)
    }
    const timeline = (await save('timeline', 'svg')).toString('utf8')
    expect(timeline).toContain('استقالة')
  })

  it('shows the matrix view and the flow diagram', async () => {
    const { page } = await openDemo({ width: 1920 })
    await waitForEvents(page, DEMO_EVENTS)
    await page.click('[data-testid=cooccurrence-mode][data-mode=matrix]')
    await page.click('[data-testid=flow-mode][data-mode=sankey]')
    await page.waitForSelector('[data-testid=deployments-chart] [data-flow=sankey] svg path')
    await page.waitForTimeout(500)
    await screenshot(page, 'demo-ar-light-1920-matrix-sankey')
    expect(await page.locator('[data-testid=cooccurrence-chart][data-mode=matrix]').count()).toBe(1)
  })
})
