// Builds the output tables: one SQL file per table, next to this file, so the formula of every
// figure can be read and audited in SQL. Each file is a SELECT whose columns are the contract's.
import { readFile } from 'node:fs/promises';
import { sqlString, type Warehouse } from '../load';
import { PROFESSIONS, TABLE_NAMES, type TableName } from '../schema';

export const OUTPUT_SCHEMA = 'publication';

export async function modelSql(name: TableName | 'areas'): Promise<string> {
  return readFile(new URL(`./${name}.sql`, import.meta.url), 'utf8');
}

/** The reference tables and shared areas every model reads (areas.sql). */
export async function prepareModels(warehouse: Warehouse): Promise<void> {
  const professions = Object.keys(PROFESSIONS).map((code, index) => `(${sqlString(code)}, ${index + 1})`);
  await warehouse.run(`CREATE OR REPLACE TABLE ref_professions AS SELECT * FROM (VALUES ${professions.join(', ')}) AS p(code, rang)`);
  await warehouse.run(await modelSql('areas'));
  await warehouse.run(`CREATE SCHEMA IF NOT EXISTS ${OUTPUT_SCHEMA}`);
}

export async function buildModels(warehouse: Warehouse): Promise<void> {
  await prepareModels(warehouse);
  for (const name of TABLE_NAMES) {
    await warehouse.run(`CREATE OR REPLACE TABLE ${OUTPUT_SCHEMA}.${name} AS ${await modelSql(name)}`);
  }
}
