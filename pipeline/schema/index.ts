export * from './tables';
export { DATASETS, DATASET_NAMES, STATUTS, TERRITORIAL_UNIT_CODES, datasetSpec } from './datasets';
export type { DatasetColumn, DatasetName, DatasetSpec, ValueType } from './datasets';
