export { loadGeography } from './geography';
export { inTurns } from './in-turns';
export type { RawFile } from './raw';
export { CsvReadError, createRawView, dropRawDataset, loadRawFile } from './raw';
export { INDICATEURS_FILE, loadIndicatorList } from './reference';
export type { SqlRow, SqlValue } from './warehouse';
export { sqlIdentifier, sqlString, WAREHOUSE_THREADS, Warehouse } from './warehouse';
