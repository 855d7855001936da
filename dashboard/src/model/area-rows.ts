// The rows of a table for one region: its departments in INSEE order, then the region, then France.
import { compareCodes, departement } from '../../../pipeline/geography';
import type { Row } from '../../../pipeline/publish/published-tables';

export interface AreaRows {
  readonly departements: readonly Row[];
  readonly region: Row | undefined;
  readonly france: Row | undefined;
}

export function inRegion(row: Row, region: string): boolean {
  if (row.niveau === 'region') return row.code === region;
  if (row.niveau === 'departement') return departement(String(row.code))?.region === region;
  return false;
}

export function areaRows(rows: readonly Row[], region: string): AreaRows {
  const departements = rows
    .filter((row) => row.niveau === 'departement' && inRegion(row, region))
    .sort((a, b) => compareCodes(String(a.code), String(b.code)));
  return {
    departements,
    region: rows.find((row) => row.niveau === 'region' && row.code === region),
    france: rows.find((row) => row.niveau === 'france'),
  };
}
