import type { EChartsOption } from 'echarts'
import type { Cooccurrence, Entity, EntityType } from '../pipeline/types'
import { ENTITY_COLORS } from './palette'

export interface CooccurrenceInput {
  entities: Entity[]
  pairs: Cooccurrence[]
  typeLabel: (t: EntityType) => string
  /** Keep the N most-mentioned entities. */
  topN?: number
  /** Drop edges with fewer shared sentences. */
  minCount?: number
}

/**
 * Force-directed co-occurrence graph: node size = mentions, colour = type, edge width = score.
 */
export function buildCooccurrenceOption({
  entities,
  pairs,
  typeLabel,
  topN = 30,
  minCount = 1,
}: CooccurrenceInput): EChartsOption {
  const top = [...entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, topN)
  const ids = new Set(top.map((e) => e.id))
  const types: EntityType[] = ['PER', 'ORG', 'LOC']
  const maxMentions = Math.max(1, ...top.map((e) => e.mentions.length))
  return {
    animation: false,
    legend: { top: 0, data: types.map(typeLabel) },
    tooltip: { confine: true },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 160, edgeLength: [40, 140], gravity: 0.08 },
        categories: types.map((t) => ({
          name: typeLabel(t),
          itemStyle: { color: ENTITY_COLORS[t] },
        })),
        label: { show: true, position: 'right', fontSize: 12 },
        data: top.map((e) => ({
          id: e.id,
          name: e.name,
          value: e.mentions.length,
          category: types.indexOf(e.type),
          symbolSize: 10 + 30 * Math.sqrt(e.mentions.length / maxMentions),
        })),
        links: pairs
          .filter((p) => ids.has(p.a) && ids.has(p.b) && p.count >= minCount)
          .map((p) => ({
            source: p.a,
            target: p.b,
            value: p.count,
            lineStyle: { width: 1 + 5 * Math.max(0, p.score), opacity: 0.6 },
          })),
      },
    ],
  }
}
