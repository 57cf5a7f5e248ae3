/** Starts the parsing worker from its own file (hosted build and dev server). */
export function spawnWorker(): Worker {
  return new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' })
}
