// Writes the output tables as the contract says: UTF-8 CSV with a comma, dot decimals, no
// thousands separator, unrounded values, a header row; and the same tables as Parquet.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { TABLE_NAMES, type TableName } from '../../core';
import { sqlString, type Warehouse } from '../load';
import { OUTPUT_SCHEMA } from '../model';

export interface PublishedTable {
  readonly name: TableName;
  readonly rows: number;
  readonly csv: string;
  readonly parquet: string;
}

export async function publishTables(warehouse: Warehouse, outDir: string): Promise<PublishedTable[]> {
  const dir = path.join(outDir, 'tables');
  await mkdir(dir, { recursive: true });
  const published: PublishedTable[] = [];
  for (const name of TABLE_NAMES) {
    const csv = path.join(dir, `${name}.csv`);
    const parquet = path.join(dir, `${name}.parquet`);
    const source = `${OUTPUT_SCHEMA}.${name}`;
    // The models' ORDER BY is kept: DuckDB preserves insertion order, so the bytes are stable.
    await warehouse.run(`COPY ${source} TO ${sqlString(csv)} (FORMAT csv, HEADER true, DELIMITER ',')`);
    await warehouse.run(`COPY ${source} TO ${sqlString(parquet)} (FORMAT parquet)`);
    const [count] = await warehouse.rows<{ n: number }>(`SELECT count(*) AS n FROM ${source}`);
    published.push({ name, rows: count?.n ?? 0, csv, parquet });
  }
  return published;
}
