// A structure list as an .xlsx workbook (exceljs, loaded on the first click), with core's sheet
// writer: numbers stored as numbers with the reports' French formats.
import ExcelJS from 'exceljs';
import { addSheet, EXCEL_FORMATS, formatValue } from '../../../core';
import { peopleValue } from '../download/people-value';
import type { ListLine, StructureList } from './structure-list';

export async function structureWorkbook(title: string, list: StructureList, lines: readonly ListLine[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tableau de bord CPR';
  addSheet(workbook, {
    name: 'Structures',
    title,
    columns: [
      ...list.textColumns.map((column) => ({ label: column.label })),
      ...list.valueColumns.map((column) => {
        const format = column.unit ? EXCEL_FORMATS[column.unit] : undefined;
        return { label: column.label, ...(format ? { format } : {}), show: (value: number) => formatValue(value, column.unit ?? 'count') };
      }),
    ],
    lines: lines.map((line) => ({
      cells: [
        ...list.textColumns.map((column) => line.text[column.key] ?? ''),
        ...line.values.map((value, i) => peopleValue(value, list.valueColumns[i]?.unit ?? null)),
      ],
    })),
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
