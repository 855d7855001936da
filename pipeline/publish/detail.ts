// `<out>/detail/<table>.csv`: the structures behind the department figures of every table of
// structures, one row per structure and department-level key, whose additive columns add up to the
// table's (checked before publishing: checkDetail). Machine CSV like tables/: UTF-8, comma, dot
// decimals, header, unrounded. DuckDB writes them straight from the warehouse's detail tables, so
// no table is held in memory however many structures there are.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { innerKeys, type TableName } from '../../core';
import { inTurns, sqlIdentifier, sqlString, WAREHOUSE_THREADS, type Warehouse } from '../load';
import { additiveColumns, DETAIL_SCHEMA, listedColumns, STRUCTURE_TABLES } from '../model';

export const DETAIL_DIR = 'detail';

export async function publishDetail(warehouse: Warehouse, outDir: string): Promise<void> {
  const dir = path.join(outDir, DETAIL_DIR);
  await mkdir(dir, { recursive: true });
  // One thread a COPY: an ordered COPY on two holds the batches that come out of order until their
  // turn, which at the stress scale (12 M rows a detail) cost more memory and more time. The
  // setting is the instance's, and each connection runs its statement on a thread of its own: two
  // details are copied at once, each on one thread (the run uses no other connection meanwhile).
  await warehouse.run('SET threads = 1');
  try {
    await inTurns(warehouse, STRUCTURE_TABLES, (connection, name) => copyDetail(connection, name, dir));
  } finally {
    await warehouse.run(`SET threads = ${WAREHOUSE_THREADS}`);
  }
}

async function copyDetail(warehouse: Warehouse, name: TableName, dir: string): Promise<void> {
  const keys = innerKeys(name).map(sqlIdentifier);
  const columns = [
    "'departement' AS niveau",
    'departement AS code',
    ...keys,
    'id_structure',
    ...[...additiveColumns(name), ...listedColumns(name)].map(sqlIdentifier),
  ];
  // The detail is stored sorted by department, keys and structure (a unique order, buildModels):
  // DuckDB keeps it, so the bytes are stable.
  await warehouse.run(
    `COPY (SELECT ${columns.join(', ')} FROM ${DETAIL_SCHEMA}.${name}) TO ${sqlString(path.join(dir, `${name}.csv`))} (FORMAT csv, HEADER true, DELIMITER ',')`,
  );
}
