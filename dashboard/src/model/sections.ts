/// <reference types="vite/client" />
// The dashboard's sections follow the commission deck, one published table each.
import type { Row } from '../../../pipeline/publish/published-tables';
import { TABLE_NAMES, TABLES, unitOf, type Column, type TableName, type Unit } from '../../../pipeline/schema';

export interface Section {
  readonly id: TableName;
  /** Short label of the navigation. */
  readonly label: string;
  /** Indicator shown when the URL names none. */
  readonly defaultIndicator: string;
  /**
   * A table of the chosen area listing every value of one key (every indicator), in the table's row
   * order, with these columns (text ones included, such as an indicator's axis).
   */
  readonly listBy?: { readonly key: string; readonly columns: readonly string[] };
}

// One file per section in dashboard/src/sections/ (adding a section is adding a file), shown in the
// order of the deck's tables (TABLE_NAMES).
const modules = import.meta.glob<{ default: Section }>('../sections/*.ts', { eager: true });

export const SECTIONS: readonly Section[] = Object.values(modules)
  .map((module) => module.default)
  .filter((s) => TABLE_NAMES.includes(s.id))
  .sort((a, b) => TABLE_NAMES.indexOf(a.id) - TABLE_NAMES.indexOf(b.id));

/**
 * Counts of events within a year (flows): over the years they add up, so their years table ends
 * with the total of the period rather than an evolution.
 */
export const FLOW_INDICATORS: ReadonlySet<string> = new Set(['nb_adhesions', 'nb_resiliations']);

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
