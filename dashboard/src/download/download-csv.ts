import { toExcelCsv } from '../../../core';
import type { TableLine, TableModel } from '../table/table-model';
import { saveFile } from './save-file';
import { tableCells } from './table-rows';

/** French-Excel CSV (BOM, `;`, decimal comma) of the table as shown, rows in their displayed order. */
export function downloadCsv(model: TableModel, lines: readonly TableLine[]): void {
  saveFile(`${model.fileName}.csv`, toExcelCsv(tableCells(model, lines)), 'text/csv;charset=utf-8');
}
