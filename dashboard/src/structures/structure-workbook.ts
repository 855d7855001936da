// A structure list as an .xlsx workbook (exceljs, loaded on the first click), numbers stored as
// numbers with the reports' French formats.
import ExcelJS from 'exceljs';
import { EXCEL_FORMATS, neutraliseCell } from '../../../core';
import type { ListLine, StructureList } from './structure-list';

export async function structureWorkbook(title: string, list: StructureList, lines: readonly ListLine[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tableau de bord CPR';
  const sheet = workbook.addWorksheet('Structures', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([neutraliseCell(title)]).font = { bold: true, size: 12 };
  sheet.addRow([...list.textColumns.map((c) => c.label), ...list.valueColumns.map((c) => c.label)]).font = { bold: true };
  for (const line of lines) {
    sheet.addRow([...list.textColumns.map((c) => neutraliseCell(line.text[c.key] ?? '')), ...line.values]);
  }
  list.textColumns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.min(45, Math.max(12, ...lines.map((line) => (line.text[column.key] ?? '').length + 2)));
  });
  list.valueColumns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(list.textColumns.length + i + 1);
    sheetColumn.width = 18;
    const format = column.unit ? EXCEL_FORMATS[column.unit] : undefined;
    if (format)
      sheetColumn.eachCell((cell, row) => {
        if (row > 2 && typeof cell.value === 'number') cell.numFmt = format;
      });
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
