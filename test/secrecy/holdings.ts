// What a partner holds, read back from the files it was sent: each published table's rows (matched
// to the internal run's rows by their key cells as the files spell them), a figure the file shows
// as « NS » null, every other figure taken at its true value (an attacker at least that strong).
// Several files together: a figure shown in any of them is shown.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { MASKED_TEXT, type PublishedTables, type Row, TABLE_NAMES, type TableName, tableSpec } from '../../core';
import { exportColumns, exportValue } from '../../core/published/export-columns';

/** Per table, per internal row (key), the columns a file shows and those it masks. */
export type Holding = Map<TableName, Map<string, { row: Row; shown: Set<string>; masked: Set<string> }>>;

const keyText = (name: TableName, row: Row) =>
  exportColumns(tableSpec(name))
    .filter((column) => tableSpec(name).keys.some((key) => key.name === column.name))
    .map((column) => String(exportValue(row, column) ?? ''))
    .join('|');

function record(holding: Holding, truth: PublishedTables, name: TableName, header: readonly string[], cells: readonly unknown[], where: string): void {
  const columns = exportColumns(tableSpec(name));
  const byLabel = new Map(columns.map((column) => [column.label, column]));
  const keyCells = columns.filter((column) => tableSpec(name).keys.some((key) => key.name === column.name));
  const text = keyCells.map((column) => String(cells[header.indexOf(column.label)] ?? '')).join('|');
  let table = holding.get(name);
  if (!table) {
    table = new Map();
    for (const row of truth[name]) table.set(keyText(name, row), { row, shown: new Set(), masked: new Set() });
    holding.set(name, table);
  }
  const entry = table.get(text);
  if (!entry) throw new Error(`${where}: a row of ${name} (${text}) is not in the internal run`);
  header.forEach((label, at) => {
    const column = byLabel.get(label);
    if (!column || keyCells.includes(column) || column.name === 'territoire') return;
    const cell = cells[at];
    if (cell === MASKED_TEXT) entry.masked.add(column.name);
    else if (cell !== '' && cell !== null && cell !== undefined) entry.shown.add(column.name);
  });
}

/** The report's CSVs (`<report>/csv/<table>.csv`). */
export async function readCsvs(holding: Holding, truth: PublishedTables, reportDir: string): Promise<void> {
  for (const name of TABLE_NAMES) {
    const file = path.join(reportDir, 'csv', `${name}.csv`);
    const lines = Papa.parse<string[]>((await readFile(file, 'utf8')).replace(/^\ufeff/, ''), { delimiter: ';' }).data;
    const header = lines[0]!;
    for (const cells of lines.slice(1)) {
      if (cells.length !== header.length) break; // the notes under the table
      record(holding, truth, name, header, cells, file);
    }
  }
}

/** The report's workbook: one sheet per table, its header the row starting with « Niveau ». */
export async function readWorkbook(holding: Holding, truth: PublishedTables, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const name of TABLE_NAMES) {
    const sheet = workbook.getWorksheet(tableSpec(name).sheet);
    if (!sheet) throw new Error(`${file}: no sheet ${tableSpec(name).sheet}`);
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      rows.push((row.values as unknown[]).slice(1).map((value) => (typeof value === 'number' ? String(value) : value))),
    );
    const at = rows.findIndex((cells) => cells[0] === 'Niveau');
    const header = rows[at]!.map(String);
    for (const cells of rows.slice(at + 1)) {
      if (cells[0] === undefined || cells[0] === null || cells[0] === '') break;
      record(holding, truth, name, header, cells, file);
    }
  }
}

/** The dashboard's partner figures (null where masked), by their rows' keys. */
export function readDashboard(holding: Holding, truth: PublishedTables, tables: PublishedTables): void {
  for (const name of TABLE_NAMES) {
    const columns = exportColumns(tableSpec(name));
    const header = columns.map((column) => column.label);
    for (const row of tables[name]) {
      const cells = columns.map((column) => {
        const value = row[column.name];
        if (tableSpec(name).keys.some((key) => key.name === column.name)) return String(exportValue(row, column) ?? '');
        return value === null ? (tableSpec(name).values.some((v) => v.name === column.name) ? maskedOrEmpty(truth, name, row, column.name) : '') : value;
      });
      record(holding, truth, name, header, cells, 'dashboard');
    }
  }
}

// The dashboard carries null both for a masked figure and for an empty one: masked when the truth has one.
function maskedOrEmpty(truth: PublishedTables, name: TableName, row: Row, column: string): string {
  const key = keyText(name, row);
  const real = truth[name].find((candidate) => keyText(name, candidate) === key);
  return typeof real?.[column] === 'number' ? MASKED_TEXT : '';
}

/** The tables as the partner holds them: true values where any file shows the figure, null elsewhere. */
export function heldTables(holding: Holding): PublishedTables {
  const tables = {} as PublishedTables;
  for (const name of TABLE_NAMES) {
    const table = holding.get(name);
    tables[name] = [...(table?.values() ?? [])]
      .filter((entry) => entry.shown.size > 0 || entry.masked.size > 0)
      .map(({ row, shown }) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => [column, typeof value !== 'number' || shown.has(column) || isKeyOf(name, column) ? value : null]),
        ),
      );
    if (!table) tables[name] = [];
  }
  return tables;
}

const isKeyOf = (name: TableName, column: string) => tableSpec(name).keys.some((key) => key.name === column);

/** Cells one file shows and another masks: none may exist in one release. */
export function disagreements(a: Holding, b: Holding): string[] {
  const found: string[] = [];
  for (const [name, rows] of a) {
    for (const [key, entry] of rows) {
      const other = b.get(name)?.get(key);
      if (!other) continue;
      for (const column of entry.shown) if (other.masked.has(column)) found.push(`${name} ${key} ${column}`);
      for (const column of entry.masked) if (other.shown.has(column)) found.push(`${name} ${key} ${column}`);
    }
  }
  return found;
}
