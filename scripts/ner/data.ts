/**
 * Reading CoNLL files and scoring exact-span mentions, for the training script.
 */

export interface Sentence {
  words: string[]
  tags: string[]
}

/**
 * `token TAG` lines, blank lines between sentences. Tags are normalised to B-/I- PER LOC ORG
 * MISC, and an I- tag that continues nothing starts a mention (as conlleval reads it), so that
 * every gold sequence is one the decoder may produce.
 */
export function readConll(text: string): Sentence[] {
  const out: Sentence[] = []
  let cur: Sentence = { words: [], tags: [] }
  const flush = () => {
    if (cur.words.length) out.push({ words: cur.words, tags: repairBio(cur.tags) })
    cur = { words: [], tags: [] }
  }
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed) {
      flush()
      continue
    }
    const cut = trimmed.lastIndexOf(' ')
    if (cut <= 0) continue
    cur.words.push(trimmed.slice(0, cut))
    cur.tags.push(normaliseTag(trimmed.slice(cut + 1)))
  }
  flush()
  return out
}

export function normaliseTag(raw: string): string {
  const m = /^([BI])-+([A-Z]+)/.exec(raw.toUpperCase())
  if (!m) return 'O'
  const type = m[2]!.startsWith('PER')
    ? 'PER'
    : m[2] === 'LOC' || m[2] === 'ORG'
      ? m[2]
      : m[2]!.startsWith('MIS')
        ? 'MISC'
        : null
  return type ? `${m[1]}-${type}` : 'O'
}

export function repairBio(tags: string[]): string[] {
  return tags.map((t, i) =>
    t.startsWith('I-') && (tags[i - 1] ?? 'O').slice(2) !== t.slice(2) ? 'B-' + t.slice(2) : t,
  )
}

/** Exact-span mentions ("TYPE:from:to") from BIO tags, read as conlleval does; MISC is not scored. */
export function spans(tags: string[]): Set<string> {
  const out = new Set<string>()
  let start = -1
  let type = ''
  const close = (end: number) => {
    if (start >= 0 && type !== 'MISC') out.add(`${type}:${start}:${end}`)
    start = -1
    type = ''
  }
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && tag.slice(2) !== type)) {
      close(i)
      start = i
      type = tag.slice(2)
    } else if (tag === 'O') close(i)
  })
  close(tags.length)
  return out
}

export type Scores = Record<string, { p: number; r: number; f1: number }>

/** Exact-span P/R/F1 per type, micro-averaged over all sentences. */
export function score(pairs: { gold: Set<string>; pred: Set<string> }[]): Scores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {}
  const bump = (type: string, k: 'tp' | 'fp' | 'fn') => {
    for (const t of [type, 'ALL']) (counts[t] ??= { tp: 0, fp: 0, fn: 0 })[k]++
  }
  for (const { gold, pred } of pairs) {
    for (const p of pred) bump(p.split(':')[0]!, gold.has(p) ? 'tp' : 'fp')
    for (const g of gold) if (!pred.has(g)) bump(g.split(':')[0]!, 'fn')
  }
  const report: Scores = {}
  for (const type of ['PER', 'LOC', 'ORG', 'ALL']) {
    const c = counts[type] ?? { tp: 0, fp: 0, fn: 0 }
    const p = c.tp / (c.tp + c.fp || 1)
    const r = c.tp / (c.tp + c.fn || 1)
    const round = (x: number) => Math.round(x * 10000) / 10000
    report[type] = { p: round(p), r: round(r), f1: round((2 * p * r) / (p + r || 1)) }
  }
  return report
}

export function printScores(title: string, scores: Scores) {
  console.log(title)
  for (const [type, r] of Object.entries(scores)) {
    console.log(`  ${type.padEnd(4)} P=${r.p.toFixed(4)} R=${r.r.toFixed(4)} F1=${r.f1.toFixed(4)}`)
  }
}
