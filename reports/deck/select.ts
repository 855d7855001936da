// Small selections of a report table's rows used by several slides.
import { isAreaRow, isPartRow, type Row } from '../../core';
import type { ReportTable } from '../report-table';
import { compareAreas, type ReportScope } from '../scope';

/** The area's parts (a region's departments, France's regions) then its own row, among rows matching `where`. */
export function regionRows(table: ReportTable, scope: ReportScope, where: (row: Row) => boolean = () => true): Row[] {
  return table.rows.filter((row) => where(row) && (isPartRow(scope.region, row) || isAreaRow(scope.region, row)));
}

/** The area's own row (the region's, or France's) among rows matching `where`. */
export function regionTotal(table: ReportTable, scope: ReportScope, where: (row: Row) => boolean = () => true): Row | undefined {
  return table.rows.find((row) => where(row) && isAreaRow(scope.region, row));
}

// The story's selections, the same for a slide's figures and its headline.
export { isMsp, ofYear } from '../../core';

/** `+3`, `−2`, `0`: a signed difference of counts (typographic minus, as formatPoints). */
export function signedInteger(value: number): string {
  const text = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : '0';
}

/** One row per area among `rows` (the last seen), departments by INSEE code, then the totals. */
export function distinctAreas(rows: readonly Row[]): Row[] {
  const seen = new Map<string, Row>();
  for (const row of rows) seen.set(`${row.niveau}:${row.code}`, row);
  return [...seen.values()].sort(compareAreas);
}

/** pptxgenjs writes an empty point for a missing value, which charts draw as a gap (never as 0). */
export const gaps = (values: readonly (number | null)[]) => values as number[];
