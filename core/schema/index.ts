export * from './columns';
export { declarationProblems, defineTable } from './table-declaration';
export type { DashboardSection, DeckPlace, TableDeclaration } from './table-declaration';
export { TABLE_DECLARATIONS, TABLE_NAMES, TABLES, columnsOf, deckPlaces, isTableName, tableSpec } from '../tables';
export type { DeckPlaceOf, TableName, TableSpec } from '../tables';
export { DATASETS, DATASET_NAMES, STATUTS, TERRITORIAL_UNIT_CODES, datasetSpec, requiredInEveryRow } from './datasets';
export type { DatasetColumn, DatasetName, DatasetSpec, ValueType } from './datasets';
export { CONTROL_COLUMNS, GRAVITIES, GRAVITY_LABELS } from './controls';
export type { ControlColumn, ControlRow, Gravity } from './controls';
