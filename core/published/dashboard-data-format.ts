// The dashboard's data file: the published tables as compact, column-major JSON. The dashboard's
// build splits it by table (`encodeDashboardTable`): each section's table is a chunk of its own,
// loaded when the section opens (dashboard/src/data/), so a first view carries one table only; a
// chunk writes its text columns as dictionaries (each distinct code or label once).
//
// Why JSON rather than Arrow IPC or Parquet: the browser's native JSON.parse reads these tables
// (a few thousand rows, 15 600 for the largest at national scale) in milliseconds, with no decoder
// to ship: apache-arrow's reader alone is 49 KB gzipped of JavaScript in the first view, and on the
// generated national run the 15 tables as Arrow IPC streams (strings dictionary-encoded, figures
// Float64) weigh 503 KB gzipped, against 419 KB for this JSON and 395 KB for the chunks' form
// (docs/performance.md); a Parquet reader would add more (plus WebAssembly). Column-major arrays
// repeat each column name once and put similar values side by side, which is what gzip compresses best.
// Figures are rounded to 4 decimals (the contract's minimum for published tables; the page shows at
// most 2): the unrounded tails of means are noise gzip cannot shrink, 16 % of the national file.
// Browser-safe: the pipeline encodes with it, the dashboard decodes with it.
import { columnsOf, TABLE_NAMES, type TableName } from '../schema';
import type { PublishedTables, Row, Value } from './published-tables';

export const DASHBOARD_DATA_FILE = 'data.json';
export const DASHBOARD_DATA_VERSION = 1;

/**
 * A column of text as its distinct values, in order of appearance, and each row's index among them:
 * how a section's chunk carries its codes and labels (an indicator's label repeated on thousands of
 * rows is written once). A third of the raw size of the national tables, 6 % fewer gzipped bytes.
 */
export interface DictionaryColumn {
  readonly dictionary: readonly (string | null)[];
  readonly indexes: readonly number[];
}

export interface EncodedTable {
  readonly columns: readonly string[];
  /** One array per column, in the order of `columns` (in a section's chunk, text columns as dictionaries). */
  readonly values: readonly (readonly Value[] | DictionaryColumn)[];
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

function dictionaryOf(values: readonly (string | null)[]): DictionaryColumn {
  const at = new Map<string | null, number>();
  const indexes = values.map((value) => {
    let index = at.get(value);
    if (index === undefined) {
      index = at.size;
      at.set(value, index);
    }
    return index;
  });
  return { dictionary: [...at.keys()], indexes };
}

const isText = (values: readonly Value[]): values is readonly (string | null)[] => values.every((value) => value === null || typeof value === 'string');

/**
 * One table, column-major and rounded. `dictionary`: its text columns as dictionaries (a section's
 * chunk of the dashboard); data.json keeps plain arrays.
 */
export function encodeDashboardTable(name: TableName, rows: readonly Row[], options: { dictionary?: boolean } = {}): EncodedTable {
  const columns = columnsOf(name).map((column) => column.name);
  const values = columns.map((column) => {
    const plain = rows.map((row) => compact(row[column]));
    return options.dictionary && rows.length > 0 && isText(plain) ? dictionaryOf(plain) : plain;
  });
  return { columns, values };
}

/** Same tables, same text: rows keep their published order and columns the contract order. */
export function encodeDashboardData(tables: PublishedTables): string {
  const encoded: Record<string, EncodedTable> = {};
  for (const name of TABLE_NAMES) encoded[name] = encodeDashboardTable(name, tables[name] ?? []);
  return `${JSON.stringify({ version: DASHBOARD_DATA_VERSION, tables: encoded })}\n`;
}

function isValue(value: unknown): value is Value {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** One table of the file (or of a section's chunk), checked: its columns are the contract's, its cells values. */
export function decodeDashboardTable(name: TableName, table: EncodedTable | undefined): Row[] {
  if (!table) throw new Error(`dashboard data: table ${name} is missing`);
  const expected = columnsOf(name).map((column) => column.name);
  if (table.columns.join(',') !== expected.join(',')) {
    throw new Error(`dashboard data: table ${name} has columns ${table.columns.join(',')}, expected ${expected.join(',')}`);
  }
  const columns = table.columns.map((column, c) => expand(name, column, table.values[c]));
  const length = columns[0]?.length ?? 0;
  const rows: Row[] = Array.from({ length }, () => ({}));
  table.columns.forEach((column, c) => {
    const values = columns[c]!;
    if (values.length !== length) throw new Error(`dashboard data: column ${name}.${column} has the wrong length`);
    values.forEach((value, r) => {
      if (!isValue(value)) throw new Error(`dashboard data: ${name}.${column} row ${r + 1} is not a value`);
      rows[r]![column] = value;
    });
  });
  return rows;
}

/** A column's values, a dictionary column expanded (each index checked). */
function expand(name: TableName, column: string, values: EncodedTable['values'][number] | undefined): readonly unknown[] {
  if (Array.isArray(values)) return values;
  const encoded = values as Partial<DictionaryColumn> | undefined;
  if (!encoded || !Array.isArray(encoded.dictionary) || !Array.isArray(encoded.indexes)) {
    throw new Error(`dashboard data: column ${name}.${column} is missing`);
  }
  const { dictionary } = encoded;
  return encoded.indexes.map((index, r) => {
    if (!Number.isInteger(index) || index < 0 || index >= dictionary.length) throw new Error(`dashboard data: ${name}.${column} row ${r + 1} is not a value`);
    return dictionary[index];
  });
}

/** Checks the file once, at the boundary, so the dashboard can trust its rows afterwards. */
export function decodeDashboardData(data: unknown): PublishedTables {
  const encoded = data as Partial<EncodedDashboardData> | null;
  if (!encoded || encoded.version !== DASHBOARD_DATA_VERSION || typeof encoded.tables !== 'object') {
    throw new Error(`dashboard data: unsupported format (expected version ${DASHBOARD_DATA_VERSION})`);
  }
  const tables = {} as PublishedTables;
  for (const name of TABLE_NAMES) tables[name] = decodeDashboardTable(name, encoded.tables[name]);
  return tables;
}
