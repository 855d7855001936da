// What a figure of the view is, in words: the filters that choose it and the date or period it
// stands at. A card, a caption or a panel row shown without them misleads (« 1 008 Professionnels »
// for the general practitioners only, « Actives au 31/12 » for a count at 30/04).
import type { Column, TableName } from '../../../core';
import { contractsDate, formatDate, formatPeriod, isYearToDate as storyYearToDate, TABLES } from '../../../core';
import type { Dataset } from './dataset';

/** The run's cut-off date (ISO): the stocks stand at it; an older run.json without one, the reference year's end. */
export function arreteOf(dataset: Dataset): string {
  return dataset.run.arrete ?? `${dataset.run.referenceYear ?? new Date().getFullYear()}-12-31`;
}

/** A year counted only up to the cut-off date (its events so far, its stocks at that date): core/story's rule. */
export function isYearToDate(dataset: Dataset, year: number): boolean {
  return storyYearToDate({ arrete: arreteOf(dataset) }, year);
}

/** `30/04/2024`: the date a stock of `year` stands at (the cut-off in its year, else its 31 December); the cut-off without a year. */
export function stockDate(dataset: Dataset, year?: number): string {
  return year === undefined ? formatDate(arreteOf(dataset)) : contractsDate({ arrete: arreteOf(dataset) }, year);
}

/** A figure of a stock table that is itself a stock (not a flow of the year): it stands at a date. */
export function isStock(table: TableName, column: Column): boolean {
  return TABLES[table].stock === true && column.flow !== true;
}

/**
 * When a figure stands: « au 30/04/2024 » (a stock), « du 01/01 au 30/04/2024 » (a flow of a year
 * counted to the cut-off), « en 2023 », « en avril 2024 », « au T1 2024 » (a programme's period); '' when the table has no time.
 */
export function periodWords(dataset: Dataset, table: TableName, column: Column, time: { annee?: string; periode?: string }): string {
  const year = time.annee === undefined ? undefined : Number(time.annee);
  if (isStock(table, column)) return `au ${stockDate(dataset, year)}`;
  // « au T1 2024 » as the deck (and core's sentences) say of a quarter, « en avril 2024 », « en 2024 ».
  if (time.periode !== undefined) return `${/-T[1-4]$/.test(time.periode) ? 'au' : 'en'} ${formatPeriod(time.periode)}`;
  if (year === undefined) return '';
  // Only a stock table counts its year's events up to the cut-off; the others are yearly exports.
  return TABLES[table].stock === true && isYearToDate(dataset, year) ? `du 01/01 au ${stockDate(dataset, year)}` : `en ${year}`;
}

/** A label that dates its stock by the year's end, which the cut-off may not be. */
const END_OF_YEAR = / au 31\/12$/;

/**
 * A column's label for one year: a stock dated by the cut-off actually used (« Actives au
 * 30/04/2024 », not « Actives au 31/12 »), a flow of a year counted to the cut-off dated by its
 * period (« Adhésions du 01/01 au 30/04/2024 »; flows are the contracts', a stock table's). Other
 * labels, and any label without a year, as declared.
 */
export function datedLabel(dataset: Dataset, column: Column, year: number | undefined): string {
  if (year === undefined) return column.label;
  if (END_OF_YEAR.test(column.label)) return column.label.replace(END_OF_YEAR, ` au ${stockDate(dataset, year)}`);
  if (column.flow === true && isYearToDate(dataset, year)) return `${column.label} du 01/01 au ${stockDate(dataset, year)}`;
  return column.label;
}

/** A label without the date it declares, for a place that says the date itself (« Actives », « au 30/04/2024 »). */
export function undatedLabel(column: Column): string {
  return column.label.replace(END_OF_YEAR, '');
}
