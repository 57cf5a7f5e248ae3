/** The Sankey chart, registered in its own chunk: it is only drawn when no flow fits the map. */
import { use } from 'echarts/core'
import { SankeyChart } from 'echarts/charts'

use([SankeyChart])
