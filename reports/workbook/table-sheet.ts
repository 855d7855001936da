// One published table as a worksheet: numbers stored as numbers with French formats, a frozen
// header row with a filter, widths fitted to the content, the definition and the secrecy rule under
// the table. Browser-safe (exceljs types only): the dashboard's "Télécharger XLSX" builds its file
// with this same function, on a Workbook it creates itself.
import type { Workbook, Worksheet } from 'exceljs';
import { neutraliseCell } from '../../pipeline/format';
import type { Row } from '../../pipeline/publish/published-tables';
import type { TableName, TableSpec } from '../../pipeline/schema';
import { exportColumns, exportValue } from '../export-columns';
import { formatValue } from '../format-value';
import { MASKED_TEXT, type TableMasks } from '../secrecy';
import { EXCEL_FORMATS } from '../number-formats';

/** Worksheet names (Excel allows 31 characters, no `[]:*?/\`). */
export const SHEET_NAMES: Record<TableName, string> = {
  adhesions: 'Adhésions',
  patientele: 'Patientèle',
  remunerations: 'Rémunérations',
  professionnels: 'Professionnels',
  cpts_couverture: 'CPTS',
  cds: 'Centres de santé',
  depistage: 'Dépistage',
};

export interface TableSheetOptions {
  /** Default: SHEET_NAMES[spec.name]. */
  readonly sheetName?: string;
  /** Cells to show as `NS`, per row (from reports/secrecy). Default: none. */
  readonly masks?: TableMasks;
  /** Lines under the table after the definition (secrecy rule, source). Default: none. */
  readonly notes?: readonly string[];
}

export const HEADER_FILL = 'FF1F3A5F';
const MIN_WIDTH = 8;
const MAX_WIDTH = 45;

export function addTableSheet(
  workbook: Workbook,
  spec: TableSpec,
  rows: readonly Row[],
  options: TableSheetOptions = {},
): Worksheet {
  const columns = exportColumns(spec);
  const sheet = workbook.addWorksheet(options.sheetName ?? SHEET_NAMES[spec.name], {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const header = sheet.addRow(columns.map((column) => column.label));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });

  const widths = columns.map((column) => Math.min(column.label.length, 24));
  rows.forEach((row, index) => {
    const masked = options.masks?.[index];
    const line = sheet.addRow([]);
    columns.forEach((column, c) => {
      const cell = line.getCell(c + 1);
      const value = exportValue(row, column);
      let shown: string;
      if (masked?.has(column.name)) {
        cell.value = MASKED_TEXT;
        cell.alignment = { horizontal: 'right' };
        shown = MASKED_TEXT;
      } else if (typeof value === 'number') {
        cell.value = value;
        const format = EXCEL_FORMATS[column.unit];
        if (format) cell.numFmt = format;
        shown = formatValue(value, column.unit);
      } else if (typeof value === 'string') {
        cell.value = neutraliseCell(value);
        shown = value;
      } else {
        shown = '';
      }
      widths[c] = Math.max(widths[c]!, shown.length);
    });
    if (row.niveau !== 'departement') line.font = { bold: true };
  });
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };

  sheet.addRow([]);
  for (const note of [`Définition : ${spec.definition}`, ...(options.notes ?? [])]) {
    const line = sheet.addRow([neutraliseCell(note)]);
    line.font = { italic: true, color: { argb: 'FF4A4A4A' } };
  }
  return sheet;
}
