export type { FileFormat } from './csv-file-writer';
export type { RejectRule } from './export-spec';
export type { GeneratedFile, GenerateOptions, GenerationSummary, PlantedRow } from './generate-exports';
export { DEFAULT_SEED, EXPORTS, generateExports } from './generate-exports';
export type { ScaleName, ScaleSpec } from './scale';
export { isScaleName, SCALE_NAMES, SCALES } from './scale';
