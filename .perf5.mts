import { readFileSync } from 'node:fs'
const { arabicConfiguration } = await import('./src/pipeline/temporal/configuration')
const { foldText } = await import('./src/pipeline/temporal/text')
const { runParsers, runRefiners } = await import('./src/pipeline/temporal/tagger')
const { tagText } = await import('./src/pipeline/temporal/index')
const { splitSentences } = await import('./src/pipeline/sentences/index')
let text = ''
for (const f of ['kz-02', 'kz-09', 'kz-15', 'kz-17', 'kz-23', 'other-04', 'other-09', 'other-10'])
  text += readFileSync(`/work/shared/corpus/dev/${f}.txt`, 'utf8') + '\n'
while (text.length < 20000) text += '\n' + text
text = text.slice(0, 20000)
function cpu(fn: () => void, n = 10) {
  let best = Infinity
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage()
    fn()
    const d = process.cpuUsage(c)
    best = Math.min(best, (d.user + d.system) / 1000)
  }
  return best
}
const folded = foldText(text)
const sentences = splitSentences(text)
let res: any
console.log(
  'parse',
  cpu(() => {
    res = runParsers(folded.text, arabicConfiguration)
  }).toFixed(1),
  res.length,
)
console.log(
  'refine',
  cpu(() => runRefiners(res, arabicConfiguration, { text: folded.text, warnings: [] })).toFixed(1),
)
console.log('tagText', cpu(() => tagText(text, { published: '2022-01-08' })).toFixed(1))
console.log(
  'tagText+sent',
  cpu(() => tagText(text, { published: '2022-01-08', sentences })).toFixed(1),
  sentences.length,
)
