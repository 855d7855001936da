// The rows of the CDS tables as the commission deck shows them: the region's, one per group of
// categories present, in the deck's order (the departments are in the workbook).
import { CDS_GROUPS, type CdsGroup, isAreaRow, PROFESSIONS, type Profession, type Row } from '../../core';
import type { ReportTable, ReportTables } from '../report-table';
import type { ReportScope } from '../scope';
import { ofYear, regionRows } from './select';

export const SECTION_CDS = 'Centres de santé';

export const GROUPS = Object.keys(CDS_GROUPS) as CdsGroup[];

/** The region's rows of the year, one per CDS group present, in the deck's order. */
export function groupRows(table: ReportTable, scope: ReportScope, year = scope.year, where: (row: Row) => boolean = () => true): Row[] {
  const rows = regionRows(table, scope, (row) => isAreaRow(scope.region, row) && ofYear(year)(row) && where(row));
  return GROUPS.flatMap((group) => rows.filter((row) => row.categorie === group));
}

export const groupLabel = (row: Row) => CDS_GROUPS[row.categorie as CdsGroup] ?? String(row.categorie);
export const isEnsemble = (row: Row) => row.categorie === 'ensemble';

/** Professions with staff in the region's CDS that year, in the contract's order. */
export function staffProfessions(tables: ReportTables, scope: ReportScope): Profession[] {
  const present = new Set(groupRows(tables.cds_effectifs, scope, scope.year, (row) => row.categorie === 'ensemble').map((row) => String(row.profession)));
  return (Object.keys(PROFESSIONS) as Profession[]).filter((profession) => present.has(profession));
}
