import type { EChartsOption } from 'echarts'
import type { Deployment, QuantityUnit } from '../pipeline/types'

export interface DeploymentLabels {
  entityName: (id: string | null) => string
  unit: (u: QuantityUnit) => string
  undated: string
}

export interface DeploymentInput {
  deployments: Deployment[]
  labels: DeploymentLabels
  rtl: boolean
}

const SHOWN_UNITS: QuantityUnit[] = ['troops', 'aircraft', 'vehicles']

/**
 * Troops, aircraft and vehicles sent, by date and sender: one stack per unit, one bar segment per
 * sender. Withdrawals count negative so they read against deployments.
 */
export function buildDeploymentsOption({
  deployments,
  labels,
  rtl,
}: DeploymentInput): EChartsOption {
  const dates = [...new Set(deployments.map((d) => d.date ?? labels.undated))].sort()
  const senders = [...new Set(deployments.map((d) => labels.entityName(d.sender)))].sort()
  const series: NonNullable<EChartsOption['series']> = []
  for (const unit of SHOWN_UNITS) {
    for (const sender of senders) {
      const values = dates.map((date) =>
        deployments
          .filter(
            (d) => (d.date ?? labels.undated) === date && labels.entityName(d.sender) === sender,
          )
          .flatMap((d) => d.contingent.map((q) => ({ q, sign: d.kind === 'withdrawal' ? -1 : 1 })))
          .filter(({ q }) => q.unit === unit)
          .reduce((sum, { q, sign }) => sum + sign * q.value, 0),
      )
      if (values.some((v) => v !== 0)) {
        series.push({
          type: 'bar',
          stack: unit,
          name: `${sender} · ${labels.unit(unit)}`,
          data: values,
        })
      }
    }
  }
  return {
    animation: false,
    grid: { left: 64, right: 64, top: 40, bottom: 40 },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: dates, inverse: rtl },
    yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
    series,
  }
}
