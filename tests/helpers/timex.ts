/**
 * Table-driven helpers for the temporal tagger (after chrono-node's test/test_util.ts): tag one
 * text against a fixed reference and check the expression's text, offsets and value.
 */
import { expect } from 'vitest'
import { tagText, type TaggedExpression } from '../../src/pipeline/temporal'

export interface ExpectedTimex {
  /** The expression as written (its offset is checked against the text). */
  text: string
  value: string | null
  type?: TaggedExpression['type']
  anchor?: TaggedExpression['anchor']
  mod?: string
}

/** Tags `text` and returns the timexes, checking the offsets invariant on every one. */
export function tag(text: string, ref: string | null) {
  const result = tagText(text, { published: ref })
  for (const t of result.timexes) expect(text.slice(t.start, t.end)).toBe(t.text)
  return result
}

/** Exactly one timex, with this text at its first occurrence, and these fields. */
export function testSingleCase(text: string, ref: string | null, expected: ExpectedTimex) {
  const { timexes } = tag(text, ref)
  expect(timexes.map((t) => t.text)).toEqual([expected.text])
  const timex = timexes[0]!
  expect(timex.start).toBe(text.indexOf(expected.text))
  expect(timex.value).toBe(expected.value)
  if (expected.type) expect(timex.type).toBe(expected.type)
  if (expected.anchor) expect(timex.anchor).toBe(expected.anchor)
  if (expected.mod) expect(timex.mod).toBe(expected.mod)
}

/** Every listed expression, in order, with its value. */
export function testCases(text: string, ref: string | null, expected: [string, string | null][]) {
  const { timexes } = tag(text, ref)
  expect(timexes.map((t) => [t.text, t.value])).toEqual(expected)
}

/** No timex at all. */
export function testUnexpectedResult(text: string, ref: string | null = '2022-01-08') {
  expect(tag(text, ref).timexes.map((t) => t.text)).toEqual([])
}
