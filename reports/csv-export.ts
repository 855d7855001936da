// One French-Excel CSV per table (`;`, decimal comma, BOM): the table, then its definition and
// the secrecy rule under a blank line, as published statistics do.
import { type Cell, exportColumns, exportValue, franceLabel, MASKED_TEXT, toExcelCsv } from '../core';
import type { ReportTable } from './report-table';

export function tableCsv(table: ReportTable, source: string): string {
  const columns = exportColumns(table.spec);
  const france = franceLabel(table.rows);
  const rows: Cell[][] = [columns.map((column) => column.label)];
  table.rows.forEach((row, index) => {
    rows.push(columns.map((column) => (table.masks[index]?.has(column.name) ? MASKED_TEXT : exportValue(row, column, france))));
  });
  rows.push([], [`Définition : ${table.spec.definition}`], [table.secrecy], [source]);
  return toExcelCsv(rows);
}
