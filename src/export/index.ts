export { BOM, guardFormula, toCsv, type Cell } from './csv'
export {
  cooccurrenceCsv,
  datePrecision,
  EDGE_COLUMNS,
  entitiesCsv,
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  eventRows,
  eventsCsv,
  eventsJson,
  type EventRow,
} from './tables'
export { downloadBlob, exportFileName, MIME, textBlob } from './download'
export { regionSvg, stackSvg, svgToPng, type SvgImage } from './chartImage'
