import type { EntityMention, Span } from '../types'

/**
 * Who and where, from the entity layer: the PER/ORG mentions of an event's clause are its
 * actors, the LOC mentions its places. A nisba ("القوات الروسية") names who acted, not where,
 * so it is never a location. Values are `EntityMention.canonical` names until the corpus merge.
 */

export interface EventArguments {
  actors: string[]
  locations: string[]
}

export function mentionsIn(mentions: EntityMention[], span: Span): EntityMention[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end)
}

export function argumentsIn(mentions: EntityMention[], span: Span): EventArguments {
  const inside = mentionsIn(mentions, span)
  return {
    actors: unique(inside.filter((m) => m.type !== 'LOC').map((m) => m.canonical)),
    locations: unique(
      inside.filter((m) => m.type === 'LOC' && m.kind !== 'nisba').map((m) => m.canonical),
    ),
  }
}

/** The last PER/ORG mention between `from` and `before`: the subject of a verb with no subject. */
export function lastActorBefore(
  mentions: EntityMention[],
  from: number,
  before: number,
): EntityMention | undefined {
  let best: EntityMention | undefined
  for (const m of mentions) {
    if (m.type !== 'LOC' && m.start >= from && m.end <= before && (!best || m.start > best.start)) {
      best = m
    }
  }
  return best
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}
