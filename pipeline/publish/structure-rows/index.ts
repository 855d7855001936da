// Publishes the structure-level rows of the dashboard's drill-down lists: one SQL file per table in
// this folder (adding a list is adding a file), run on the same kept rows as the models, so the
// structures of a department add up to its figures.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeStructureRows, STRUCTURE_ROWS_DIR, type Structure, TABLE_NAMES, type TableName } from '../../../core';
import type { SqlRow, Warehouse } from '../../load';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const IDENTITY_SQL = `
SELECT s.id_structure AS id, s.nom, coalesce(c.nom, s.code_commune) AS commune, s.type_structure AS type, s.categorie
FROM structures AS s
LEFT JOIN ref_lieux AS l ON l.code = s.code_commune
LEFT JOIN ref_communes AS c ON c.code = coalesce(l.commune, s.code_commune)
ORDER BY s.id_structure`;

export async function writeStructureRows(warehouse: Warehouse, destDir: string): Promise<void> {
  const files = (await readdir(HERE)).filter((file) => file.endsWith('.sql'));
  const structures = await warehouse.rows<SqlRow & Structure>(IDENTITY_SQL);
  const dir = path.join(destDir, STRUCTURE_ROWS_DIR);
  await mkdir(dir, { recursive: true });
  for (const file of files.sort()) {
    const name = path.basename(file, '.sql') as TableName;
    if (!TABLE_NAMES.includes(name)) throw new Error(`structure-rows/${file}: no published table of that name`);
    const rows = await warehouse.rows(await readFile(path.join(HERE, file), 'utf8'));
    // One file per table, with only its structures: the page loads the list of the open section only.
    const ids = new Set(rows.map((row) => row.id_structure));
    const used = structures.filter((s) => ids.has(s.id));
    await writeFile(path.join(dir, `${name}.json`), encodeStructureRows(used, { [name]: rows }));
  }
}
