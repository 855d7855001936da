// What a headline reads: the tables of one publication as figures (null when absent or masked),
// the region and year it speaks of, and the date its stocks stand at. The deck builds it from the
// masked report tables, the dashboard from its published rows. Browser-safe.

import { formatDate } from '../format';
import { areaName, FRANCE_CODE, isAreaRow, isPartRow, partLevel } from '../geography';
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
  /** The area told: a region's INSEE code, or `FR` for France told by its regions. */
  readonly region: string;
  readonly regionName: string;
  /** The year N the figures speak of. */
  readonly year: number;
  /** ISO date the stocks stand at (contracts, CPTS, centres): the run's `arrete`. */
  readonly arrete: string;
  /** The last year of the contracts (N, or N+1 counted up to `arrete`). */
  readonly contractsYear: number;
  /** What France's rows sum: « France » when the data hold every region, else those regions' names. */
  readonly franceName: string;
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

/** The area's own row of a table among rows matching `where` (the region's, or France's). */
export function regionRow(context: StoryContext, name: TableName, where: Where = anyRow): Row | undefined {
  return context.tables[name]?.rows.find((row) => isAreaRow(context.region, row) && where(row));
}

/** The area's own rows of a table (the region's, or France's). */
export function areaRows(context: StoryContext, name: TableName, where: Where = anyRow): Row[] {
  return context.tables[name]?.rows.filter((row) => isAreaRow(context.region, row) && where(row)) ?? [];
}

/** A figure of the region's row; null when the row or the figure is missing or masked. */
export function regionFigure(context: StoryContext, name: TableName, where: Where, column: string): number | null {
  const table = context.tables[name];
  const row = regionRow(context, name, where);
  return table && row ? table.value(row, column) : null;
}

export interface PartFigure {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}

/** A figure for every part of the area matching `where` (its departments, or France's regions), in the rows' order. */
export function partFigures(context: StoryContext, name: TableName, where: Where, column: string): PartFigure[] {
  const table = context.tables[name];
  if (!table) return [];
  const level = partLevel(context.region);
  return table.rows
    .filter((row) => isPartRow(context.region, row) && where(row))
    .map((row) => ({ code: String(row.code), name: areaName(level, String(row.code)), value: table.value(row, column) }));
}

/** What the area's parts are called: « département(s) », or « région(s) » for France. */
export function partWords(context: Pick<StoryContext, 'region'>): PartWords {
  return context.region === FRANCE_CODE
    ? { singular: 'région', plural: 'régions', heading: 'Région', headingPlural: 'Régions', feminine: true }
    : { singular: 'département', plural: 'départements', heading: 'Département', headingPlural: 'Départements', feminine: false };
}

export interface PartWords {
  readonly singular: string;
  readonly plural: string;
  /** A table's column, a sentence's start. */
  readonly heading: string;
  readonly headingPlural: string;
  /** « les plus dotées » for regions. */
  readonly feminine: boolean;
}

/** « régional(aux) », or « national(aux) » for France: what belongs to the area itself. */
export function areaAdjective(context: Pick<StoryContext, 'region'>, plural = false): string {
  const national = context.region === FRANCE_CODE;
  return plural ? (national ? 'nationaux' : 'régionaux') : national ? 'national' : 'régional';
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
