/// <reference lib="webworker" />
import { expose } from 'comlink'
import { parseFile } from '../pipeline'
import type { PipelineApi } from './protocol'

/** The worker only exposes the pure pipeline; all logic lives in src/pipeline. */
const api: PipelineApi = { parseFile }
expose(api)
