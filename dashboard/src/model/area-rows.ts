// The rows of a table for one region (its departments in INSEE order, then the region, then France),
// or for France as a whole (every department, then the regions, then France).

import type { Row } from '../../../core';
import { compareCodes, departement, FRANCE_CODE, region as regionOf } from '../../../core';

/** The scope code of the « France entière » view, as France's own rows are coded. */
export const FRANCE = FRANCE_CODE;

export interface AreaRows {
  readonly departements: readonly Row[];
  /** The regions' rows: the chosen region's, or every region's in the France view. */
  readonly regions: readonly Row[];
  readonly france: Row | undefined;
}

export function isScope(code: string): boolean {
  return code === FRANCE || regionOf(code) !== undefined;
}

/** Whether a department belongs to the view's scope (a region, or France). */
export function departementInScope(code: string, scope: string): boolean {
  const info = departement(code);
  return info !== undefined && (scope === FRANCE || info.region === scope);
}

export function inRegion(row: Row, region: string): boolean {
  if (row.niveau === 'region') return region === FRANCE || row.code === region;
  if (row.niveau === 'departement') return departementInScope(String(row.code), region);
  return region === FRANCE && row.niveau === 'france';
}

export function areaRows(rows: readonly Row[], region: string): AreaRows {
  const departements = rows.filter((row) => row.niveau === 'departement' && inRegion(row, region)).sort((a, b) => compareCodes(String(a.code), String(b.code)));
  const regions = rows.filter((row) => row.niveau === 'region' && inRegion(row, region)).sort((a, b) => compareCodes(String(a.code), String(b.code)));
  return { departements, regions, france: rows.find((row) => row.niveau === 'france') };
}
