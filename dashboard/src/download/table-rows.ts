// The cells of a downloaded table: code, name, then the raw figures (every digit, Excel formats them).
import type { Cell } from '../../../core';
import { MASKED_TEXT } from '../../../core';
import type { TableLine, TableModel } from '../table/table-model';

export function tableCells(model: TableModel, lines: readonly TableLine[]): Cell[][] {
  const header: Cell[] = ['Code', model.rowHeader, ...model.columns.map((c) => c.label)];
  return [header, ...lines.map((line) => [line.code, line.name, ...line.values.map((value, i) => (line.masked?.[i] ? MASKED_TEXT : value))])];
}
