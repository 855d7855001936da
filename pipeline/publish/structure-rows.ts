// The dashboard's drill-down lists (`<out>/dashboard/structures/<table>.json`, internal build only):
// for every table of structures, the rows of its detail (pipeline/model/detail/<table>.sql), the
// very rows its figures add up, with each structure's name and commune. `compte` (the rows in the
// paid figures, where the table has such a notion) and `statut` come from the detail when it
// gives them. Beside them, `identites.json`: who every structure is, for the data-quality page.
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  encodeStructureColumns,
  encodeStructureIdentities,
  innerKeys,
  STRUCTURE_IDENTITIES,
  STRUCTURE_ROWS_DIR,
  type Structure,
  type TableName,
} from '../../core';
import { type SqlRow, type SqlValue, sqlIdentifier, sqlString, type Warehouse } from '../load';
import { additiveColumns, DETAIL_SCHEMA, STRUCTURE_TABLES } from '../model';

const IDENTITY_SQL = `
SELECT s.id_structure AS id, s.nom, coalesce(c.nom, s.code_commune) AS commune, s.type_structure AS type, s.categorie
FROM structures AS s
LEFT JOIN ref_lieux AS l ON l.code = s.code_commune
LEFT JOIN ref_communes AS c ON c.code = coalesce(l.commune, s.code_commune)
ORDER BY s.id_structure`;

/** A detail's rows, column by column (the codec's layout), in the order it is stored (buildModels). */
async function detailColumnsOf(warehouse: Warehouse, name: TableName, scratch: string): Promise<Record<string, SqlValue[]>> {
  const present = new Set(
    (
      await warehouse.rows<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = ${sqlString(DETAIL_SCHEMA)} AND table_name = ${sqlString(name)}`,
      )
    ).map((row) => row.column_name),
  );
  const columns = [
    'id_structure',
    'departement',
    ...innerKeys(name).map(sqlIdentifier),
    present.has('compte') ? 'compte' : 'true AS compte',
    present.has('statut') ? 'statut' : 'NULL::VARCHAR AS statut',
    ...additiveColumns(name).map(sqlIdentifier),
  ];
  // DuckDB writes the rows as JSON lines, read back faster and in less memory than its values
  // converted to JavaScript row by row (a national detail has hundreds of thousands of rows); the
  // file goes as soon as it is read.
  const lines = path.join(scratch, `${name}.ndjson`);
  await warehouse.run(`COPY (SELECT ${columns.join(', ')} FROM ${DETAIL_SCHEMA}.${name}) TO ${sqlString(lines)} (FORMAT json)`);
  const names = ['id_structure', 'departement', ...innerKeys(name), 'compte', 'statut', ...additiveColumns(name)];
  const values: SqlValue[][] = names.map(() => []);
  try {
    for await (const line of createInterface({ input: createReadStream(lines), crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line === '') continue;
      const row = JSON.parse(line) as Record<string, SqlValue>;
      names.forEach((column, i) => {
        values[i]!.push(row[column] ?? null);
      });
    }
  } finally {
    await rm(lines, { force: true });
  }
  return Object.fromEntries(names.map((column, i) => [column, values[i]!]));
}

export async function writeStructureRows(warehouse: Warehouse, destDir: string): Promise<void> {
  const structures = await warehouse.rows<SqlRow & Structure>(IDENTITY_SQL);
  const dir = path.join(destDir, STRUCTURE_ROWS_DIR);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${STRUCTURE_IDENTITIES}.json`), encodeStructureIdentities(structures));
  for (const name of STRUCTURE_TABLES) {
    // One file per table, with only its structures: the page loads the list of the open section only.
    await writeFile(path.join(dir, `${name}.json`), encodeStructureColumns(structures, name, await detailColumnsOf(warehouse, name, dir)));
  }
}
