// The one way a table becomes a worksheet, wherever it does (the report's workbook, the dashboard's
// table and structure-list downloads): a shaded header frozen in place with a filter, numbers
// stored as numbers with French formats, « NS » for a masked cell, widths fitted to what is shown,
// every text neutralised against formula injection, notes wrapped under the table. Browser-safe
// (exceljs types only): each caller creates its own Workbook.
import type { Style, Workbook, Worksheet } from 'exceljs';
import { neutraliseCell } from '../format';
import { MASKED_TEXT } from '../secrecy/secrecy-note';
import { setRowStyle, sharedStyle } from './shared-style';

export interface SheetColumn {
  readonly label: string;
  /** Number format of its figures (EXCEL_FORMATS); none for a text column. */
  readonly format?: string;
  /** A figure as a person reads it, to fit the column's width; default: its digits. */
  readonly show?: (value: number) => string;
  readonly align?: 'center';
}

export interface SheetLine {
  readonly cells: readonly (string | number | null | undefined)[];
  /** Cells statistical secrecy masked, by column index. */
  readonly masked?: (column: number) => boolean;
  /** A total: in bold. */
  readonly bold?: boolean;
}

export interface SheetContent {
  readonly name: string;
  /** A line above the header (a download's caption). */
  readonly title?: string;
  readonly columns: readonly SheetColumn[];
  readonly lines: readonly SheetLine[];
  /** Sentences under the table (definition, secrecy rule, source). */
  readonly notes?: readonly string[];
}

export const HEADER_FILL = 'FF1F3A5F';
/** Set on every row: a row font without a name falls back to the application's default face. */
export const SHEET_FONT = { name: 'Arial', size: 10 } as const;
const MIN_WIDTH = 8;
const MAX_WIDTH = 45;

/** Excel allows 31 characters in a sheet name, none of `[]:*?/\`. */
export function sheetName(text: string): string {
  return (
    text
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Tableau'
  );
}

/** The styles of a line's cells, shared by every line of its weight (shared-style.ts). */
interface LineLooks {
  readonly text: Partial<Style>;
  readonly masked: Partial<Style>;
  /** By column: a figure's format and alignment. */
  readonly numbers: readonly Partial<Style>[];
}

function lineLooks(columns: readonly SheetColumn[], bold: boolean): LineLooks {
  const font = { ...SHEET_FONT, bold };
  return {
    text: sharedStyle({ font }),
    masked: sharedStyle({ font, alignment: { horizontal: 'right' } }),
    numbers: columns.map((column) =>
      sharedStyle({
        font,
        ...(column.format ? { numFmt: column.format } : {}),
        ...(column.align ? { alignment: { horizontal: column.align } } : {}),
      }),
    ),
  };
}

export function addSheet(workbook: Workbook, content: SheetContent): Worksheet {
  const { columns, lines } = content;
  const headerRow = content.title === undefined ? 1 : 2;
  const sheet = workbook.addWorksheet(sheetName(content.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    // Printed (or exported to PDF) on A4 landscape, as wide as the page, the header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  if (content.title !== undefined) sheet.addRow([neutraliseCell(content.title)]).font = { ...SHEET_FONT, bold: true, size: 12 };
  const header = sheet.addRow(columns.map((column) => neutraliseCell(column.label)));
  header.font = { ...SHEET_FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });

  // Header labels wrap on two lines: a column need only be as wide as half its label (or its longest word).
  const widths = columns.map((column) => Math.min(24, Math.max(Math.ceil(column.label.length / 2), ...column.label.split(' ').map((word) => word.length))));
  const looks = [false, true].map((bold) => lineLooks(columns, bold));
  for (const line of lines) {
    const look = looks[line.bold === true ? 1 : 0]!;
    const row = sheet.addRow([]);
    setRowStyle(row, look.text);
    columns.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      const value = line.cells[c];
      let shown: string;
      if (line.masked?.(c)) {
        cell.value = MASKED_TEXT;
        cell.style = look.masked;
        shown = MASKED_TEXT;
      } else if (typeof value === 'number') {
        cell.value = value;
        cell.style = look.numbers[c]!;
        shown = column.show ? column.show(value) : String(value);
      } else if (typeof value === 'string') {
        cell.value = neutraliseCell(value);
        cell.style = look.text;
        shown = value;
      } else {
        cell.style = look.text;
        shown = '';
      }
      widths[c] = Math.max(widths[c]!, shown.length);
    });
  }
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width + 2));
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(0, lines.length), column: columns.length } };

  // Notes span the table's width and wrap inside it, so that they neither stretch the printed page
  // nor hide behind the next column.
  const notes = content.notes ?? [];
  if (notes.length > 0) sheet.addRow([]);
  const tableWidth = widths.reduce((sum, _, c) => sum + (sheet.getColumn(c + 1).width ?? MIN_WIDTH), 0);
  for (const note of notes) {
    const line = sheet.addRow([neutraliseCell(note)]);
    line.font = { ...SHEET_FONT, italic: true, color: { argb: 'FF4A4A4A' } };
    line.alignment = { wrapText: true, vertical: 'top' };
    line.height = 15 * Math.max(1, Math.ceil((note.length * 1.1) / tableWidth));
    if (columns.length > 1) sheet.mergeCells(line.number, 1, line.number, columns.length);
  }
  return sheet;
}
