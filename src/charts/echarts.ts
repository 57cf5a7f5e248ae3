/**
 * The ECharts parts Mirsad uses, registered once (tree-shaken `echarts/core`). The map (geo
 * component, lines series and country shapes) is registered by `src/lib/geo.ts` and the Sankey by
 * `./sankey.ts`, each in a lazy chunk.
 * Only the SVG renderer is bundled (see main.ts).
 */
import { use } from 'echarts/core'
import { BarChart, GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts'
import {
  BrushComponent,
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([
  BarChart,
  GraphChart,
  HeatmapChart,
  ScatterChart,
  BrushComponent,
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
])
