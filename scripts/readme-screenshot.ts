/**
 * Refreshes docs/screenshot.png (the README's picture): serves the current build (run
 * `npm run build-only` first) and captures the first screen of the dashboard in Arabic.
 *   npx tsx scripts/readme-screenshot.ts
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { launch, waitForParsed } from '../e2e/browser'

const ROOT = join(import.meta.dirname, '..')
const PORT = 4199

async function main() {
  const server = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  )
  try {
    await new Promise((r) => setTimeout(r, 1500))
    const { context, page } = await launch({ width: 1440 })
    await page.setViewportSize({ width: 1440, height: 1000 })
    await page.goto(`http://localhost:${PORT}/`)
    await waitForParsed(page, 1)
    await page.waitForTimeout(800)
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') })
    await context.close()
  } finally {
    server.kill()
  }
}

void main()
