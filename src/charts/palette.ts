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
