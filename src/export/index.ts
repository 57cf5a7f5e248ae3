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
export { dataUrlToBlob, downloadBlob, exportFileName, MIME, textBlob } from './download'
