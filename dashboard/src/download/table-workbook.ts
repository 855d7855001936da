// One table as an .xlsx workbook, built in the browser with core's sheet writer. This module is
// only reached through a dynamic import, so exceljs (about 250 KB gzipped) loads on the first XLSX
// click and never weighs on the first view.
import ExcelJS from 'exceljs';
import { addSheet, EXCEL_FORMATS, frenchFormat } from '../../../core';
import { formatCell } from '../table/format-cell';
import type { ColumnUnit, TableLine, TableModel } from '../table/table-model';
import { peopleValue } from './people-value';
import { headLabels, lineHeads } from './table-rows';

// The reports' formats (the same cells look the same in both workbooks), plus the signed evolutions
// that only the dashboard's tables have.
const NUMBER_FORMATS: Partial<Record<ColumnUnit, string>> = {
  ...EXCEL_FORMATS,
  points: frenchFormat('+0.0\\ "pt";-0.0\\ "pt";0.0\\ "pt"'),
  change: frenchFormat('+0.0\\ "%";-0.0\\ "%";0.0\\ "%"'),
};

export async function tableWorkbook(model: TableModel, lines: readonly TableLine[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tableau de bord CPR';
  const heads = headLabels(model).length;
  addSheet(workbook, {
    name: model.caption,
    title: model.caption,
    columns: [
      ...headLabels(model).map((label) => ({ label })),
      ...model.columns.map((column) => ({
        label: column.label,
        ...(NUMBER_FORMATS[column.unit] ? { format: NUMBER_FORMATS[column.unit]! } : {}),
        show: (value: number) => formatCell(column.unit, value),
      })),
    ],
    lines: lines.map((line) => ({
      cells: [...lineHeads(model, line), ...line.values.map((value, i) => peopleValue(value, model.columns[i]?.unit ?? null))],
      masked: (c: number) => c >= heads && line.masked?.[c - heads] === true,
      bold: line.level === 'region' || line.level === 'france',
    })),
    notes: [model.definition],
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
