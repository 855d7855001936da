// The dashboard's drill-down lists (`<out>/dashboard/structures/<table>.json`, internal build only):
// for every table of structures, the rows of its detail (pipeline/model/detail/<table>.sql), the
// very rows its figures add up, with each structure's name and commune. `compte` (the rows in the
// paid figures, where the table has such a notion) and `statut` come from the detail when it
// gives them. Beside them, `identites.json`: who every structure is, for the data-quality page.
// The files are core's formats (structure-rows-format.ts, structure-identities-format.ts), written
// column by column straight from DuckDB (json-columns.ts): at the stress scale the structures are
// 700 000 and a detail millions of rows, which JavaScript must not hold whole.
import { closeSync, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  innerKeys,
  STRUCTURE_IDENTITIES,
  STRUCTURE_IDENTITIES_VERSION,
  STRUCTURE_ROWS_DIR,
  STRUCTURE_ROWS_VERSION,
  type Structure,
  type TableName,
} from '../../core';
import { sqlIdentifier, sqlString, type Warehouse } from '../load';
import { additiveColumns, DETAIL_SCHEMA, STRUCTURE_TABLES } from '../model';
import { appendJsonColumns, appendQueryColumns, writeAll } from './json-columns';

/** Every structure, numbered and stored in the order of its identifier: the order the files list them in. */
const IDENTITIES_TABLE = 'publication_identites';
/** A table's structures, numbered from 0 in that order and stored so. */
const LISTED_TABLE = 'publication_listees';

const IDENTITY_SQL = `
CREATE OR REPLACE TEMP TABLE ${IDENTITIES_TABLE} AS
SELECT s.id_structure AS id, s.nom, coalesce(c.nom, s.code_commune) AS commune, s.type_structure AS type, s.categorie,
  row_number() OVER (ORDER BY s.id_structure) AS rang
FROM structures AS s
LEFT JOIN ref_lieux AS l ON l.code = s.code_commune
LEFT JOIN ref_communes AS c ON c.code = coalesce(l.commune, s.code_commune)
ORDER BY rang`;

/** The columns of a structure in a table's file (core's STRUCTURE_COLUMNS), in its order. */
const STRUCTURE_FIELDS = ['id', 'nom', 'commune', 'type', 'categorie'] as const satisfies readonly (keyof Structure)[];

const json = (value: unknown) => JSON.stringify(value);

async function writeIdentities(warehouse: Warehouse, dir: string): Promise<void> {
  const out = openSync(path.join(dir, `${STRUCTURE_IDENTITIES}.json`), 'w');
  try {
    writeAll(out, `{"version":${json(STRUCTURE_IDENTITIES_VERSION)}`);
    const fields = ['id', 'nom', 'commune'];
    await appendJsonColumns(
      warehouse,
      out,
      IDENTITIES_TABLE,
      fields.map((field) => ({ opener: `,${json(field)}:`, value: field })),
      dir,
    );
    writeAll(out, '}\n');
  } finally {
    closeSync(out);
  }
}

/**
 * One table's file: the structures its detail names, then the detail's rows in their stored order.
 * `present`: the detail's columns.
 */
async function writeTableRows(warehouse: Warehouse, name: TableName, present: ReadonlySet<string>, dir: string): Promise<void> {
  const names = ['departement', ...innerKeys(name), 'compte', 'statut', ...additiveColumns(name)];
  const values = [
    'departement',
    ...innerKeys(name).map(sqlIdentifier),
    present.has('compte') ? 'compte' : 'true',
    present.has('statut') ? 'statut' : 'NULL::VARCHAR',
    ...additiveColumns(name).map(sqlIdentifier),
  ];
  const detail = `${DETAIL_SCHEMA}.${name}`;
  // The structures the detail names, numbered from 0 in the identities' order: a row's `structure`.
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${LISTED_TABLE} AS
    SELECT i.*, row_number() OVER (ORDER BY i.rang) - 1 AS numero FROM ${IDENTITIES_TABLE} AS i
    WHERE i.id IN (SELECT id_structure::VARCHAR FROM ${detail}) ORDER BY numero`);
  const out = openSync(path.join(dir, `${name}.json`), 'w');
  try {
    writeAll(out, `{"version":${json(STRUCTURE_ROWS_VERSION)},"structures":{"columns":${json(STRUCTURE_FIELDS)},"values":[`);
    await appendJsonColumns(
      warehouse,
      out,
      LISTED_TABLE,
      STRUCTURE_FIELDS.map((field, i) => ({ opener: i === 0 ? '' : ',', value: field })),
      dir,
    );
    writeAll(out, `]},"tables":{${json(name)}:{"columns":${json(['structure', ...names])},"values":[`);
    // Each row's structure, in the detail's stored order (buildModels): its rowid keeps that order
    // through the join. Only this narrow column is sorted; the others are read as stored.
    await appendQueryColumns(
      warehouse,
      out,
      `SELECT coalesce(l.numero, -1) AS structure
       FROM (SELECT id_structure, rowid AS _ordre FROM ${detail}) AS d LEFT JOIN ${LISTED_TABLE} AS l ON l.id = d.id_structure::VARCHAR
       ORDER BY d._ordre`,
      [{ name: 'structure', opener: '' }],
      dir,
    );
    await appendJsonColumns(
      warehouse,
      out,
      detail,
      values.map((value) => ({ opener: ',', value })),
      dir,
    );
    writeAll(out, ']}}}\n');
  } finally {
    closeSync(out);
    await warehouse.run(`DROP TABLE IF EXISTS ${LISTED_TABLE}`);
  }
}

export async function writeStructureRows(warehouse: Warehouse, destDir: string): Promise<void> {
  const dir = path.join(destDir, STRUCTURE_ROWS_DIR);
  await mkdir(dir, { recursive: true });
  const columns = await warehouse.rows<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ${sqlString(DETAIL_SCHEMA)}`,
  );
  await warehouse.run(IDENTITY_SQL);
  try {
    await writeIdentities(warehouse, dir);
    // One file per table, with only its structures: the page loads the list of the open section only.
    for (const name of STRUCTURE_TABLES) {
      const present = new Set(columns.filter((column) => column.table_name === name).map((column) => column.column_name));
      await writeTableRows(warehouse, name, present, dir);
    }
  } finally {
    await warehouse.run(`DROP TABLE IF EXISTS ${IDENTITIES_TABLE}`);
  }
}
