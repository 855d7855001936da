// Loads the exports of one dataset into the warehouse as text, one table per file, then one view
// over them with each row's file and ordinal, the address its rejects are reported by.

import { type DatasetName, datasetSpec } from '../../core';
import { InputFileError } from '../errors';
import type { InspectedFile } from '../read';
import { sqlIdentifier, sqlString, type Warehouse } from './warehouse';

export interface RawFile {
  readonly fileId: number;
  readonly inspected: InspectedFile;
  /** What DuckDB reads: the export itself, or its UTF-8, well-formed rewrite. */
  readonly readPath: string;
}

/** DuckDB refused the file as CSV (a wrong field count, mixed line breaks…). */
export class CsvReadError extends Error {
  override readonly name = 'CsvReadError';
}

// The empty field after a trailing delimiter (`a;b;c;`); no header name normalises to it.
const TRAILING_COLUMN = '__sans_nom';

const rawTable = (dataset: DatasetName, file: RawFile) => sqlIdentifier(`raw_${dataset}_${file.fileId}`);

function readCsvSql(file: RawFile): string {
  const names = [...file.inspected.columns, ...(file.inspected.trailingDelimiter ? [TRAILING_COLUMN] : [])];
  const columns = names.map((column) => `${sqlString(column)}: 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(file.readPath)}, delim = ${sqlString(file.inspected.delimiter)}, quote = '"', escape = '"',
    header = true, auto_detect = false, columns = {${columns}}, strict_mode = true, null_padding = false)`;
}

/** Loads one file into a temporary table; returns its number of records. */
export async function loadRawFile(warehouse: Warehouse, dataset: DatasetName, file: RawFile): Promise<number> {
  const table = rawTable(dataset, file);
  try {
    // With insertion order preserved (DuckDB's default), rowid is the record's ordinal in the file
    // (once committed: rows of an open transaction have provisional rowids, so none is opened here).
    await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${readCsvSql(file)}`);
  } catch (error) {
    throw new CsvReadError((error as Error).message.split('\n')[0]);
  }
  const [count] = await warehouse.rows<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  const records = count?.n ?? 0;
  if (file.inspected.records !== undefined && records !== file.inspected.records) {
    throw new InputFileError(
      file.inspected.name,
      `DuckDB lit ${records} lignes là où l’analyse du fichier en compte ${file.inspected.records}`,
      'Signaler ce fichier à l’équipe du projet : sa structure CSV est ambiguë.',
    );
  }
  return records;
}

/** The view `raw_<dataset>` over the dataset's loaded files (empty when it has none). */
export async function createRawView(warehouse: Warehouse, dataset: DatasetName, files: readonly RawFile[]): Promise<void> {
  const spec = datasetSpec(dataset);
  const selects = files.map((file) => {
    const present = new Set(file.inspected.columns);
    const columns = spec.columns.map((column) => (present.has(column.name) ? sqlIdentifier(column.name) : `NULL::VARCHAR AS ${sqlIdentifier(column.name)}`));
    return `SELECT ${file.fileId} AS file_id, rowid AS ord, ${columns.join(', ')} FROM ${rawTable(dataset, file)}`;
  });
  if (selects.length === 0) {
    // No export of this dataset: an empty view, so the checks and models still run.
    const columns = spec.columns.map((column) => `NULL::VARCHAR AS ${sqlIdentifier(column.name)}`);
    selects.push(`SELECT NULL::INTEGER AS file_id, NULL::BIGINT AS ord, ${columns.join(', ')} WHERE false`);
  }
  await warehouse.run(`CREATE OR REPLACE TEMP VIEW ${sqlIdentifier(`raw_${dataset}`)} AS ${selects.join('\nUNION ALL\n')}`);
}

export async function dropRawDataset(warehouse: Warehouse, dataset: DatasetName, files: readonly RawFile[]): Promise<void> {
  await warehouse.run(`DROP VIEW IF EXISTS ${sqlIdentifier(`raw_${dataset}`)}`);
  for (const file of files) await warehouse.run(`DROP TABLE IF EXISTS ${rawTable(dataset, file)}`);
}
