// One table as an .xlsx workbook, built in the browser with exceljs. This module is only reached
// through a dynamic import, so exceljs (about 250 KB gzipped) loads on the first XLSX click and
// never weighs on the first view.
import ExcelJS from 'exceljs';
import { EXCEL_FORMATS, frenchFormat, MASKED_TEXT, neutraliseCell } from '../../../core';
import { formatCell } from '../table/format-cell';
import type { ColumnUnit, TableLine, TableModel } from '../table/table-model';

// The reports' formats (the same cells look the same in both workbooks), plus the signed evolutions
// that only the dashboard's tables have.
const NUMBER_FORMATS: Partial<Record<ColumnUnit, string>> = {
  ...EXCEL_FORMATS,
  points: frenchFormat('+0.0\\ "pt";-0.0\\ "pt";0.0\\ "pt"'),
  change: frenchFormat('+0.0\\ "%";-0.0\\ "%";0.0\\ "%"'),
};

function sheetName(caption: string): string {
  return (
    caption
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Tableau'
  );
}

export async function tableWorkbook(model: TableModel, lines: readonly TableLine[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tableau de bord CPR';
  const sheet = workbook.addWorksheet(sheetName(model.caption), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([neutraliseCell(model.caption)]).font = { bold: true, size: 12 };
  const header = sheet.addRow(['Code', model.rowHeader, ...model.columns.map((c) => neutraliseCell(c.label))]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const line of lines) {
    const row = sheet.addRow([
      neutraliseCell(line.code),
      neutraliseCell(line.name),
      ...line.values.map((value, i) => (line.masked?.[i] ? MASKED_TEXT : typeof value === 'string' ? neutraliseCell(value) : value)),
    ]);
    if (line.level === 'region' || line.level === 'france') row.font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow([neutraliseCell(model.definition)]).font = { italic: true };
  sheet.getColumn(1).width = 8;
  sheet.getColumn(2).width = Math.max(14, ...lines.map((line) => line.name.length + 2));
  model.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 3);
    // Wide enough for the longest figure as shown (else Excel shows ###) and the label's longest word.
    const shown = lines.map((line) => formatCell(column.unit, line.values[i] ?? null).length);
    const words = column.label.split(' ').map((word) => word.length);
    sheetColumn.width = Math.min(40, Math.max(10, ...shown, ...words) + 3);
    const format = NUMBER_FORMATS[column.unit];
    if (format) {
      sheetColumn.eachCell((cell, rowNumber) => {
        if (rowNumber > 2 && typeof cell.value === 'number') cell.numFmt = format;
      });
    }
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
