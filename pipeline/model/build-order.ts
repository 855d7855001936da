// The order the tables are built in, in turns on two connections (buildModels): those reading the
// most rows first, so that the longest does not run last beside an idle connection; and a table
// whose SQL reads another table's detail or figures (msp_profil's detail reads the remunerations')
// after that table, which it waits for.
import { DATASET_NAMES, TABLE_NAMES, TABLES, type TableName } from '../../core';
import { sqlIdentifier, sqlString, type Warehouse } from '../load';
import { DETAIL_SCHEMA, OUTPUT_SCHEMA } from './detail-files';

export interface BuildOrder {
  readonly order: readonly TableName[];
  /** The tables each one reads, built before it. */
  readonly reads: ReadonlyMap<TableName, readonly TableName[]>;
  /** The checked rows of the datasets each one is computed from. */
  readonly rows: ReadonlyMap<TableName, number>;
}

/** The other tables whose detail or figures `sql`, the SQL that builds `name`, reads. */
export function tablesRead(name: TableName, sql: string): TableName[] {
  // Quoted or not, in any case; a name in a comment only makes the table wait for nothing.
  const reference = new RegExp(`"?\\b(?:${DETAIL_SCHEMA}|${OUTPUT_SCHEMA})\\b"?\\s*\\.\\s*"?(\\w+)`, 'gi');
  const named = new Set([...sql.matchAll(reference)].map((match) => match[1]!.toLowerCase()));
  return TABLE_NAMES.filter((table) => table !== name && named.has(table));
}

/** `sqlOf`: all the SQL that builds a table (its detail's and its own). */
export async function buildOrder(warehouse: Warehouse, sqlOf: (name: TableName) => Promise<string>): Promise<BuildOrder> {
  const counts = await warehouse.rows<{ dataset: string; n: number }>(
    DATASET_NAMES.map((dataset) => `SELECT ${sqlString(dataset)} AS dataset, count(*) AS n FROM ${sqlIdentifier(`checked_${dataset}`)}`).join(' UNION ALL '),
  );
  const rows = new Map(counts.map((count) => [count.dataset, count.n]));
  const weight = (name: TableName) => TABLES[name].datasets.reduce((sum, dataset) => sum + (rows.get(dataset) ?? 0), 0);
  const reads = new Map<TableName, TableName[]>();
  for (const name of TABLE_NAMES) reads.set(name, tablesRead(name, await sqlOf(name)));
  const order: TableName[] = [];
  const place = (name: TableName, path: readonly TableName[]) => {
    if (order.includes(name)) return;
    if (path.includes(name)) throw new Error(`pipeline/model: ${[...path, name].join(' → ')} read each other`);
    for (const read of reads.get(name)!) place(read, [...path, name]);
    order.push(name);
  };
  for (const name of [...TABLE_NAMES].sort((a, b) => weight(b) - weight(a))) place(name, []);
  return { order, reads, rows: new Map(TABLE_NAMES.map((name) => [name, weight(name)])) };
}
