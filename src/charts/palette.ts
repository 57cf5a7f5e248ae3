import type { EntityType, EventType } from '../pipeline/types'

/**
 * Colour-blind-safe colours (Okabe-Ito, extended with Paul Tol's muted set) and a symbol per
 * event type, so a lane never relies on colour alone.
 */
export const EVENT_COLORS: Record<EventType, string> = {
  protest: '#E69F00',
  clash: '#D55E00',
  casualties: '#882255',
  deployment: '#0072B2',
  withdrawal: '#56B4E9',
  emergency: '#CC6677',
  resignation: '#009E73',
  dismissal: '#117733',
  appointment: '#44AA99',
  arrest: '#332288',
  statement: '#777777',
  diplomacy: '#AA4499',
  request: '#DDCC77',
  other: '#999933',
}

/** The same hues lifted where they would vanish on a dark background. */
export const EVENT_COLORS_DARK: Record<EventType, string> = {
  ...EVENT_COLORS,
  casualties: '#CC6699',
  dismissal: '#3DAA66',
  arrest: '#8877DD',
  statement: '#AAAAAA',
}

export function eventColor(type: EventType, dark: boolean): string {
  return (dark ? EVENT_COLORS_DARK : EVENT_COLORS)[type]
}

export const EVENT_SYMBOLS: Record<EventType, string> = {
  protest: 'circle',
  clash: 'triangle',
  casualties: 'diamond',
  deployment: 'arrow',
  withdrawal: 'pin',
  emergency: 'rect',
  resignation: 'roundRect',
  dismissal: 'roundRect',
  appointment: 'circle',
  arrest: 'rect',
  statement: 'circle',
  diplomacy: 'diamond',
  request: 'triangle',
  other: 'circle',
}

export const ENTITY_COLORS: Record<EntityType, string> = {
  PER: '#0072B2',
  ORG: '#E69F00',
  LOC: '#009E73',
}

export const ENTITY_COLORS_DARK: Record<EntityType, string> = {
  PER: '#56B4E9',
  ORG: '#E69F00',
  LOC: '#3DBB8F',
}

/** Categorical colours for senders (Okabe-Ito without black, then Tol's muted). */
export const SERIES_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
  '#882255',
  '#44AA99',
  '#999933',
]

/** Sequential scale for counts (viridis stops: perceptually uniform, colour-blind safe). */
export const SEQUENTIAL = ['#440154', '#3B528B', '#21918C', '#5EC962', '#FDE725']
