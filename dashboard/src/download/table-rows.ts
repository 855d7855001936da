// The cells of a downloaded table: the area's official code (INSEE department or region; none for
// France or a category, whose codes are the data's, not a person's), its name, then the figures
// rounded to what they mean (Excel formats them; a float's tail is noise, not a digit).
import type { Cell } from '../../../core';
import { MASKED_TEXT } from '../../../core';
import type { TableLine, TableModel } from '../table/table-model';
import { peopleValue } from './people-value';

/** A table by area starts with the areas' codes; a table by category (professions, indicators) has none. */
function hasCodeColumn(model: TableModel): boolean {
  return [...model.body, ...model.totals].some((line) => line.level === 'departement' || line.level === 'region');
}

/** The line's first cells: its official code (when the table has the column) and its name. */
export function lineHeads(model: TableModel, line: TableLine): string[] {
  const code = line.level === 'departement' || line.level === 'region' ? line.code : '';
  return hasCodeColumn(model) ? [code, line.name] : [line.name];
}

export function headLabels(model: TableModel): string[] {
  return hasCodeColumn(model) ? ['Code', model.rowHeader] : [model.rowHeader];
}

/** The figures of a line as downloaded: rounded, « NS » where statistical secrecy masked them. */
function lineFigures(model: TableModel, line: TableLine): Cell[] {
  return line.values.map((value, i) => (line.masked?.[i] ? MASKED_TEXT : peopleValue(value, model.columns[i]?.unit ?? null)));
}

export function tableCells(model: TableModel, lines: readonly TableLine[]): Cell[][] {
  const header: Cell[] = [...headLabels(model), ...model.columns.map((c) => c.label)];
  return [header, ...lines.map((line) => [...lineHeads(model, line), ...lineFigures(model, line)])];
}
