// A published table as a CSV for French Excel, with the columns a person reads (export-columns.ts).
import { toExcelCsv, type Cell } from '../../core';
import type { TableName } from '../../core';
import { tableSpec } from '../../core';
import { exportColumns, exportValue } from '../../core';
import type { Row } from '../../core';

export function excelTableCsv(name: TableName, rows: readonly Row[]): string {
  const columns = exportColumns(tableSpec(name));
  const cells: Cell[][] = [columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => exportValue(row, column)))];
  return toExcelCsv(cells);
}
