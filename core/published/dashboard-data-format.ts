// The dashboard's data file: the published tables as compact, column-major JSON.
//
// Why JSON rather than Arrow IPC or Parquet: the tables are small (a few thousand rows at national
// scale) and the browser's native JSON.parse reads them in well under a millisecond, with no decoder
// to ship: apache-arrow would add ~60 KB gzipped of JavaScript to the first view and a Parquet reader
// more (plus WebAssembly), both to save a few kilobytes of data. Column-major arrays repeat each
// column name once and put similar values side by side, which is what gzip compresses best.
// Figures are rounded to 4 decimals (the contract's minimum for published tables; the page shows at
// most 2): the unrounded tails of means are noise gzip cannot shrink, 16 % of the national file.
// Browser-safe: the pipeline encodes with it, the dashboard decodes with it.
import { columnsOf, TABLE_NAMES, type TableName } from '../schema';
import type { PublishedTables, Row, Value } from './published-tables';

export const DASHBOARD_DATA_FILE = 'data.json';
export const DASHBOARD_DATA_VERSION = 1;

export interface EncodedTable {
  readonly columns: readonly string[];
  /** One array per column, in the order of `columns`. */
  readonly values: readonly (readonly Value[])[];
}

export interface EncodedDashboardData {
  readonly version: typeof DASHBOARD_DATA_VERSION;
  readonly tables: Record<TableName, EncodedTable>;
}

export const DASHBOARD_DECIMALS = 4;
const SCALE = 10 ** DASHBOARD_DECIMALS;

function compact(value: Value | undefined): Value {
  if (value === undefined) return null;
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * SCALE) / SCALE : value;
}

function encodeTable(name: TableName, rows: readonly Row[]): EncodedTable {
  const columns = columnsOf(name).map((column) => column.name);
  const values = columns.map((column) => rows.map((row) => compact(row[column])));
  return { columns, values };
}

/** Same tables, same text: rows keep their published order and columns the contract order. */
export function encodeDashboardData(tables: PublishedTables): string {
  const encoded: Record<string, EncodedTable> = {};
  for (const name of TABLE_NAMES) encoded[name] = encodeTable(name, tables[name] ?? []);
  return `${JSON.stringify({ version: DASHBOARD_DATA_VERSION, tables: encoded })}\n`;
}

function isValue(value: unknown): value is Value {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function decodeTable(name: TableName, table: EncodedTable | undefined): Row[] {
  if (!table) throw new Error(`dashboard data: table ${name} is missing`);
  const expected = columnsOf(name).map((column) => column.name);
  if (table.columns.join(',') !== expected.join(',')) {
    throw new Error(`dashboard data: table ${name} has columns ${table.columns.join(',')}, expected ${expected.join(',')}`);
  }
  const length = table.values[0]?.length ?? 0;
  const rows: Row[] = Array.from({ length }, () => ({}));
  table.columns.forEach((column, c) => {
    const values = table.values[c];
    if (!values || values.length !== length) throw new Error(`dashboard data: column ${name}.${column} has the wrong length`);
    values.forEach((value, r) => {
      if (!isValue(value)) throw new Error(`dashboard data: ${name}.${column} row ${r + 1} is not a value`);
      rows[r]![column] = value;
    });
  });
  return rows;
}

/** Checks the file once, at the boundary, so the dashboard can trust its rows afterwards. */
export function decodeDashboardData(data: unknown): PublishedTables {
  const encoded = data as Partial<EncodedDashboardData> | null;
  if (!encoded || encoded.version !== DASHBOARD_DATA_VERSION || typeof encoded.tables !== 'object') {
    throw new Error(`dashboard data: unsupported format (expected version ${DASHBOARD_DATA_VERSION})`);
  }
  const tables = {} as PublishedTables;
  for (const name of TABLE_NAMES) tables[name] = decodeTable(name, encoded.tables[name]);
  return tables;
}
