// The columns of a table as a person reads it in a spreadsheet or a CSV: French labels, the area's
// name beside its code, catalogue codes (professions, programmes, CDS groups…) spelt out. Browser-safe: the
// pipeline's exports/, the dashboard's downloads and the reports share it, so all show the same columns.
import { roundForPeople } from '../format';
import { areaName, franceName } from '../geography';
import { KEY_CATALOGUES, type TableSpec, type Unit, unitOf } from '../schema';
import type { Row } from './published-tables';

export interface ExportColumn {
  /** Column of the published table the value comes from. */
  readonly name: string;
  readonly label: string;
  readonly unit: Unit;
  /** Read from the published value (false for the derived area name). */
  readonly published: boolean;
  /** The column naming each row's unit, when the unit varies by row (schema `Column.unitFrom`). */
  readonly unitFrom?: string;
}

const LEVEL_LABELS: Record<string, string> = { departement: 'Département', region: 'Région', france: 'France' };

/** Label with its unit when the number alone would not say it (`Taux de couverture (%)`). */
function labelOf(label: string, unit: Unit): string {
  if (unit === 'percent') return `${label} (%)`;
  if (unit === 'euro') return `${label} (€)`;
  return label;
}

export function exportColumns(spec: TableSpec): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const column of [...spec.keys, ...spec.values]) {
    columns.push({
      name: column.name,
      label: labelOf(column.label, column.unit),
      unit: column.unit,
      published: true,
      ...(column.unitFrom ? { unitFrom: column.unitFrom } : {}),
    });
    if (column.name === 'code') columns.push({ name: 'territoire', label: 'Territoire', unit: 'text', published: false });
  }
  return columns;
}

/**
 * The name of France's row among `rows`: what it sums, « France » when the rows hold every region,
 * else those regions (« Île-de-France et Occitanie »): the pipeline's France is the sum of the
 * regions of the data.
 */
export function franceLabel(rows: readonly Row[]): string {
  return franceName(rows.filter((row) => row.niveau === 'region').map((row) => String(row.code)));
}

/**
 * The value a person reads: numbers stay numbers, rounded to what they mean (roundForPeople), codes
 * of catalogues become their French label; `france` names France's row (franceLabel of the rows).
 */
export function exportValue(row: Row, column: ExportColumn, france = 'France'): string | number | null {
  if (column.name === 'territoire') return row.niveau === 'france' ? france : areaName(String(row.niveau), String(row.code));
  const value = row[column.name] ?? null;
  if (column.name === 'niveau' && typeof value === 'string') return LEVEL_LABELS[value] ?? value;
  const catalogue = KEY_CATALOGUES[column.name];
  if (catalogue && typeof value === 'string') return catalogue[value] ?? value;
  return typeof value === 'number' ? roundForPeople(value, unitOf(column, row)) : value;
}
