// What a headline reads: the tables of one publication as figures (null when absent or masked),
// the region and year it speaks of, and the date its stocks stand at. The deck builds it from the
// masked report tables, the dashboard from its published rows. Browser-safe.

import { formatDate } from '../format';
import { areaName, departement } from '../geography';
import type { Row } from '../published/published-tables';
import type { TableName, TableSpec } from '../schema';

export interface FigureTable {
  readonly rows: readonly Row[];
  /** A figure of one of `rows`: null when absent, not a number, or masked by statistical secrecy. */
  readonly value: (row: Row, column: string) => number | null;
}

export interface StoryContext {
  /** Partial: a publication of an older contract has fewer tables. */
  readonly tables: Partial<Record<TableName, FigureTable>>;
  readonly region: string;
  readonly regionName: string;
  /** The year N the figures speak of. */
  readonly year: number;
  /** ISO date the stocks stand at (contracts, CPTS, centres): the run's `arrete`. */
  readonly arrete: string;
  /** The last year of the contracts (N, or N+1 counted up to `arrete`). */
  readonly contractsYear: number;
}

export type Where = (row: Row) => boolean;

export const anyRow: Where = () => true;
export const ofYear =
  (year: number): Where =>
  (row) =>
    row.annee === year;
export const both =
  (a: Where, b: Where): Where =>
  (row) =>
    a(row) && b(row);
export const isMsp: Where = (row) => row.type_structure === 'MSP';

/** The region's own row of a table among rows matching `where`. */
export function regionRow(context: StoryContext, name: TableName, where: Where = anyRow): Row | undefined {
  return context.tables[name]?.rows.find((row) => row.niveau === 'region' && row.code === context.region && where(row));
}

/** A figure of the region's row; null when the row or the figure is missing or masked. */
export function regionFigure(context: StoryContext, name: TableName, where: Where, column: string): number | null {
  const table = context.tables[name];
  const row = regionRow(context, name, where);
  return table && row ? table.value(row, column) : null;
}

export interface DepartmentFigure {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}

/** A figure for every department row of the region matching `where`, in the rows' order. */
export function departmentFigures(context: StoryContext, name: TableName, where: Where, column: string): DepartmentFigure[] {
  const table = context.tables[name];
  if (!table) return [];
  return table.rows
    .filter((row) => row.niveau === 'departement' && where(row) && departement(String(row.code))?.region === context.region)
    .map((row) => ({ code: String(row.code), name: areaName('departement', String(row.code)), value: table.value(row, column) }));
}

/** `30/04/2024`: the date the stocks stand at. */
export function stockDate(context: StoryContext): string {
  return formatDate(context.arrete);
}

export const arreteYear = (context: Pick<StoryContext, 'arrete'>) => Number(context.arrete.slice(0, 4));

/** True when the contracts of `year` are counted only up to the cut-off date (a year to date). */
export function isYearToDate(context: Pick<StoryContext, 'arrete'>, year: number): boolean {
  return year === arreteYear(context) && !context.arrete.endsWith('-12-31');
}

/**
 * True when a table's figures of `year` are counted only up to the cut-off date: the contracts and
 * stocks of the cut-off's year (other tables' years are their data's, whole). Such a year is never
 * compared with a whole year.
 */
export function countedToDate(context: Pick<StoryContext, 'arrete'>, spec: Pick<TableSpec, 'stock' | 'lastYear'>, year: number): boolean {
  return (spec.stock === true || spec.lastYear === 'contracts') && isYearToDate(context, year);
}

/** The date the contracts of a year stand at: its 31 December, or the cut-off date in its year. */
export function contractsDate(context: Pick<StoryContext, 'arrete'>, year: number): string {
  return year === arreteYear(context) ? formatDate(context.arrete) : `31/12/${year}`;
}
