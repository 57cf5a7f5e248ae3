import InlineWorker from './pipeline.worker.ts?worker&inline'

/**
 * The single-file build's worker: its code is inlined and started from a blob: URL, since a page
 * opened from file:// may not load a worker file. vite.single.config.ts swaps this module in for
 * ./spawn.ts, so the hosted build never carries the inlined copy.
 */
export function spawnWorker(): Worker {
  return new InlineWorker()
}
