export * from './tables';
export { DATASETS, DATASET_NAMES, STATUTS, TERRITORIAL_UNIT_CODES, datasetSpec, requiredInEveryRow } from './datasets';
export type { DatasetColumn, DatasetName, DatasetSpec, ValueType } from './datasets';
export { CONTROL_COLUMNS, GRAVITIES, GRAVITY_LABELS } from './controls';
export type { ControlColumn, ControlRow, Gravity } from './controls';
