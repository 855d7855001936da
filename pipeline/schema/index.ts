export * from './tables';
export { DATASETS, DATASET_NAMES, STATUTS, datasetSpec } from './datasets';
export type { DatasetColumn, DatasetName, DatasetSpec, ValueType } from './datasets';
