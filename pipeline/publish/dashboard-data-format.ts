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
import { CONTROL_COLUMNS, GRAVITIES, TABLE_NAMES, columnsOf, type ControlRow, type TableName } from '../schema';
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
  /** The lines of controles.csv, same column-major form (absent in files of older runs). */
  readonly controls?: EncodedTable;
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

function encodeControls(rows: readonly ControlRow[]): EncodedTable {
  const columns = CONTROL_COLUMNS.map((column) => column.name);
  return { columns, values: columns.map((column) => rows.map((row) => row[column])) };
}

/** Same tables, same text: rows keep their published order and columns the contract order. */
export function encodeDashboardData(tables: PublishedTables, controls: readonly ControlRow[] = []): string {
  const encoded: Record<string, EncodedTable> = {};
  for (const name of TABLE_NAMES) encoded[name] = encodeTable(name, tables[name] ?? []);
  return `${JSON.stringify({ version: DASHBOARD_DATA_VERSION, tables: encoded, controls: encodeControls(controls) })}\n`;
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

/** The controls' lines of the file (none for a file written before controls existed). */
export function decodeDashboardControls(data: unknown): ControlRow[] {
  const table = (data as Partial<EncodedDashboardData> | null)?.controls;
  if (!table) return [];
  const index = new Map(table.columns.map((column, c) => [column, c]));
  const length = table.values[0]?.length ?? 0;
  const cell = (name: string, r: number): Value => {
    const c = index.get(name);
    const value = c === undefined ? null : table.values[c]?.[r];
    if (value !== null && value !== undefined && !isValue(value)) throw new Error(`dashboard data: controls.${name} row ${r + 1} is not a value`);
    return value ?? null;
  };
  const text = (name: string, r: number) => {
    const value = cell(name, r);
    return value === null ? null : String(value);
  };
  return Array.from({ length }, (_, r) => {
    const gravite = text('gravite', r);
    const annee = cell('annee', r);
    return {
      controle: text('controle', r) ?? '',
      gravite: gravite === 'erreur' || !(GRAVITIES as readonly string[]).includes(gravite ?? '') ? 'erreur' : 'alerte',
      dataset: text('dataset', r) ?? '',
      id_structure: text('id_structure', r),
      niveau: text('niveau', r),
      code: text('code', r),
      annee: typeof annee === 'number' ? annee : annee === null ? null : Number(annee),
      attendu: text('attendu', r),
      constate: text('constate', r),
      message: text('message', r) ?? '',
    };
  });
}
