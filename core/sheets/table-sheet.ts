// One published table as a worksheet: numbers stored as numbers with French formats, a frozen
// header row with a filter, widths fitted to the content, the definition and the secrecy rule under
// the table. Browser-safe (exceljs types only): the dashboard's "Télécharger XLSX" builds its file
// with this same function, on a Workbook it creates itself.
import type { Workbook, Worksheet } from 'exceljs';
import { EXCEL_FORMATS, formatValue, neutraliseCell } from '../format';
import { exportColumns, exportValue } from '../published/export-columns';
import type { Row } from '../published/published-tables';
import type { TableSpec } from '../schema';
import { MASKED_TEXT, type TableMasks } from '../secrecy';

export interface TableSheetOptions {
  /** Default: the table's declared sheet name. */
  readonly sheetName?: string;
  /** Cells to show as `NS`, per row (from reports/secrecy). Default: none. */
  readonly masks?: TableMasks;
  /** Lines under the table after the definition (secrecy rule, source). Default: none. */
  readonly notes?: readonly string[];
}

export const HEADER_FILL = 'FF1F3A5F';
/** Set on every row: a row font without a name falls back to the application's default face. */
export const SHEET_FONT = { name: 'Arial', size: 10 } as const;
const MIN_WIDTH = 8;
const MAX_WIDTH = 45;

export function addTableSheet(workbook: Workbook, spec: TableSpec, rows: readonly Row[], options: TableSheetOptions = {}): Worksheet {
  const columns = exportColumns(spec);
  const sheet = workbook.addWorksheet(options.sheetName ?? spec.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    // Printed (or exported to PDF) on A4 landscape, as wide as the page, the header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const header = sheet.addRow(columns.map((column) => column.label));
  header.font = { ...SHEET_FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });

  // Header labels wrap on two lines: a column need only be as wide as half its label (or its longest word).
  const widths = columns.map((column) => Math.min(24, Math.max(Math.ceil(column.label.length / 2), ...column.label.split(' ').map((word) => word.length))));
  rows.forEach((row, index) => {
    const masked = options.masks?.[index];
    const line = sheet.addRow([]);
    line.font = { ...SHEET_FONT, bold: row.niveau !== 'departement' };
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
        if (column.unit === 'year') cell.alignment = { horizontal: 'center' };
        shown = formatValue(value, column.unit);
      } else if (typeof value === 'string') {
        cell.value = neutraliseCell(value);
        shown = value;
      } else {
        shown = '';
      }
      widths[c] = Math.max(widths[c]!, shown.length);
    });
  });
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };

  // Notes span the table's width and wrap inside it, so that they neither stretch the printed page
  // nor hide behind the next column.
  sheet.addRow([]);
  const tableWidth = widths.reduce((sum, _, c) => sum + (sheet.getColumn(c + 1).width ?? MIN_WIDTH), 0);
  for (const note of [`Définition : ${spec.definition}`, ...(options.notes ?? [])]) {
    const line = sheet.addRow([neutraliseCell(note)]);
    line.font = { ...SHEET_FONT, italic: true, color: { argb: 'FF4A4A4A' } };
    line.alignment = { wrapText: true, vertical: 'top' };
    line.height = 15 * Math.max(1, Math.ceil((note.length * 1.1) / tableWidth));
    if (columns.length > 1) sheet.mergeCells(line.number, 1, line.number, columns.length);
  }
  return sheet;
}
