// Writes the nine exports of the data contract (version 3) for a scale, streaming every file, and says where the
// planted bad rows are (file and physical line), so tests and readers can find them.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CsvFileWriter, type FileFormat } from './csv-file-writer';
import { cptsCommunesExport } from './datasets/cpts-communes';
import { depistageExport } from './datasets/depistage';
import { evenementsStructuresExport } from './datasets/evenements-structures';
import { indicateursExport } from './datasets/indicateurs';
import { indicateursTerritoriauxExport } from './datasets/indicateurs-territoriaux';
import { patienteleExport } from './datasets/patientele';
import { professionnelsExport } from './datasets/professionnels';
import { remunerationsExport } from './datasets/remunerations';
import { structuresExport } from './datasets/structures';
import type { DatasetExport, GeneratedDataset, RejectRule } from './export-spec';
import { buildPlan } from './plan';
import { SCALES, type ScaleName, scaleOfRegions } from './scale';

/** The seed of the committed sample: the date of the June 2024 commission. */
export const DEFAULT_SEED = 20240627;

export const EXPORTS: readonly DatasetExport[] = [
  structuresExport,
  patienteleExport,
  remunerationsExport,
  professionnelsExport,
  cptsCommunesExport,
  depistageExport,
  indicateursExport,
  indicateursTerritoriauxExport,
  evenementsStructuresExport,
];

export interface GeneratedFile {
  readonly dataset: GeneratedDataset;
  readonly file: string;
  readonly format: FileFormat;
  /** Records, header excluded. */
  readonly rows: number;
  readonly bytes: number;
}

export interface PlantedRow {
  readonly file: string;
  /** Physical line in the file (header = 1), as rejects.csv reports it. */
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly rule: RejectRule;
}

export interface GenerationSummary {
  readonly scale: ScaleName;
  readonly seed: number;
  readonly files: readonly GeneratedFile[];
  readonly planted: readonly PlantedRow[];
  readonly rows: number;
}

export interface GenerateOptions {
  readonly scale: ScaleName;
  readonly out: string;
  readonly seed?: number;
  /** Only these regions of the scale (a national coordination of a few regions, small enough for a test). */
  readonly regions?: readonly string[];
  /** Called after each file, e.g. to print progress. */
  readonly onFile?: (file: GeneratedFile) => void;
}

export function generateExports({ scale, out, seed = DEFAULT_SEED, regions, onFile }: GenerateOptions): GenerationSummary {
  const plan = buildPlan(seed, regions ? scaleOfRegions(SCALES[scale], regions) : SCALES[scale]);
  mkdirSync(out, { recursive: true });
  const files: GeneratedFile[] = [];
  const planted: PlantedRow[] = [];
  for (const spec of EXPORTS) {
    const writer = new CsvFileWriter(path.join(out, spec.file), spec.format);
    writer.write(spec.header);
    let rows = 0;
    for (const row of spec.rows(plan)) {
      const line = writer.write(row.cells);
      rows++;
      if (row.bad) planted.push({ file: spec.file, line, ...row.bad });
    }
    writer.close();
    const file = { dataset: spec.dataset, file: spec.file, format: spec.format, rows, bytes: writer.bytes };
    files.push(file);
    onFile?.(file);
  }
  return { scale, seed, files, planted, rows: files.reduce((sum, file) => sum + file.rows, 0) };
}
