import { EVENT_GOLD } from '../tests/fixtures/events/gold'
import { parseFixtures, scoreArticle, total } from '../tests/pipeline/events/suite'

/**
 * Prints the event layer's scores on the invented articles of tests/fixtures/events (the same
 * suite tests/pipeline/events/ar_articles.test.ts asserts): `npx tsx scripts/event-suite.ts [-v]`.
 */
async function main(): Promise<void> {
  const verbose = process.argv.includes('-v')
  const corpus = await parseFixtures()
  const scores = EVENT_GOLD.map((g) => scoreArticle(corpus, g))
  const pct = (x: [number, number]) => `${x[0]}/${x[1]}`
  for (const s of scores) {
    console.log(
      `${s.file.padEnd(20)} recall=${pct(s.recall)} precision=${pct(s.precision)} ` +
        `qty=${pct(s.quantities)} deploy=${pct(s.deployments)}`,
    )
    if (verbose) for (const m of [...s.misses, ...s.pending]) console.log(`    ${m}`)
  }
  const line = (['recall', 'precision', 'quantities', 'deployments'] as const)
    .map(
      (k) =>
        `${k}=${total(scores, k).ratio.toFixed(2)} (${total(scores, k).hits}/${total(scores, k).of})`,
    )
    .join(' ')
  console.log(`${scores.length} articles: ${line}`)
}

void main()
