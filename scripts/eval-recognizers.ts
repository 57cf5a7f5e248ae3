/**
 * Scores the Arabic temporal tagger against Microsoft Recognizers-Text's Arabic date-time cases
 * (MIT, ../shared/data/recognizers-text-ar-datetime): a second opinion, not gold. Prints numbers,
 * asserts nothing; not part of `npm test` (CI has no ../shared).
 *   npx tsx scripts/eval-recognizers.ts [DIR] [--misses N]
 *
 * extraction: an expected expression counts as found when a timex overlaps it; a timex counts as
 *   right when it overlaps an expected one (cases expecting nothing make every timex wrong).
 * resolution: for the cases whose values the upstream tests check, the found timex's value
 *   agrees with the expected TIMEX3 value (X digits match anything; "T08:40" matches the time of
 *   any day; periods "(start,end,duration)" match a range with that start).
 * Cases upstream marks NotSupported for dotnet are counted apart: the reference fails them too.
 */
import '../cli/stdio'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { tagText } from '../src/pipeline/temporal'

interface Expected {
  Text: string
  Start: number
  Length?: number
  End?: number
  Value?: { Timex?: string; values?: { timex?: string }[] }
  Resolution?: { values?: { timex?: string }[] }
}
interface Case {
  Input: string
  Context?: { ReferenceDateTime?: string }
  NotSupported?: string
  IgnoreResolution?: string | boolean
  Results?: Expected[]
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'string', default: '0' } },
})
const dir =
  positionals[0] ??
  join(import.meta.dirname, '..', '..', 'shared', 'data', 'recognizers-text-ar-datetime')
const DEFAULT_REF = '2016-11-07T00:00:00'

function expectedTimexes(e: Expected): string[] {
  const out = [
    e.Value?.Timex,
    ...(e.Value?.values ?? []).map((v) => v.timex),
    ...(e.Resolution?.values ?? []).map((v) => v.timex),
  ]
  return [...new Set(out.filter((x): x is string => !!x))]
}

/** Does our TIMEX3 value agree with an expected Recognizers timex? */
function agrees(ours: string | null, expected: string): boolean {
  if (!ours) return false
  const period = /^\(([^,]+),([^,]+),([^)]+)\)$/.exec(expected)
  if (period) {
    const [start, end, duration] = [period[1]!, period[2]!, period[3]!]
    const [a, b] = ours.split('/')
    return (
      ours === duration ||
      (!!b && agrees(a!, start) && (agrees(b, end) || b <= end)) ||
      agrees(a!, start)
    )
  }
  if (expected === 'PRESENT_REF') return /T\d\d:\d\d/.test(ours) || ours === 'PRESENT_REF'
  if (/^T/.test(expected))
    return ours.includes(expected) || ours.endsWith(expected.replace(/^T(\d\d)$/, 'T$1:00'))
  const pattern = new RegExp(
    `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/X/g, '[\\dX]')}`,
  )
  return pattern.test(ours) || ours.split('/').some((part) => pattern.test(part))
}

const totals = { expected: 0, found: 0, predicted: 0, right: 0, checked: 0, resolved: 0 }
const unsupported = { expected: 0, found: 0 }
/** Every case, upstream's NotSupported and IgnoreResolution ones too: a wider, rougher view. */
const all = { expected: 0, found: 0, checked: 0, resolved: 0 }
const misses: string[] = []
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '')) as Case[]
  for (const c of cases) {
    const ref = (c.Context?.ReferenceDateTime ?? DEFAULT_REF).slice(0, 19)
    const { timexes } = tagText(c.Input, { published: ref })
    const expected = c.Results ?? []
    const skip = /dotnet/.test(c.NotSupported ?? '')
    const bucket = skip ? unsupported : totals
    for (const e of expected) {
      const start = e.Start
      const end = e.End !== undefined ? e.End + 1 : start + (e.Length ?? e.Text.length)
      const hit = timexes.find((t) => t.start < end && start < t.end)
      bucket.expected++
      if (hit) bucket.found++
      all.expected++
      if (hit) all.found++
      if (expectedTimexes(e).length) {
        all.checked++
        if (hit && expectedTimexes(e).some((x) => agrees(hit.value, x))) all.resolved++
      }
      if (skip) continue
      const checked =
        c.IgnoreResolution !== 'true' &&
        c.IgnoreResolution !== true &&
        expectedTimexes(e).length > 0
      if (checked) {
        totals.checked++
        if (hit && expectedTimexes(e).some((x) => agrees(hit.value, x))) totals.resolved++
        else
          misses.push(
            `${file}: ${c.Input} | want ${expectedTimexes(e).join(' ')} | got ${hit ? `${hit.text}=${hit.value}` : '-'}`,
          )
      } else if (!hit) misses.push(`${file}: ${c.Input} | missed "${e.Text}"`)
    }
    if (skip) continue
    for (const t of timexes) {
      totals.predicted++
      const ok = expected.some((e) => {
        const end = e.End !== undefined ? e.End + 1 : e.Start + (e.Length ?? e.Text.length)
        return t.start < end && e.Start < t.end
      })
      if (ok) totals.right++
      else misses.push(`${file}: ${c.Input} | extra "${t.text}"=${t.value}`)
    }
  }
}
const ratio = (a: number, b: number) => (b ? a / b : 1)
const recall = ratio(totals.found, totals.expected)
const precision = ratio(totals.right, totals.predicted)
const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0
const resolution = ratio(totals.resolved, totals.checked)
for (const m of misses.slice(0, Number(values.misses))) console.log(m)
console.log(
  `recognizers-ar: extraction recall=${recall.toFixed(3)} precision=${precision.toFixed(3)} f1=${f1.toFixed(3)}` +
    ` (${totals.found}/${totals.expected}, ${totals.right}/${totals.predicted})` +
    ` | resolution=${resolution.toFixed(3)} (${totals.resolved}/${totals.checked})` +
    ` | dotnet-unsupported recall=${ratio(unsupported.found, unsupported.expected).toFixed(3)}` +
    ` | score=${((f1 + resolution) / 2).toFixed(3)}`,
)
console.log(
  `recognizers-ar all cases: recognised=${ratio(all.found, all.expected).toFixed(3)} (${all.found}/${all.expected})` +
    ` values right=${ratio(all.resolved, all.checked).toFixed(3)} (${all.resolved}/${all.checked})`,
)
