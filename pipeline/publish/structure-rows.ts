// The dashboard's drill-down lists (`<out>/dashboard/structures/<table>.json`, internal build only):
// for every table of structures, the rows of its detail (pipeline/model/detail/<table>.sql), the
// very rows its figures add up, with each structure's name and commune. `compte` (the rows in the
// paid figures, where the table has such a notion) and `statut` come from the detail when it
// gives them.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { detailKeys, encodeStructureRows, STRUCTURE_ROWS_DIR, type Structure } from '../../core';
import { type SqlRow, sqlIdentifier, sqlString, type Warehouse } from '../load';
import { additiveColumns, DETAIL_SCHEMA, STRUCTURE_TABLES } from '../model';

const IDENTITY_SQL = `
SELECT s.id_structure AS id, s.nom, coalesce(c.nom, s.code_commune) AS commune, s.type_structure AS type, s.categorie
FROM structures AS s
LEFT JOIN ref_lieux AS l ON l.code = s.code_commune
LEFT JOIN ref_communes AS c ON c.code = coalesce(l.commune, s.code_commune)
ORDER BY s.id_structure`;

export async function writeStructureRows(warehouse: Warehouse, destDir: string): Promise<void> {
  const structures = await warehouse.rows<SqlRow & Structure>(IDENTITY_SQL);
  const dir = path.join(destDir, STRUCTURE_ROWS_DIR);
  await mkdir(dir, { recursive: true });
  for (const name of STRUCTURE_TABLES) {
    const helpers = new Set(
      (
        await warehouse.rows<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = ${sqlString(DETAIL_SCHEMA)} AND table_name = ${sqlString(name)}`,
        )
      ).map((row) => row.column_name),
    );
    const keys = detailKeys(name).map(sqlIdentifier);
    const columns = [
      'id_structure',
      'departement',
      ...keys,
      helpers.has('compte') ? 'compte' : 'true AS compte',
      helpers.has('statut') ? 'statut' : 'NULL::VARCHAR AS statut',
      ...additiveColumns(name).map(sqlIdentifier),
    ];
    const rows = await warehouse.rows(
      `SELECT ${columns.join(', ')} FROM ${DETAIL_SCHEMA}.${name} ORDER BY ${[...keys, 'departement', 'id_structure'].join(', ')}`,
    );
    // One file per table, with only its structures: the page loads the list of the open section only.
    const ids = new Set(rows.map((row) => row.id_structure));
    const used = structures.filter((s) => ids.has(s.id));
    await writeFile(path.join(dir, `${name}.json`), encodeStructureRows(used, { [name]: rows }));
  }
}
