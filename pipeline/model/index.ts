// Builds the output tables: one SQL file per table, next to this file, so the formula of every
// figure can be read and audited in SQL. Each file is a SELECT whose columns are the contract's.
// A table whose figures count or sum structures also has its detail, `detail/<table>.sql`: the
// structure-level rows (one per structure and department-level key) its figures add up, built
// first; the table's SQL aggregates them and never restates their rules, so the figures and the
// lists published beside them (detail/, the dashboard's) cannot drift apart.
import { readFile } from 'node:fs/promises';
import {
  CDS_GROUP_CATEGORIES,
  CDS_GROUPS,
  PROFESSION_LABELS,
  PROFESSIONS,
  REMUNERATION_GROUPS,
  STRUCTURE_EVENTS,
  STRUCTURE_TYPES,
  type TableName,
} from '../../core';
import { inTurns, sqlIdentifier, sqlString, type Warehouse } from '../load';
import { buildOrder } from './build-order';
import { DETAIL_SCHEMA, detailColumns, detailFiles, OUTPUT_SCHEMA } from './detail-files';

export { checkDetail } from './check-detail';
export { additiveColumns, DETAIL_SCHEMA, detailColumns, detailFiles, detailSql, listedColumns, OUTPUT_SCHEMA, STRUCTURE_TABLES } from './detail-files';

export async function modelSql(name: TableName | 'areas'): Promise<string> {
  return readFile(new URL(`./${name}.sql`, import.meta.url), 'utf8');
}

/** All the SQL that builds a table: its detail's, if it has one, then its own. */
export async function buildSql(name: TableName): Promise<string> {
  const detail = (await detailFiles()).get(name);
  return `${detail ? await readFile(detail, 'utf8') : ''}\n${await modelSql(name)}`;
}

const values = (rows: readonly (readonly (string | number | boolean | null)[])[]) =>
  rows.map((row) => `(${row.map((v) => (typeof v === 'string' ? sqlString(v) : v === null ? 'NULL' : String(v))).join(', ')})`).join(', ');

export interface ModelOptions {
  /** ISO date the stocks stand at (`--arrete`); default: the latest date of the exports (areas.sql). */
  readonly arrete?: string;
  /** Rows read from which a table is built alone (tests: below the fixtures' sizes). */
  readonly aloneFromRows?: number;
}

/** The reference tables and shared areas every model reads (areas.sql). */
export async function prepareModels(warehouse: Warehouse, options: ModelOptions = {}): Promise<void> {
  const arrete = options.arrete === undefined ? 'NULL::DATE' : `${sqlString(options.arrete)}::DATE`;
  await warehouse.run(`CREATE OR REPLACE TABLE run_parameters AS SELECT ${arrete} AS arrete`);
  // The 15 professions of the exports, then the aggregate rows (medecin, ensemble), in the deck's order.
  const professions = Object.keys(PROFESSION_LABELS).map((code, index) => [code, index + 1, !(code in PROFESSIONS)]);
  await warehouse.run(`CREATE OR REPLACE TABLE ref_professions AS SELECT * FROM (VALUES ${values(professions)}) AS p(code, rang, agregat)`);
  // Each CDS category counts in its group and in ensemble; a CDS with no category in ensemble only.
  const groupRank = (group: string) => Object.keys(CDS_GROUPS).indexOf(group) + 1;
  const groups: (string | number | null)[][] = Object.entries(CDS_GROUP_CATEGORIES).flatMap(([group, categories]) =>
    categories.flatMap((category) => [
      [category, group, groupRank(group)],
      [category, 'ensemble', groupRank('ensemble')],
    ]),
  );
  groups.push([null, 'ensemble', groupRank('ensemble')]);
  await warehouse.run(
    `CREATE OR REPLACE TABLE ref_cds_groupes AS SELECT categorie::VARCHAR AS categorie, groupe, rang FROM (VALUES ${values(groups)}) AS g(categorie, groupe, rang)`,
  );
  // The groups in the deck's order, once each: what the tables sort their rows by.
  await warehouse.run(`CREATE OR REPLACE TABLE ref_cds_rangs AS SELECT DISTINCT groupe, rang FROM ref_cds_groupes`);
  const remunerationGroups = Object.entries(REMUNERATION_GROUPS).map(([group, label]) => [Number(group), label]);
  await warehouse.run(`CREATE OR REPLACE TABLE ref_groupes_remuneration AS SELECT * FROM (VALUES ${values(remunerationGroups)}) AS g(groupe, libelle)`);
  const types = STRUCTURE_TYPES.map((type, index) => [type, index + 1]);
  await warehouse.run(`CREATE OR REPLACE TABLE ref_types AS SELECT * FROM (VALUES ${values(types)}) AS t(type_structure, rang)`);
  const events = Object.keys(STRUCTURE_EVENTS).map((code, index) => [code, index + 1]);
  await warehouse.run(`CREATE OR REPLACE TABLE ref_evenements AS SELECT * FROM (VALUES ${values(events)}) AS e(code, rang)`);
  await warehouse.run(await modelSql('areas'));
  await warehouse.run(`CREATE SCHEMA IF NOT EXISTS ${DETAIL_SCHEMA}`);
  await warehouse.run(`CREATE SCHEMA IF NOT EXISTS ${OUTPUT_SCHEMA}`);
}

/** Builds a table's detail and checks its leading columns: what the table and the lists read by name. */
async function buildDetail(warehouse: Warehouse, name: TableName, file: URL): Promise<void> {
  // Stored in the order of its leading columns (department, keys, structure: unique), which DuckDB
  // keeps for every later scan: the files written from it need no sort of their own. Built unsorted
  // first, then sorted from that table: sorting the query's rows as they come keeps its joins' hash
  // tables in memory beside the sort, which at the stress scale (12 M rows for cds_effectifs) runs
  // out of DuckDB's memory limit; each step alone spills what does not fit.
  const unsorted = `${sqlIdentifier(`${name}_non_trie`)}`;
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${unsorted} AS SELECT * FROM (\n${await readFile(file, 'utf8')}\n)`);
  await warehouse.run(`CREATE OR REPLACE TABLE ${DETAIL_SCHEMA}.${name} AS SELECT * FROM ${unsorted} ORDER BY ALL`);
  await warehouse.run(`DROP TABLE ${unsorted}`);
  const columns = await warehouse.rows<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = ${sqlString(DETAIL_SCHEMA)} AND table_name = ${sqlString(name)} ORDER BY ordinal_position`,
  );
  const expected = detailColumns(name);
  const actual = columns.map((column) => column.column_name).slice(0, expected.length);
  if (actual.join() !== expected.join()) {
    throw new Error(`pipeline/model/detail/${name}.sql: its columns must start with ${expected.join(', ')} (found ${actual.join(', ')})`);
  }
}

/** A promise and what settles it (Promise.withResolvers, past Node 20). */
function settlement(): { readonly promise: Promise<void>; readonly resolve: () => void; readonly reject: (error: unknown) => void } {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * Rows read from which a table is built alone: at the stress scale (30 M rows), two such tables
 * built at once (the indicators' detail, 12,5 M rows, beside the professionals' table) ran out of
 * DuckDB's memory limit, which is the instance's.
 */
export const ALONE_FROM_ROWS = 4_000_000;

/**
 * Builds every table, each structure table after its detail (the rows it adds up), in turns on two
 * connections (build-order.ts); the largest alone.
 */
export async function buildModels(warehouse: Warehouse, options: ModelOptions = {}): Promise<void> {
  const details = await detailFiles();
  await prepareModels(warehouse, options);
  const { order, reads, rows } = await buildOrder(warehouse, buildSql);
  // Every table read comes earlier in the order: taken already, its build is here to wait for.
  const built = new Map(order.map((name) => [name, settlement()]));
  // A table whose build failed fails those reading it, whose errors come later: no rejection unheard.
  for (const { promise } of built.values()) promise.catch(() => undefined);
  await inTurns(
    warehouse,
    order,
    async (connection, name) => {
      const done = built.get(name)!;
      try {
        await Promise.all(reads.get(name)!.map((read) => built.get(read)!.promise));
        const detail = details.get(name);
        if (detail) await buildDetail(connection, name, detail);
        await connection.run(`CREATE OR REPLACE TABLE ${OUTPUT_SCHEMA}.${name} AS ${await modelSql(name)}`);
        done.resolve();
      } catch (error) {
        done.reject(error);
        throw error;
      }
    },
    (name) => rows.get(name)! >= (options.aloneFromRows ?? ALONE_FROM_ROWS),
  );
}
