// The text of one published figure in a slide: French number, `NS` when masked, a dash when the
// figure does not exist (a mean over no structure).

import type { Row } from '../../core';
import { areaName, formatValue, isPartRow, MASKED_TEXT, unitOf } from '../../core';
import type { ReportTable } from '../report-table';
import type { ReportScope } from '../scope';

export const MISSING_TEXT = '–';

export function figure(table: ReportTable, row: Row, column: string): string {
  const index = table.rows.indexOf(row);
  if (index >= 0 && table.masks[index]?.has(column)) return MASKED_TEXT;
  const value = row[column];
  if (typeof value !== 'number') return value === null || value === undefined ? MISSING_TEXT : String(value);
  const spec = [...table.spec.keys, ...table.spec.values].find((c) => c.name === column);
  return formatValue(value, spec ? unitOf(spec, row) : 'count');
}

/** A figure as a number for a chart; null when masked or absent. */
export function chartValue(table: ReportTable, row: Row | undefined, column: string): number | null {
  if (!row) return null;
  const index = table.rows.indexOf(row);
  if (index >= 0 && table.masks[index]?.has(column)) return null;
  const value = row[column];
  return typeof value === 'number' ? value : null;
}

/**
 * `Paris (75)` for a department, the plain name for a region, and France's row by what it sums:
 * « France », or the regions of the data (the pipeline's France is the sum of the regions it has).
 */
export function areaLabel(scope: Pick<ReportScope, 'franceName'>, row: Row): string {
  if (row.niveau === 'france') return scope.franceName;
  const name = areaName(String(row.niveau), String(row.code));
  return row.niveau === 'departement' ? `${name} (${row.code})` : name;
}

/** A row shown as a total: the area's own (and the regions or France it is compared with), not one of its parts. */
export const isTotal = (scope: Pick<ReportScope, 'region'>, row: Row) => !isPartRow(scope.region, row);
