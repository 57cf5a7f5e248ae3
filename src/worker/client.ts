import { transfer, wrap, type Remote } from 'comlink'
import type { FileResult, InputFile, ParseOptions } from '../pipeline/types'
import type { PipelineApi } from './protocol'
import { spawnWorker } from './spawn'

/**
 * The page's handle on the parser. Parsing runs in a module worker so the page never freezes;
 * where `Worker` is missing (unit tests under jsdom) the pipeline is imported and run in place.
 */
export interface PipelineClient {
  parseFile(file: InputFile, options?: ParseOptions): Promise<FileResult>
  dispose(): void
}

export function createPipelineClient(): PipelineClient {
  if (typeof Worker === 'undefined') return inlineClient()
  const worker = spawnWorker()
  const remote: Remote<PipelineApi> = wrap<PipelineApi>(worker)
  return {
    parseFile(file, options) {
      // Copy so the caller's buffer stays usable, then hand the copy over without another copy.
      const bytes = file.bytes.slice()
      return remote.parseFile(transfer({ name: file.name, bytes }, [bytes.buffer]), options)
    },
    dispose: () => worker.terminate(),
  }
}

function inlineClient(): PipelineClient {
  const pipeline = import('../pipeline')
  return {
    parseFile: async (file, options) => (await pipeline).parseFile(file, options),
    dispose: () => {},
  }
}
