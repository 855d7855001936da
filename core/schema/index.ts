export type { DeckPlaceOf, TableName, TableSpec } from '../tables';
export { columnsOf, deckPlaces, innerKeys, isTableName, TABLE_DECLARATIONS, TABLE_NAMES, TABLES, tableSpec } from '../tables';
export * from './columns';
export type { ControlColumn, ControlRow, Gravity } from './controls';
export { CONTROL_COLUMNS, GRAVITIES, GRAVITY_LABELS } from './controls';
export type { DatasetColumn, DatasetName, DatasetSpec, ValueType } from './datasets';
export { DATASET_LABELS, DATASET_NAMES, DATASETS, datasetSpec, requiredInEveryRow, STATUTS, TERRITORIAL_UNIT_CODES } from './datasets';
export type { DashboardSection, DeckPlace, TableDeclaration } from './table-declaration';
export { declarationProblems, defineTable } from './table-declaration';
