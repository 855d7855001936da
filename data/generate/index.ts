export { generateExports, EXPORTS, DEFAULT_SEED } from './generate-exports';
export type { GeneratedFile, GenerationSummary, GenerateOptions, PlantedRow } from './generate-exports';
export type { RejectRule } from './export-spec';
export type { FileFormat } from './csv-file-writer';
export { SCALES, SCALE_NAMES, isScaleName } from './scale';
export type { ScaleName, ScaleSpec } from './scale';
