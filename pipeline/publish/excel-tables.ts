// A published table as a CSV for French Excel, with the columns a person reads (export-columns.ts).

import type { Row, TableName } from '../../core';
import { type Cell, exportColumns, exportValue, franceLabel, tableSpec, toExcelCsv } from '../../core';

export function excelTableCsv(name: TableName, rows: readonly Row[]): string {
  const columns = exportColumns(tableSpec(name));
  const france = franceLabel(rows);
  const cells: Cell[][] = [columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => exportValue(row, column, france)))];
  return toExcelCsv(cells);
}
