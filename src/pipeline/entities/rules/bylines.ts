import type { Sentence, Span } from '../../types'
import type { Token } from '../tokens'
import { triggerTable } from './match'
import { BYLINE_OPENERS, PERSON_TITLES } from './triggers'

/**
 * Stretches of text that name the article's authors or credits, not people in the story: a
 * paragraph that opens with a byline word (كتب محمد جمال، بقلم: ...، تصوير ...، رصد X ما نشرته
 * ...). The zone runs from the opener to the paragraph's end when the paragraph is short, else
 * to the first punctuation mark or the fifth word. "كتب الرئيس ..." is a sentence, not a byline:
 * a title after the opener cancels it.
 */

const openers = triggerTable(BYLINE_OPENERS)
const titles = triggerTable(PERSON_TITLES)
const SHORT = 8

export function bylineZones(sentences: Sentence[], tokens: Token[][]): Span[] {
  const zones: Span[] = []
  const paragraphTokens = new Map<number, number>()
  sentences.forEach((s, k) => {
    paragraphTokens.set(s.paragraph, (paragraphTokens.get(s.paragraph) ?? 0) + tokens[k]!.length)
  })
  let lastParagraph = -1
  sentences.forEach((s, k) => {
    if (s.paragraph === lastParagraph) return
    lastParagraph = s.paragraph
    const ts = tokens[k]!
    const open = openers.at(ts, 0)
    if (!open || open.skip > 0) return
    let i = open.length
    while (ts[i] && /^[:：\-–—]$/.test(ts[i]!.norm)) i++
    if (!ts[i] || titles.at(ts, i)) return
    let end = ts[ts.length - 1]!.end
    if (paragraphTokens.get(s.paragraph)! > SHORT) {
      let j = i
      while (j < ts.length && j - i < 4 && /[\p{L}\p{N}]/u.test(ts[j]!.norm)) j++
      end = ts[j - 1]?.end ?? end
    }
    zones.push({ start: ts[0]!.start, end })
  })
  return zones
}
