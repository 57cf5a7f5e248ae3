import type { Article, Deployment, EntityMention, MirsadEvent, Sentence, Timex } from '../types'

export interface EventInput {
  article: Article
  sentences: Sentence[]
  timexes: Timex[]
  mentions: EntityMention[]
}

export interface EventOutput {
  /** `actors` and `locations` hold `EntityMention.canonical` names until the corpus merge. */
  events: MirsadEvent[]
  deployments: Deployment[]
}

/**
 * Events of one article: typed, dated, with their sources, arguments and quantities.
 *
 * FOUNDATION STUB: finds nothing. Issue 6 fills it in.
 */
export function extractEvents(input: EventInput): EventOutput {
  void input
  return { events: [], deployments: [] }
}
