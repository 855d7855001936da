// A published table as a CSV for French Excel, with the columns a person reads (export-columns.ts).
import { toExcelCsv, type Cell } from '../format';
import type { TableName } from '../schema';
import { tableSpec } from '../schema';
import { exportColumns, exportValue } from './export-columns';
import type { Row } from './published-tables';

export function excelTableCsv(name: TableName, rows: readonly Row[]): string {
  const columns = exportColumns(tableSpec(name));
  const cells: Cell[][] = [columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => exportValue(row, column)))];
  return toExcelCsv(cells);
}
