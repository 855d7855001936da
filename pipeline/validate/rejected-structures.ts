// The structures whose line of structures.csv was rejected, by identifier. A row of another dataset
// naming one of them is rejected too (its structure is unknown); its reason then points to that
// line (« structure rejetée : structures.csv ligne 4 »), the one to correct.
import Papa from 'papaparse';
import { datasetSpec } from '../../core';
import type { RawFile } from '../load';
import { sqlString, type Warehouse } from '../load/warehouse';
import { typedExpression } from './column-checks';

/** A rejected row has its file and ordinal; a malformed record, never loaded, its file and line. */
export const REJECTED_STRUCTURES_TABLE_SQL = 'CREATE TABLE rejected_structures (id_structure VARCHAR, file_id INTEGER, ord BIGINT, line BIGINT)';

/** The rows of structures.csv a rule rejected (a repeated key's later rows too, harmlessly: its first row is kept). */
export const REJECTED_STRUCTURE_ROWS_SQL = `INSERT INTO rejected_structures
SELECT id_structure, file_id, ord, NULL FROM checked_structures WHERE problem IS NOT NULL AND id_structure IS NOT NULL`;

const BATCH = 1000;

/** The identifier of a malformed record, when its start holds the whole field (a delimiter follows it). */
function identifierOf(excerpt: string, file: RawFile['inspected']): string | undefined {
  const index = file.columns.indexOf('id_structure');
  const fields = Papa.parse<string[]>(excerpt, { delimiter: file.delimiter, header: false }).data[0] ?? [];
  return index >= 0 && index < fields.length - 1 ? fields[index] : undefined;
}

/** Adds the malformed records of the structures files, read as far as their identifier. */
export async function recordMalformedStructures(warehouse: Warehouse, files: readonly RawFile[]): Promise<void> {
  const rows = files.flatMap((file) =>
    file.inspected.malformed.flatMap((record) => {
      const id = identifierOf(record.excerpt, file.inspected);
      return id === undefined ? [] : [`(${sqlString(id)}, ${file.fileId}, ${record.line})`];
    }),
  );
  // The identifier is read as every id_structure cell is, so that it compares with the other datasets' ones.
  const id = typedExpression(datasetSpec('structures').columns.find((column) => column.name === 'id_structure')!);
  for (let start = 0; start < rows.length; start += BATCH) {
    await warehouse.run(`INSERT INTO rejected_structures
SELECT * FROM (SELECT ${id} AS id_structure, file_id, NULL::BIGINT AS ord, line
  FROM (VALUES ${rows.slice(start, start + BATCH).join(', ')}) AS m(raw_id_structure, file_id, line)) WHERE id_structure IS NOT NULL`);
  }
}
