export { Warehouse, sqlString, sqlIdentifier } from './warehouse';
export type { SqlRow, SqlValue } from './warehouse';
export { loadGeography } from './geography';
export { loadRawFile, createRawView, dropRawDataset, CsvReadError } from './raw';
export type { RawFile } from './raw';
export { loadIndicatorList, INDICATEURS_FILE } from './reference';
