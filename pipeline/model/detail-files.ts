// Where the tables and their details live in the warehouse, and the detail files: one
// `detail/<table>.sql` per table whose figures count or sum structures (its declaration's
// `rows.of`), found by the table's name.
import { readdir, readFile } from 'node:fs/promises';
import { innerKeys, TABLE_NAMES, TABLES, type TableName } from '../../core';

export const OUTPUT_SCHEMA = 'publication';
/** The warehouse schema of the detail tables, one per structure table, named after it. */
export const DETAIL_SCHEMA = 'detail';

/** The tables whose figures count or sum structures: those with a detail. */
export const STRUCTURE_TABLES: readonly TableName[] = TABLE_NAMES.filter((name) => TABLES[name].rows.of === 'structures');

/** The additive columns of a structure table (its declaration's `rows.additive`). */
export function additiveColumns(name: TableName): readonly string[] {
  const rows = TABLES[name].rows;
  return rows.of === 'structures' ? rows.additive : [];
}

/** The structures' own values a detail lists after the additive ones (`rows.listed`). */
export function listedColumns(name: TableName): readonly string[] {
  const rows = TABLES[name].rows;
  return rows.of === 'structures' ? (rows.listed ?? []) : [];
}

/** The leading columns of a detail, in order; helper columns the model needs may follow. */
export function detailColumns(name: TableName): string[] {
  return ['departement', ...innerKeys(name), 'id_structure', ...additiveColumns(name), ...listedColumns(name)];
}

const DETAIL_DIR = new URL('./detail/', import.meta.url);

/**
 * The detail files (`detail/<table>.sql`), found by the tables' names: a structure table without
 * its file, or a file named after no structure table, stops the build.
 */
export async function detailFiles(dir: URL = DETAIL_DIR): Promise<ReadonlyMap<TableName, URL>> {
  const names = (await readdir(dir)).filter((file) => file.endsWith('.sql')).map((file) => file.slice(0, -'.sql'.length));
  const stray = names.filter((name) => !(STRUCTURE_TABLES as readonly string[]).includes(name));
  if (stray.length > 0) throw new Error(`pipeline/model/detail: ${stray.map((name) => `${name}.sql`).join(', ')} names no table of structures`);
  const missing = STRUCTURE_TABLES.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`pipeline/model/detail: no detail for ${missing.join(', ')} (rows of structures: a detail/<table>.sql is required)`);
  return new Map(STRUCTURE_TABLES.map((name) => [name, new URL(`./${name}.sql`, dir)]));
}

export async function detailSql(name: TableName): Promise<string> {
  const file = (await detailFiles()).get(name);
  if (!file) throw new Error(`${name}: a table of areas has no detail`);
  return readFile(file, 'utf8');
}
