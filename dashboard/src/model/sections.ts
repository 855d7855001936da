// The dashboard's sections follow the commission deck, one published table each.
import type { Row } from '../../../core';
import { type Column, type DashboardSection, TABLE_DECLARATIONS, TABLES, type TableName, type Unit, unitOf } from '../../../core';

/** A section of the dashboard: one published table, as its declaration describes it. */
export interface Section extends DashboardSection {
  readonly id: TableName;
}

// The sections follow the deck's order of the tables (core/tables): each declares its own.
export const SECTIONS: readonly Section[] = TABLE_DECLARATIONS.map((declaration) => ({ id: declaration.name, ...declaration.section }));

export function section(id: string): Section | undefined {
  return SECTIONS.find((s) => s.id === id);
}

export function indicatorColumn(table: TableName, name: string, rows: readonly Row[] = []): Column | undefined {
  return figureColumns(table, rows).find((column) => column.name === name);
}

const FIGURE_UNITS: ReadonlySet<Unit> = new Set(['count', 'euro', 'percent', 'mean']);

/**
 * The columns of a table a map, a chart or a table cell can show: its figures, not the labels it
 * repeats on every row (a group's or an indicator's `libelle`, an `axe`, a `unite`). A column read
 * in its row's unit (a territorial indicator's `valeur`) takes the unit of the rows shown, which
 * share one since an indicator has one unit.
 */
export function figureColumns(table: TableName, rows: readonly Row[] = []): Column[] {
  return TABLES[table].values.filter((column) => FIGURE_UNITS.has(column.unit)).map((column) => shownAs(column, rows));
}

export function shownAs(column: Column, rows: readonly Row[]): Column {
  return column.unitFrom && rows[0] ? { ...column, unit: unitOf(column, rows[0]) } : column;
}
