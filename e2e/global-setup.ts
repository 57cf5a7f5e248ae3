import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { TestProject } from 'vitest/node'
import { serveStatic } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** dist/ served by a plain static server under a sub-path. */
    subPathURL: string
    /** dist-single/index.html as a file:// URL. */
    singleFileURL: string
  }
}

const ROOT = join(import.meta.dirname, '..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
  })
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

let server: ChildProcess | undefined

/**
 * Serves dist/ with `vite preview` (started directly, so its PID is the server's) and again under
 * a sub-path with a plain static server; points the tests at the single-file build on disk.
 */
export default async function setup(project: TestProject) {
  const port = await freePort()
  server = spawn(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const baseURL = `http://127.0.0.1:${port}/`
  await waitFor(baseURL, 20_000)
  project.provide('baseURL', baseURL)

  const sub = await serveStatic(join(ROOT, 'dist'), '/some/sub/path/')
  project.provide('subPathURL', sub.url)

  const single = join(ROOT, 'dist-single', 'index.html')
  if (!existsSync(single)) throw new Error(`${single} is missing: run npm run build:single`)
  project.provide('singleFileURL', pathToFileURL(single).href)

  return () => {
    server?.kill()
    sub.server.close()
  }
}
