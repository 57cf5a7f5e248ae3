import type { FileResult, InputFile, ParseOptions } from '../pipeline/types'

/**
 * What the page can ask the parsing worker. Comlink turns calls on this interface into messages;
 * the `bytes` buffers are transferred, not copied.
 */
export interface PipelineApi {
  parseFile(file: InputFile, options?: ParseOptions): Promise<FileResult>
}
