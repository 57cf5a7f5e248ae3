import { assembleCorpus } from '../../src/pipeline/corpus'
import type { ArticleResult, Corpus } from '../../src/pipeline/types'
import { syntheticFiles } from '../fixtures/corpus/synthetic'

/** The invented demo corpus, assembled, with its parsed articles (sentences included). */
export function syntheticCorpus(): { corpus: Corpus; sources: ArticleResult[] } {
  const files = syntheticFiles().map((f) => f.result)
  return { corpus: assembleCorpus(files), sources: files.flatMap((f) => f.results) }
}

export function entityId(corpus: Corpus, name: string): string {
  const e = corpus.entities.find((x) => x.name === name)
  if (!e) throw new Error(`no entity ${name}`)
  return e.id
}
