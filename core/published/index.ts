export { CONTROL_LABELS, controlLabel, controlMessage } from './control-words';
export { DASHBOARD_CONTROLS_FILE, DASHBOARD_CONTROLS_VERSION, decodeDashboardControls, encodeDashboardControls } from './dashboard-controls-format';
export type { DictionaryColumn, EncodedDashboardData, EncodedTable } from './dashboard-data-format';
export {
  DASHBOARD_DATA_FILE,
  DASHBOARD_DATA_VERSION,
  DASHBOARD_DECIMALS,
  decodeDashboardData,
  decodeDashboardTable,
  encodeDashboardData,
  encodeDashboardTable,
} from './dashboard-data-format';
export type { ExportColumn } from './export-columns';
export { exportColumns, exportValue, franceLabel } from './export-columns';
export type { PublishedTables, Row, Value } from './published-tables';
export { parsePublishedTable } from './published-tables';
export type { StructureIdentity } from './structure-identities-format';
export { decodeStructureIdentities, encodeStructureIdentities, STRUCTURE_IDENTITIES, STRUCTURE_IDENTITIES_VERSION } from './structure-identities-format';
export type { Structure, StructureRow, StructureRows } from './structure-rows-format';
export {
  decodeStructureRows,
  encodeStructureColumns,
  IDENTITY_COLUMNS,
  STRUCTURE_ROWS_DIR,
  STRUCTURE_ROWS_VERSION,
} from './structure-rows-format';
