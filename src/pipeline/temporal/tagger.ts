/**
 * The run loop (chrono-node's `Chrono.parse`): every parser scans the folded text, then the
 * refiners merge, filter and check the parses in order. Nothing here knows a date; resolve.ts
 * pins the refined parses to the calendar.
 */
import type { ParsedResult, Parser, Refiner, RefinerContext } from './types'

export interface Configuration {
  parsers: Parser[]
  refiners: Refiner[]
}

export function runParsers(text: string, configuration: Configuration): ParsedResult[] {
  const results: ParsedResult[] = []
  for (const parser of configuration.parsers) {
    const pattern = parser.pattern
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text))) {
      const extracted = parser.extract(match, { text })
      if (!extracted) {
        // Rejected: try again one character later, as chrono does.
        pattern.lastIndex = match.index + 1
        continue
      }
      results.push({
        ...extracted,
        index: match.index + (match[1]?.length ?? 0),
        end: match.index + match[0].length,
        rule: parser.name,
      })
    }
  }
  return results
}

export function runRefiners(
  results: ParsedResult[],
  configuration: Configuration,
  context: RefinerContext,
): ParsedResult[] {
  return configuration.refiners.reduce((acc, refiner) => refiner.refine(acc, context), results)
}
