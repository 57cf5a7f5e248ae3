import { ShareError } from './errors'

/** Keys that could reach an object's prototype when data is merged or spread later. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * JSON.parse for data from strangers: prototype-reaching keys are refused outright (not just
 * dropped), and every failure, including stack exhaustion on absurd nesting, is a ShareError.
 */
export function parseUntrustedJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN.has(key)) throw new ShareError('invalid', `forbidden key "${key}"`)
      return value
    })
  } catch (err) {
    if (err instanceof ShareError) throw err
    throw new ShareError('corrupted', 'not valid JSON')
  }
}
